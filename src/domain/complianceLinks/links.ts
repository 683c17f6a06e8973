import { builtinCatalog, clauseIdParts, compareIds, parseClauseId, STANDARD_IDS, type ClauseId, type StandardId } from '../catalog';
import type { ComplianceLinks, LinkAuditEvent, LinkEventKind } from '../schemas/complianceLinks';
import { RiskIdSchema, type RiskId } from '../schemas/risk';
import { riskNumberOf } from '../risk/riskId';
import { overBudgetMessage } from './linkBudget';

/**
 * Operations on an issue's compliance links. Each returns the next property value and the audit event of the
 * change; the service writes both. Adding a link twice or removing one that is not there is refused, so a
 * double click or a stale panel cannot record a change that did not happen.
 */

export interface LinkChange {
  issueId: string;
  actor: { accountId: string };
  now: Date;
}

type LinkErrorCode = 'INVALID_INPUT' | 'CONFLICT' | 'NOT_FOUND';
export type LinkResult = { ok: true; links: ComplianceLinks; event: LinkAuditEvent } | { ok: false; error: { code: LinkErrorCode; message: string } };

const fail = (code: LinkErrorCode, message: string): LinkResult => ({ ok: false, error: { code, message } });

export const EMPTY_LINKS: ComplianceLinks = { clauses: [], standards: [], risks: [], updatedAt: null, updatedBy: null };

function standardsOf(clauses: readonly ClauseId[]): StandardId[] {
  const present = new Set(clauses.map((id) => clauseIdParts(id).standard));
  return STANDARD_IDS.filter((standard) => present.has(standard));
}

function commit(links: ComplianceLinks, clauses: ClauseId[], risks: RiskId[], kind: LinkEventKind, summary: string, change: LinkChange): LinkResult {
  const next: ComplianceLinks = { clauses, standards: standardsOf(clauses), risks, updatedAt: change.now.toISOString(), updatedBy: change.actor.accountId };
  const overBudget = overBudgetMessage(next);
  if (overBudget !== undefined) return fail('INVALID_INPUT', overBudget);
  const event: LinkAuditEvent = {
    kind,
    issueId: change.issueId,
    actor: change.actor.accountId,
    at: change.now.toISOString(),
    summary,
    before: { clauses: [...links.clauses], risks: [...links.risks] },
    after: { clauses: [...clauses], risks: [...risks] },
  };
  return { ok: true, links: next, event };
}

/** Links a clause or reference control, given in any spelling `parseClauseId` accepts; it must be in the catalog. */
export function addClause(links: ComplianceLinks, clause: string, change: LinkChange): LinkResult {
  const parsed = parseClauseId(clause);
  if (!parsed.ok) return fail('INVALID_INPUT', parsed.error.message);
  const id = parsed.value;
  if (!builtinCatalog().has(id)) return fail('INVALID_INPUT', `${id} is not a clause or control in the catalog`);
  if (links.clauses.includes(id)) return fail('CONFLICT', `${id} is already linked to this issue`);
  const clauses = [...links.clauses, id].sort(compareIds);
  return commit(links, clauses, [...links.risks], 'clause-linked', `Linked ${id}`, change);
}

export function removeClause(links: ComplianceLinks, clause: string, change: LinkChange): LinkResult {
  const parsed = parseClauseId(clause);
  if (!parsed.ok) return fail('INVALID_INPUT', parsed.error.message);
  if (!links.clauses.includes(parsed.value)) return fail('NOT_FOUND', `${parsed.value} is not linked to this issue`);
  const clauses = links.clauses.filter((id) => id !== parsed.value);
  return commit(links, clauses, [...links.risks], 'clause-unlinked', `Unlinked ${parsed.value}`, change);
}

/** Links a risk scenario of the register; whether it exists is the service's question (it owns the store). */
export function addRisk(links: ComplianceLinks, risk: string, change: LinkChange): LinkResult {
  const parsed = RiskIdSchema.safeParse(risk.trim());
  if (!parsed.success) return fail('INVALID_INPUT', `${JSON.stringify(risk)} is not a risk id: a risk id is R- followed by a number, e.g. R-12`);
  if (links.risks.includes(parsed.data)) return fail('CONFLICT', `${parsed.data} is already linked to this issue`);
  const risks = [...links.risks, parsed.data].sort((a, b) => riskNumberOf(a) - riskNumberOf(b));
  return commit(links, [...links.clauses], risks, 'risk-linked', `Linked ${parsed.data}`, change);
}

export function removeRisk(links: ComplianceLinks, risk: string, change: LinkChange): LinkResult {
  const id = risk.trim();
  if (!(links.risks as string[]).includes(id)) return fail('NOT_FOUND', `${id} is not linked to this issue`);
  const risks = links.risks.filter((linked) => linked !== id);
  return commit(links, [...links.clauses], risks, 'risk-unlinked', `Unlinked ${id}`, change);
}
