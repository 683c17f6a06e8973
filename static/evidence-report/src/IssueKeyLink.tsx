import { router } from '@forge/bridge';
import { token } from '@atlaskit/tokens';

/**
 * A link to the issue in Jira. The page runs in an iframe, so a plain href would open Jira inside it: the bridge's
 * router navigates the product window to `/browse/KEY` (modifier clicks open a new tab).
 */
export function IssueKeyLink({ issueKey }: { issueKey: string }) {
  const path = `/browse/${encodeURIComponent(issueKey)}`;
  return (
    <a
      href={path}
      data-testid={`evidence-issue-${issueKey}`}
      onClick={(event) => {
        event.preventDefault();
        void (event.ctrlKey || event.metaKey || event.shiftKey ? router.open(path) : router.navigate(path));
      }}
      style={{ color: token('color.link'), fontWeight: token('font.weight.semibold') }}
    >
      {issueKey}
    </a>
  );
}
