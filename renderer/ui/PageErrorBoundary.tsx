// A screen that fails while it renders (a live query that threw: a record that cannot be opened,
// storage that went away) says so in words in place of the screen, instead of the whole window
// going blank. The shell keys it by route, so moving to another screen starts afresh. A screen
// whose code did not load (ui/lazyPage) is not fixed by moving on: it offers to reload the app.
import { Component, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '../../shared/errors/codes';
import { errorMessage } from '../i18n';
import { ControllerContext } from '../records/context';
import { ErrorBox } from './fields';

export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (isAppError(error) && error.code === 'PageLoadFailed') return <PageLoadFailed error={error} />;
    return <ErrorBox message={errorMessage(error)} />;
  }
}

function PageLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const controller = useContext(ControllerContext);
  // Locking first seals what forms still hold and logs the lock, as the lock button does; the
  // route stays in the address, so unlocking again comes back to this screen.
  const reload = () => {
    void Promise.resolve(controller?.lock('button'))
      .catch(() => undefined)
      .finally(() => location.reload());
  };
  return (
    <div className="error-box page-load-failed" role="alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="primary" onClick={reload}>
        {t('app.reload')}
      </button>
    </div>
  );
}
