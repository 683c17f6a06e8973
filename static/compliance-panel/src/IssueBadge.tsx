import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';

/** Which issue the app believes it is on, as the resolver saw it: the proof that invoke reaches the backend. */
export function IssueBadge() {
  const state = useViewState(() => callResolver('getIssueContext', {}), (value) => value.issueKey === null, []);
  return (
    <ViewStateView
      state={state}
      loadingLabel="Loading the issue"
      empty="This panel is not on an issue."
      errorTitle="Could not load the issue context"
    >
      {(value) => (
        <p style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), margin: 0 }} data-testid="issue-context">
          <span style={{ color: token('color.text.subtle') }}>Compliance links for</span>
          <Lozenge appearance="inprogress">{value.issueKey}</Lozenge>
        </p>
      )}
    </ViewStateView>
  );
}
