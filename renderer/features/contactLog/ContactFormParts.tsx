// Pieces of the contact form: the big 種別 choice, the summary with its one-click phrases, and the
// follow-up fields. Every control has a visible label and its message tied to it.
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactKind } from '../../../shared/contactLog/activity';
import { MAX_CONTACT_TEXT, entriesNeeded, type ContactInput } from '../../../shared/contactLog/contact';
import { Checkbox, DateField, TextField } from '../../ui/fields';
import { SUMMARY_PHRASES, applyPhrase } from './contactForm';

/** 訪問 / 電話 / 来所 / 同行 / その他 as big radio buttons (arrow keys move between them). */
export function KindChoice({ value, onChange }: { value: ContactKind; onChange(k: ContactKind): void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="kind-choice">
      <legend>{t('contacts.kind')}</legend>
      <div className="choice-chips">
        {CONTACT_KINDS.map((k) => (
          <label key={k} className="choice-chip">
            <input type="radio" name={name} value={k} checked={value === k} onChange={() => onChange(k)} />
            <span>{t(`contacts.kinds.${k}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SummaryField({
  value,
  onChange,
  error,
  textareaRef,
  autoFocus,
}: {
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  textareaRef?: Ref<HTMLTextAreaElement>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const phrase = (p: string) => {
    onChange(applyPhrase(value, p));
    // Back to the text, at its end, so typing or Ctrl+Enter can follow.
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (el instanceof HTMLTextAreaElement) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }
    });
  };
  const describedBy = [`${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field summary-field${error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{t('contacts.summary')}</label>
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        rows={3}
        value={value}
        // Past the limit only through 「全文を残す」 (ui/PasteGuard): saving splits it into
        // continuation entries (splitContinuations); until then typing may go on.
        maxLength={value.length > MAX_CONTACT_TEXT ? undefined : MAX_CONTACT_TEXT}
        data-paste-limit={MAX_CONTACT_TEXT}
        data-paste-overflow="continue"
        spellCheck={false}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="phrases" role="group" aria-label={t('contacts.phrases')}>
        <span className="phrases-label" aria-hidden="true">
          {t('contacts.phrases')}
        </span>
        {SUMMARY_PHRASES.map((p) => (
          <button key={p} type="button" className="phrase" onClick={() => phrase(t(`contacts.phraseTexts.${p}`))}>
            {t(`contacts.phraseTexts.${p}`)}
          </button>
        ))}
      </div>
      <p className="help" id={`${id}-count`}>
        {t('contacts.count', { n: value.length, max: MAX_CONTACT_TEXT })}
      </p>
      {value.length > MAX_CONTACT_TEXT ? (
        <p className="notice" role="status" data-testid="summary-continues">
          {t('contacts.continues', { more: entriesNeeded(value) - 1 })}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FollowUpFields(props: {
  value: ContactInput['followUp'];
  onChange(v: ContactInput['followUp']): void;
  dueMessage?: string | undefined;
  taskMessage?: string | undefined;
  dueIsWarning: boolean;
}) {
  const { t } = useTranslation();
  const v = props.value;
  return (
    <fieldset className="follow-up">
      <legend>{t('contacts.followUp')}</legend>
      <Checkbox label={t('contacts.followUpLabel')} checked={v.needed} onChange={(needed) => props.onChange({ ...v, needed })} />
      {v.needed ? (
        <>
          <p className="help">{t('contacts.followUpHelp')}</p>
          <div className="grid">
            <TextField
              label={t('contacts.followUpTask')}
              value={v.task}
              maxLength={1000}
              help={t('contacts.followUpTaskHelp')}
              error={props.taskMessage}
              onChange={(task) => props.onChange({ ...v, task })}
            />
            <DueField
              value={v.due}
              onChange={(due) => props.onChange({ ...v, due })}
              message={props.dueMessage}
              isWarning={props.dueIsWarning}
            />
          </div>
        </>
      ) : null}
    </fieldset>
  );
}

/** The due date: a past date is a warning (shown without marking the field invalid), not an error. */
function DueField(props: { value: string; onChange(v: string): void; message?: string | undefined; isWarning: boolean }) {
  const { t } = useTranslation();
  return (
    <DateField
      label={t('contacts.followUpDue')}
      value={props.value}
      onChange={props.onChange}
      required
      error={props.isWarning ? undefined : props.message}
      warning={props.isWarning ? props.message : undefined}
    />
  );
}
