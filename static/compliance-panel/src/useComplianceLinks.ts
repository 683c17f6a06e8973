import { useCallback, useEffect, useState } from 'react';
import type { LinksView } from '../../../src/services/complianceLinks/presentLinks';
import { callResolver } from '../../shared/invokeClient';
import type { ViewState } from '../../shared/useViewState';

export type LinkAction =
  | { kind: 'linkClause' | 'unlinkClause'; clauseId: string }
  | { kind: 'linkRisk' | 'unlinkRisk'; riskId: string };

export interface ComplianceLinksState {
  view: ViewState<LinksView>;
  /** The action under way (its clause or risk id), so only that button shows a spinner. */
  pending: string | null;
  /** The resolver's message for the last refused action, e.g. the 100-value budget. */
  actionError: string | null;
  run(action: LinkAction): Promise<void>;
  dismissError(): void;
}

const idOf = (action: LinkAction) => ('clauseId' in action ? action.clauseId : action.riskId);

/** The links: loaded once, then replaced by each action's answer (the resolver returns the new view). */
export function useComplianceLinks(): ComplianceLinksState {
  const [view, setView] = useState<ViewState<LinksView>>({ status: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void callResolver('getLinks', {}).then((result) => {
      if (!isCurrent) return;
      setView(result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error.message });
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const run = useCallback(async (action: LinkAction) => {
    setPending(idOf(action));
    setActionError(null);
    const result = 'clauseId' in action ? await callResolver(action.kind, { clauseId: action.clauseId }) : await callResolver(action.kind, { riskId: action.riskId });
    setPending(null);
    if (result.ok) setView({ status: 'ready', value: result.value });
    else setActionError(result.error.message);
  }, []);

  return { view, pending, actionError, run, dismissError: () => setActionError(null) };
}
