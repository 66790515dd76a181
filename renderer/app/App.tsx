import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultController } from './vaultController';
import { Shell } from './Shell';
import { WelcomeScreen, SetupWizard } from '../features/setup';
import { UnlockScreen, RecoverScreen } from '../features/unlock';
import { platform } from '../platform';

/** The controller comes as a prop: screens see only its VaultControls face (vault/context). */
export function App({ controller }: { controller: VaultController }) {
  const { t } = useTranslation();
  const phase = useSyncExternalStore(controller.subscribe, controller.getPhase);

  useEffect(() => platform.onLockRequest((reason) => controller.lock(reason)), [controller]);

  switch (phase.kind) {
    case 'starting':
      return <p className="card narrow">{t('app.loading')}</p>;
    case 'welcome':
      return <WelcomeScreen />;
    case 'setup':
      return <SetupWizard />;
    case 'locked':
      return <UnlockScreen cause={phase.cause} hasDraft={phase.hasDraft} />;
    case 'recover':
      return <RecoverScreen />;
    case 'open':
      return (
        <Shell key={phase.session.kind} controller={controller} session={phase.session} persons={phase.persons} profile={phase.profile} />
      );
  }
}
