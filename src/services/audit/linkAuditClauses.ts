import type { ClauseId } from '../../domain/catalog';
import { addClause, type LinkChange, type LinkResult } from '../../domain/complianceLinks';
import type { ComplianceLinks } from '../../domain/schemas/complianceLinks';
import type { HandlerResult } from '../../handlers/shared/result';
import { changeLinks } from '../complianceLinks/changeLinks';
import type { ComplianceLinksPorts } from '../complianceLinks/ports';

export interface ClauseLinking {
  linked: ClauseId[];
  /** Clauses past Jira's index budget (100 values per issue): stored nowhere, reported to the user. */
  unlinked: ClauseId[];
}

/**
 * Links an audit or finding issue to its clauses through the compliance links (ledger, audit trail, then the
 * `imsLinks` property JQL indexes), in one commit however many clauses. Clauses already linked are kept; those
 * past the index budget are reported rather than refused, so a wide audit scope still starts.
 */
export async function linkAuditClauses(ports: ComplianceLinksPorts, issueId: string, accountId: string, clauses: readonly ClauseId[]): Promise<HandlerResult<ClauseLinking>> {
  let unlinked: ClauseId[] = [];
  let isNothingNew = false;
  const linkAll = (links: ComplianceLinks, change: LinkChange): LinkResult => {
    const wanted = clauses.filter((clause) => !links.clauses.includes(clause));
    isNothingNew = wanted.length === 0;
    let next = links;
    const added: ClauseId[] = [];
    for (const clause of wanted) {
      const result = addClause(next, clause, change);
      // Only the budget can refuse a catalog clause, and every further clause would exceed it too.
      if (!result.ok) break;
      next = result.links;
      added.push(clause);
    }
    unlinked = wanted.filter((clause) => !added.includes(clause));
    if (added.length === 0) return { ok: false, error: { code: 'CONFLICT', message: 'No clause to link' } };
    return {
      ok: true,
      links: next,
      event: {
        kind: 'clause-linked',
        issueId: change.issueId,
        actor: change.actor.accountId,
        at: change.now.toISOString(),
        summary: `Linked ${added.join(', ')}`,
        before: { clauses: [...links.clauses], risks: [...links.risks] },
        after: { clauses: [...next.clauses], risks: [...next.risks] },
      },
    };
  };
  const result = await changeLinks(ports, issueId, accountId, linkAll);
  if (!result.ok && !(result.error.code === 'CONFLICT' && (isNothingNew || unlinked.length > 0))) return result;
  return { ok: true, value: { linked: clauses.filter((clause) => !unlinked.includes(clause)), unlinked } };
}
