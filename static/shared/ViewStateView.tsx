import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { ViewState } from './useViewState';

interface ViewStateViewProps<T> {
  state: ViewState<T>;
  /** What the spinner announces to screen readers, e.g. "Loading catalog results". */
  loadingLabel: string;
  empty: ReactNode;
  errorTitle: string;
  children: (value: T) => ReactNode;
}

/** The one way an async view shows its four states, so every panel looks and reads the same. */
export function ViewStateView<T>({ state, loadingLabel, empty, errorTitle, children }: ViewStateViewProps<T>) {
  switch (state.status) {
    case 'loading':
      return (
        <div role="status" style={{ padding: token('space.100') }}>
          <Spinner size="medium" label={loadingLabel} />
        </div>
      );
    case 'empty':
      return <p style={{ color: token('color.text.subtle'), margin: `${token('space.100')} 0` }}>{empty}</p>;
    case 'error':
      return (
        <SectionMessage appearance="error" title={errorTitle}>
          <p>{state.message}</p>
        </SectionMessage>
      );
    case 'ready':
      return <>{children(state.value)}</>;
  }
}
