// 課題: an ordered list. Add, remove, and move up / down with buttons; the focus follows the
// moved item so a keyboard user can keep pressing 上へ.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/fields';
import { moveItem, removeAt, replaceAt } from '../formState';
import type { SectionProps } from './types';

type Focus = { index: number; control: 'up' | 'down' | 'text' } | null;

export function IssuesSection({ m, patch, problem }: SectionProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFieldSetElement>(null);
  const [focus, setFocus] = useState<Focus>(null);
  useEffect(() => {
    if (!focus) return;
    const item = ref.current?.querySelector<HTMLElement>(`[data-issue="${focus.index}"]`);
    const pick = (c: string) =>
      item?.querySelector<HTMLButtonElement | HTMLTextAreaElement>(c === 'text' ? 'textarea' : `[data-control="${c}"]`);
    const want = pick(focus.control);
    const target = want && !(want instanceof HTMLButtonElement && want.disabled) ? want : pick(focus.control === 'up' ? 'down' : 'up');
    target?.focus();
    setFocus(null);
  }, [focus]);

  const issues = m.issues;
  const move = (i: number, d: -1 | 1) => {
    patch({ issues: moveItem(issues, i, d) });
    setFocus({ index: i + d, control: d === -1 ? 'up' : 'down' });
  };

  return (
    <fieldset className="meeting-section" ref={ref}>
      <legend>{t('meetings.form.sections.issues')}</legend>
      {issues.length === 0 ? <p className="empty">{t('meetings.form.issuesNone')}</p> : null}
      <ol className="issue-list">
        {issues.map((s, i) => {
          const label = t('meetings.form.issueN', { n: i + 1 });
          return (
            <li key={i} data-issue={i} className="issue-item">
              <div className="issue-text">
                <TextField
                  label={label}
                  value={s}
                  onChange={(v) => patch({ issues: replaceAt(issues, i, v) })}
                  multiline={2}
                  maxLength={2000}
                  error={problem(`issues.${i}`)}
                />
              </div>
              <div className="issue-buttons">
                <button type="button" className="small" data-control="up" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('meetings.form.up')}
                  <span className="visually-hidden">
                    {t('punct.colon')}
                    {label}
                  </span>
                </button>
                <button type="button" className="small" data-control="down" disabled={i === issues.length - 1} onClick={() => move(i, 1)}>
                  {t('meetings.form.down')}
                  <span className="visually-hidden">
                    {t('punct.colon')}
                    {label}
                  </span>
                </button>
                <button
                  type="button"
                  className="small danger"
                  onClick={() => {
                    patch({ issues: removeAt(issues, i) });
                    setFocus(issues.length > 1 ? { index: Math.max(0, i - 1), control: 'text' } : null);
                  }}
                >
                  {t('meetings.form.remove')}
                  <span className="visually-hidden">
                    {t('punct.colon')}
                    {label}
                  </span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          patch({ issues: [...issues, ''] });
          setFocus({ index: issues.length, control: 'text' });
        }}
      >
        {t('meetings.form.addIssue')}
      </button>
    </fieldset>
  );
}
