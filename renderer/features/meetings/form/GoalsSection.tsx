// 対応する行動目標 (pillar 2, the tool's home pillar, first and open; the others folded unless
// one of their goals is chosen) and the five functions of the meeting.
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../ui/fields';
import { PILLARS, type Pillar } from '../../../../shared/domain/plan';
import { GOAL_IDS, MEETING_FUNCTION_LABELS, MEETING_FUNCTIONS } from '../../../../shared/meetings/meeting';
import type { SectionProps } from './types';
import { useTerm } from '../../../i18n/terms';

const ORDER: readonly Pillar['id'][] = ['p2', 'p1', 'p3'];

export function GoalsSection({ m, patch }: SectionProps) {
  const { t, i18n } = useTranslation();
  const term = useTerm();
  const toggle = (id: string, on: boolean) => patch({ goals: GOAL_IDS.filter((g) => (g === id ? on : m.goals.includes(g))) });
  const pillars = ORDER.map((id) => PILLARS.find((p) => p.id === id)).filter((p): p is Pillar => p !== undefined);

  const goalChecks = (p: Pillar) => (
    <fieldset className="checks goal-checks">
      <legend>{t('meetings.form.pillar', { n: p.id.slice(1), label: term(p.label) })}</legend>
      {p.goals.map((g) => (
        <label key={g.id} className="check goal">
          <input type="checkbox" checked={m.goals.includes(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
          <span>
            <span className="goal-id">{g.id}</span> {term(g.label)}
          </span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <fieldset className="meeting-section">
      <legend>{t('meetings.form.sections.goals')}</legend>
      <h3>{t('meetings.form.goals')}</h3>
      {pillars.map((p) => {
        const chosen = p.goals.filter((g) => m.goals.includes(g.id)).length;
        if (p.id === 'p2')
          return (
            <div key={p.id} className="pillar home">
              {goalChecks(p)}
            </div>
          );
        return (
          <details key={p.id} className="pillar" open={chosen > 0 || undefined}>
            <summary>
              {t('meetings.form.pillar', { n: p.id.slice(1), label: term(p.label) })}
              {chosen > 0 ? t('punct.aside', { x: t('meetings.form.selectedN', { n: chosen }) }) : ''}
            </summary>
            {goalChecks(p)}
          </details>
        );
      })}
      <CheckboxGroup
        legend={t('meetings.form.functions')}
        options={MEETING_FUNCTIONS}
        value={m.functions}
        onChange={(functions) => patch({ functions })}
        label={(f) => (i18n.language === 'en' ? term(f) : MEETING_FUNCTION_LABELS[f])}
      />
    </fieldset>
  );
}
