import { useEffect, useState } from 'react';
import { router } from '@forge/bridge';
import { token } from '@atlaskit/tokens';

/**
 * A link to the change's issue view. The page runs in an iframe, so its own href would open Jira inside it: the
 * bridge's router navigates the product window (modifier clicks open a new tab). The href is the product's URL,
 * from `router.getUrl`, so copying the link works too.
 */
export function IssueLink({ issueKey }: { issueKey: string }) {
  const [href, setHref] = useState<string | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    router.getUrl({ target: 'issue', issueKey }).then(
      (url) => isCurrent && url !== null && setHref(url.href),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [issueKey]);
  return (
    <a
      href={href ?? '#'}
      data-testid={`cab-agenda-link-${issueKey}`}
      onClick={(event) => {
        event.preventDefault();
        const location = { target: 'issue', issueKey } as const;
        void (event.ctrlKey || event.metaKey || event.shiftKey ? router.open(location) : router.navigate(location));
      }}
      style={{ color: token('color.link'), fontWeight: token('font.weight.semibold') }}
    >
      {issueKey}
    </a>
  );
}
