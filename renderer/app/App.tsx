import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultController } from './vaultController';
import { Shell } from './Shell';
import { WelcomeScreen, SetupWizard } from '../features/setup';
import { UnlockScreen, RecoverScreen } from '../features/unlock';
import { RestoreScreen } from '../features/backup/lazy';
import { platform } from '../platform';
import { onPageLeave } from '../platform/pageLeave';
import { usePreferences } from '../platform/preferences';
import { PreferencesResetNotice } from '../ui/PreferencesResetNotice';
import { DisplayChoices } from '../ui/DisplayChoices';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import { PageLoading } from '../ui/lazyPage';

/** The controller comes as a prop: screens see only its VaultControls face (vault/context). */
export function App({ controller }: { controller: VaultController }) {
  const phase = useSyncExternalStore(controller.subscribe, controller.getPhase);
  const { dismissReset } = usePreferences();

  useEffect(() => platform.onLockRequest((reason) => controller.lock(reason)), [controller]);
  // A reload or a closed tab seals what was typed since the last autosave (platform/pageLeave).
  useEffect(() => onPageLeave(() => void controller.flushDrafts()), [controller]);
  // Before the desktop app quits (or its window closes), main asks for the automatic backup.
  useEffect(() => platform.onQuitBackupRequest(() => controller.automaticBackup().catch(() => undefined)), [controller]);
  // The notice belongs to the first screen; once the vault is open it has been seen.
  useEffect(() => {
    if (phase.kind === 'open') dismissReset();
  }, [phase.kind, dismissReset]);

  return (
    <>
      {/* Text size and language come first on every screen before the vault is open. */}
      {phase.kind === 'open' || phase.kind === 'starting' ? null : <DisplayChoices />}
      {phase.kind === 'open' ? null : <PreferencesResetNotice />}
      <Screen controller={controller} phase={phase} />
    </>
  );
}

function Screen({ controller, phase }: { controller: VaultController; phase: ReturnType<VaultController['getPhase']> }) {
  const { t } = useTranslation();
  switch (phase.kind) {
    case 'starting':
      return <p className="card narrow">{t('app.loading')}</p>;
    case 'welcome':
      return <WelcomeScreen lost={phase.lost} />;
    case 'setup':
      return <SetupWizard />;
    case 'locked':
      return <UnlockScreen cause={phase.cause} hasDraft={phase.hasDraft} draftLost={phase.draftLost} />;
    case 'recover':
      return <RecoverScreen />;
    case 'restore':
      // Its code (the backup reader) loads when a restore is chosen.
      return (
        <PageErrorBoundary>
          <Suspense fallback={<PageLoading />}>
            <RestoreScreen />
          </Suspense>
        </PageErrorBoundary>
      );
    case 'open':
      return (
        <Shell
          key={phase.session.kind}
          controller={controller}
          session={phase.session}
          persons={phase.persons}
          profile={phase.profile}
          rolledBack={phase.rolledBack}
        />
      );
  }
}
