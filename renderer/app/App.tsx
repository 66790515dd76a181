import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from './context';
import { Shell } from './Shell';
import { WelcomeScreen } from '../features/setup/WelcomeScreen';
import { SetupWizard } from '../features/setup/SetupWizard';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { RecoverScreen } from '../features/unlock/RecoverScreen';
import { platform } from '../platform';

export function App() {
  const { t } = useTranslation();
  const controller = useController();
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
      return <Shell key={phase.session.kind} session={phase.session} persons={phase.persons} profile={phase.profile} />;
  }
}
