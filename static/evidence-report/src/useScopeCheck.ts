import { useEffect, useState } from 'react';
import { callResolver } from '../../shared/invokeClient';

export type ScopeCheck = { status: 'idle' } | { status: 'checking' } | { status: 'valid' } | { status: 'invalid'; message: string };

// Each check is one invocation and one Jira parse call: wait for a pause in typing rather than every keystroke.
const DEBOUNCE_MS = 500;

/** Checks the scope JQL with Jira's parser as the user types; Jira's own message comes back for a bad query. */
export function useScopeCheck(jql: string, isActive: boolean): ScopeCheck {
  const [check, setCheck] = useState<ScopeCheck>({ status: 'idle' });
  const trimmed = jql.trim();
  useEffect(() => {
    if (!isActive || trimmed === '') {
      setCheck({ status: 'idle' });
      return;
    }
    let isCurrent = true;
    setCheck({ status: 'checking' });
    const timer = setTimeout(() => {
      callResolver('validateScope', { jql: trimmed }).then((result) => {
        if (isCurrent) setCheck(result.ok ? { status: 'valid' } : { status: 'invalid', message: result.error.message });
      });
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [trimmed, isActive]);
  return check;
}
