// One guardianship referral: its progress and history, the consultation's fields, hand-overs,
// progress notes and the way to the 本人情報シート. Everything typed on the page is one encrypted
// draft (`referral-edit:<id>`); each save keeps what is still being typed elsewhere on the page.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { draftKeys } from '../../../records/draftKeys';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { navigate, routeHref } from '../../../ui/router';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { tokyoDate } from '../../../../shared/text/dates';
import { hojoConsentMissing } from '../../../../shared/referrals/referral';
import type { ReferralStatus } from '../../../../shared/referrals/status';
import { readStallDays } from '../../settings';
import { getReferral, trashReferral, type Referral } from '../referralRepo';
import { emptyHandoverForm, emptyStepForm, fieldsOf, type PageDraft } from '../referralForm';
import { usePageDraft } from './usePageDraft';
import { StatusPanel } from './StatusPanel';
import { ReferralFieldsForm } from './ReferralFieldsForm';
import { HandoversSection } from '../handover/HandoversSection';
import { ProgressNotes } from './ProgressNotes';
import { SheetLink } from '../sheet/SheetLink';
import { HandoverPrintButton } from '../handover/HandoverPrintButton';
import { PageToc } from './PageToc';
import { tWithUser } from '../../../ui/UserText';

export function ReferralPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const data = useLiveQuery(
    async () => ({ referral: await getReferral(session, id), limits: await readStallDays(session) }),
    [session, id],
  );
  if (!data) return <p>{t('app.loading')}</p>;
  const r = data.referral;
  if (!r || r.deletedAt > 0) return <ErrorBox message={t('errors.NotFound')} />;
  return <ReferralEditor stored={r} limits={data.limits} />;
}

function pristineOf(r: Referral, today: string): PageDraft {
  return {
    fields: fieldsOf(r),
    step: emptyStepForm(r.history, today),
    handover: emptyHandoverForm(today),
    note: { date: today, text: '' },
  };
}

function ReferralEditor({ stored, limits }: { stored: Referral; limits: Record<ReferralStatus, number> }) {
  const { t } = useTranslation();
  const { session, persons, notify } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  // What a save returned, until the live query catches up with it.
  const [local, setLocal] = useState<Referral | null>(null);
  const referral = local && local.updatedAt >= stored.updatedAt ? local : stored;
  const today = tokyoDate(now());
  const pristine = useMemo(() => pristineOf(referral, today), [referral, today]);
  const draft = usePageDraft(draftKeys.referralEdit(referral.id), pristine, referral.rev);
  const [error, setError] = useState<string | null>(null);
  if (!draft.ready) return <p>{t('app.loading')}</p>;

  const person = persons.get(referral.personId);
  const name = person?.name ?? t('referrals.page.unknownPerson');
  const v = draft.value;
  const accept = (saved: Referral, change: (cur: PageDraft) => PageDraft) => {
    setLocal(saved);
    // The page's own save: what is still typed now stands on the revision just written.
    draft.rebase(saved.rev);
    return draft.settle(change, pristineOf(saved, today));
  };

  const trash = async () => {
    if (!window.confirm(t('referrals.page.trashConfirm'))) return;
    try {
      await trashReferral(session, referral.id, now());
      notify(t('referrals.page.trashed'));
      navigate(person ? { name: 'person', id: person.id } : { name: 'referrals' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <article className="referral-page" aria-labelledby="referral-title">
      <p className="ref-back">
        {person ? (
          <a href={routeHref({ name: 'person', id: person.id })}>{tWithUser(t, 'referrals.page.back', { name })}</a>
        ) : (
          <a href={routeHref({ name: 'referrals' })}>← {t('referrals.listTitle')}</a>
        )}
      </p>
      <div className="page-head">
        <h1 id="referral-title">{tWithUser(t, 'referrals.page.title', { name })}</h1>
        <button type="button" className="danger" onClick={() => void trash()}>
          {t('referrals.page.trash')}
        </button>
      </div>
      <PageToc
        entries={[
          { target: 'ref-status-title', label: t('referrals.status.title') },
          { target: 'ref-fields-title', label: t('referrals.fields.title') },
          {
            target: 'ref-handovers-title',
            label: t('referrals.page.tocCount', { label: t('referrals.handovers.title'), n: referral.handovers.length }),
          },
          {
            target: 'ref-notes-title',
            label: t('referrals.page.tocCount', { label: t('referrals.notes.title'), n: referral.notes.length }),
          },
          { target: 'ref-sheet-title', label: t('referrals.sheet.title') },
        ]}
      />
      <ErrorBox message={error} />
      {draft.restored ? (
        <p className="notice" role="status">
          {t('referrals.fields.draftRestored')}
        </p>
      ) : null}

      <StatusPanel
        referral={referral}
        limits={limits}
        today={today}
        step={v.step}
        onStepChange={(step) => draft.set({ ...v, step })}
        consentTyped={!hojoConsentMissing(v.fields)}
        onRecorded={(saved) => accept(saved, (cur) => ({ ...cur, step: emptyStepForm(saved.history, today) }))}
      />
      <ReferralFieldsForm
        referral={referral}
        today={today}
        value={v.fields}
        onChange={(fields) => draft.set({ ...v, fields })}
        onSaved={(saved) => accept(saved, (cur) => ({ ...cur, fields: fieldsOf(saved) }))}
        baseRev={draft.baseRev}
        onRebase={draft.rebase}
      />
      <HandoversSection
        referral={referral}
        today={today}
        value={v.handover}
        onChange={(handover) => draft.set({ ...v, handover })}
        onAdded={(saved) => accept(saved, (cur) => ({ ...cur, handover: emptyHandoverForm(today) }))}
        printButton={(i) => <HandoverPrintButton referral={referral} index={i} person={person} />}
      />
      <ProgressNotes
        referral={referral}
        today={today}
        value={v.note}
        onChange={(note) => draft.set({ ...v, note })}
        onAdded={(saved) => accept(saved, (cur) => ({ ...cur, note: { date: today, text: '' } }))}
      />
      <SheetLink referral={referral} />
    </article>
  );
}
