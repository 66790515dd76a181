import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenVaultContext, type OpenVault } from '../records/context';
import type { VaultController } from './vaultController';
import { parseRoute, rememberScreen, routeHref, useRoute, type Route } from '../ui/router';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import { PageLoading } from '../ui/lazyPage';
import { StorageWarning } from '../ui/StorageWarning';
import { PasteGuard } from '../ui/PasteGuard';
import { IdleWarning } from '../ui/IdleWarning';
import { storageWatch } from '../platform/storage';
import { errorMessage } from '../i18n';
import type { VaultSession } from '../vault/session';
import type { PersonStore } from '../records/personStore';
import type { UserProfile } from '../vault/secrets';
import { readDistricts, unreadableSettings } from '../features/settings';
import { useLiveQuery } from 'dexie-react-hooks';
import { PersonListPage } from '../features/persons';
// Every screen but the person list loads its code when first opened (features/*/lazy.ts).
import { SettingsPage } from '../features/settings/lazy';
import { PersonFormPage, PersonPage, prefetchPages as prefetchPersonPages } from '../features/persons/lazy';
import { TrashPage } from '../features/trash/lazy';
import { AuditPage } from '../features/audit/lazy';
import { BackupPage, BackupReminder } from '../features/backup/lazy';
import { HandoverPage } from '../features/handover/lazy';
import { TemplatesPage, TemplateEditorPage, NotePage } from '../features/endingNotes/lazy';
import { ContactLogPage, ContactFormPage, ActivityReportPage, prefetchPages as prefetchContactPages } from '../features/contactLog/lazy';
import { MeetingListPage, MeetingFormPage, DirectoryPage } from '../features/meetings/lazy';
import { ActionListPage } from '../features/actions/lazy';
import { ReferralListPage, ReferralPage, PersonSheetPage } from '../features/referrals/lazy';
import { ExchangePage } from '../features/exchange/lazy';
import { ReachPage } from '../features/reach/lazy';
import { DashboardPage } from '../features/dashboard/lazy';
import { Toast } from '../ui/Toast';
import { startTeamLinkIfMember, stopTeamLink } from '../team/current';
import { TeamPage, TeamStatus } from '../features/team/lazy';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'persons':
      return <PersonListPage />;
    case 'reach':
      return <ReachPage />;
    case 'person-new':
      return <PersonFormPage key="new" />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'person-edit':
      return <PersonFormPage key={route.id} id={route.id} />;
    case 'trash':
      return <TrashPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'backup':
      return <BackupPage />;
    case 'exchange':
      return <ExchangePage />;
    case 'handover':
      return <HandoverPage />;
    case 'team':
      return <TeamPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'template-edit':
      return <TemplateEditorPage key={route.id} id={route.id} />;
    case 'note':
      return <NotePage key={route.id} id={route.id} />;
    case 'contacts':
      return <ContactLogPage />;
    case 'contact-new':
      return <ContactFormPage key={`new-${route.personId ?? ''}-${route.back ?? ''}`} personId={route.personId} back={route.back} />;
    case 'contact':
      return <ContactFormPage key={route.id} id={route.id} />;
    case 'report':
      return <ActivityReportPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'meetings':
      return <MeetingListPage />;
    case 'meeting-new':
      return <MeetingFormPage key={`new-${route.type}`} type={route.type} />;
    case 'meeting':
      return <MeetingFormPage key={route.id} id={route.id} />;
    case 'directory':
      return <DirectoryPage />;
    case 'actions':
      return <ActionListPage />;
    case 'referrals':
      return <ReferralListPage />;
    case 'referral':
      return <ReferralPage key={route.id} id={route.id} />;
    case 'referral-sheet':
      return <PersonSheetPage key={route.id} id={route.id} />;
  }
}

// Each menu entry's screen code is fetched as the pointer reaches it or the keyboard focuses it,
// so a click seldom waits for the chunk (nor for React's hold-back of a suspended screen).
const NAV: { route: Route; key: string; preload?: () => Promise<void> }[] = [
  { route: { name: 'reach' }, key: 'nav.reach', preload: ReachPage.preload },
  { route: { name: 'persons' }, key: 'nav.persons' },
  { route: { name: 'contacts' }, key: 'nav.contacts', preload: ContactLogPage.preload },
  { route: { name: 'meetings' }, key: 'nav.meetings', preload: MeetingListPage.preload },
  { route: { name: 'actions' }, key: 'nav.actions', preload: ActionListPage.preload },
  { route: { name: 'referrals' }, key: 'nav.referrals', preload: ReferralListPage.preload },
  { route: { name: 'report' }, key: 'nav.report', preload: ActivityReportPage.preload },
  { route: { name: 'dashboard' }, key: 'nav.dashboard', preload: DashboardPage.preload },
  { route: { name: 'templates' }, key: 'nav.templates', preload: TemplatesPage.preload },
  { route: { name: 'trash' }, key: 'nav.trash', preload: TrashPage.preload },
  { route: { name: 'audit' }, key: 'nav.audit', preload: AuditPage.preload },
  { route: { name: 'backup' }, key: 'nav.backup', preload: BackupPage.preload },
  { route: { name: 'exchange' }, key: 'nav.exchange', preload: ExchangePage.preload },
  { route: { name: 'handover' }, key: 'nav.handover', preload: HandoverPage.preload },
  { route: { name: 'team' }, key: 'nav.team', preload: TeamPage.preload },
  { route: { name: 'settings' }, key: 'nav.settings', preload: SettingsPage.preload },
];
const preloadQuietly = (preload?: () => Promise<void>) => () => void preload?.().catch(() => undefined);

