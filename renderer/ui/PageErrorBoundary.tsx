// A screen that fails while it renders (a live query that threw: a record that cannot be opened,
// storage that went away) says so in words in place of the screen, instead of the whole window
// going blank. The shell keys it by route, so moving to another screen starts afresh.
import { Component, type ReactNode } from 'react';
import { errorMessage } from '../i18n';
import { ErrorBox } from './fields';

export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error === null ? this.props.children : <ErrorBox message={errorMessage(this.state.error)} />;
  }
}