export function Shell({
  controller,
  session,
  persons,
  profile,
  rolledBack,
}: {
  controller: VaultController;
  session: VaultSession;
  persons: PersonStore;
  profile: UserProfile;
  rolledBack?: { before: number; now: number } | undefined;
}) {
  const { t } = useTranslation();
  const route = useRoute();
  // Follows the database, so a district renamed in another window shows here too.
  const districts = useLiveQuery(() => readDistricts(session), [session]) ?? null;
  const [toast, setToast] = useState<{ text: string; seq: number } | null>(null);
  const idleDeadline = useSyncExternalStore(controller.subscribeIdle, controller.getIdleDeadline);

  const href = routeHref(route);
  useEffect(() => rememberScreen(session.kind, parseRoute(href)), [session.kind, href]);

  // The desktop's daily automatic backup, for a vault left open for days.
  useEffect(() => {
    const timer = setInterval(() => void controller.automaticBackup({ onlyIfDue: true }).catch(() => undefined), 60 * 60 * 1000);
    return () => clearInterval(timer);
  }, [controller]);

  useEffect(() => {
    const onActivity = () => controller.touch();
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
    };
  }, [controller]);

  // The toast keeps each message 6 s from when it is seen, where it covers no action (ui/Toast).
  const notify = useCallback((m: string) => setToast((cur) => ({ text: m, seq: (cur?.seq ?? 0) + 1 })), []);
  const toastDone = useCallback((seq: number) => setToast((cur) => (cur?.seq === seq ? null : cur)), []);

  // The person page and the contact log are one click from the first screen: their code loads
  // once the list is drawn and the page is idle, so the first click does not wait for it.
  useEffect(() => {
    const idle = window.requestIdleCallback(
      () => {
        prefetchPersonPages();
        prefetchContactPages();
      },
      { timeout: 2000 },
    );
    return () => window.cancelIdleCallback(idle);
  }, []);

  // The team link (team replication), when this vault is in a team: started at unlock, stopped
  // before the keys go (a lock waits for a cycle that is running).
  useEffect(() => {
    const unregister = controller.registerFlusher(() => stopTeamLink(session));
    void startTeamLinkIfMember(session, () => void persons.load()).catch(() => undefined);
    return () => {
      unregister();
      void stopTeamLink(session);
    };
  }, [controller, session, persons]);

  // How full storage is, once per unlock (then after large writes: platform/storage.ts).
  useEffect(() => {
    void storageWatch.check();
  }, [session]);

  useEffect(() => {
    // A stored setting that does not open is never dropped silently: say which, once.
    void unreadableSettings(session).then((keys) => {
      if (keys.length > 0) notify(t('app.settingsUnreadable', { keys: keys.map((k) => t(`app.settingNames.${k}`)).join('、') }));
    });
  }, [session, notify, t]);

  const draftFailed = useCallback(
    (step: 'open' | 'save', e: unknown) =>
      notify(step === 'open' ? t('app.draftOpenFailed') : `${t('app.draftSaveFailed')}${errorMessage(e)}`),
    [notify, t],
  );

  const value = useMemo<OpenVault | null>(
    () => (districts ? { session, persons, profile, districts, notify, draftFailed } : null),
    [session, persons, profile, districts, notify, draftFailed],
  );
  if (!value) return <p>{t('app.loading')}</p>;

  const active = (r: Route) => {
    switch (r.name) {
      case 'persons':
        return route.name.startsWith('person') || route.name === 'note';
      case 'templates':
        return route.name.startsWith('template');
      case 'contacts':
        return route.name.startsWith('contact');
      case 'meetings':
        return route.name.startsWith('meeting') || route.name === 'directory';
      case 'referrals':
        return route.name.startsWith('referral');
      default:
        return r.name === route.name;
    }
  };

  return (
    <OpenVaultContext.Provider value={value}>
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToMain')}
      </a>
      {session.kind === 'demo' ? (
        <div className="demo-banner" role="note">
          {t('app.demoBanner')}
        </div>
      ) : null}
      <StorageWarning />
      <PasteGuard />
      {idleDeadline !== null ? <IdleWarning key={idleDeadline} deadline={idleDeadline} onStay={controller.touch} /> : null}
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.key}>
                <a
                  href={routeHref(n.route)}
                  aria-current={active(n.route) ? 'page' : undefined}
                  onPointerEnter={preloadQuietly(n.preload)}
                  onFocus={preloadQuietly(n.preload)}
                >
                  {t(n.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <TeamStatus />
        <span className="who">
          <span data-user="">{profile.name}</span>
          {t('punct.aside', { x: t(`roles.${profile.role}`) })}
        </span>
        <button type="button" className="lock" onClick={() => void controller.lock('button')}>
          {t('nav.lock')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {rolledBack ? (
          <p className="warning" role="alert">
            {t('backup.rolledBack', { before: rolledBack.before, now: rolledBack.now })}{' '}
            <a href={routeHref({ name: 'audit' })}>{t('backup.rolledBackAction')}</a>
          </p>
        ) : null}
        <BackupReminder hidden={route.name === 'backup'} />
        <PageErrorBoundary key={routeHref(route)}>
          <Suspense fallback={<PageLoading />}>
            <Page route={route} />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <Toast message={toast} onDone={toastDone} />
    </OpenVaultContext.Provider>
  );
}
