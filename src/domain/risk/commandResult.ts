import type { z } from 'zod';
import type { Risk, RiskAuditEvent, RiskAuditEventKind } from '../schemas/risk';

/**
 * Risk commands are pure functions from (risk, input, actor, now) to the next risk and the audit events of that
 * write. The service stores the risk with a compare-and-set on `version` and appends the events.
 */

export interface Actor {
  accountId: string;
}

export type RiskErrorCode = 'INVALID_INPUT' | 'FORBIDDEN' | 'CONFLICT';
export type RiskCommandResult = { ok: true; risk: Risk; events: RiskAuditEvent[] } | { ok: false; error: { code: RiskErrorCode; message: string } };

export const fail = (code: RiskErrorCode, message: string): RiskCommandResult => ({ ok: false, error: { code, message } });

export type Json = z.core.util.JSONType;
// Drops `undefined` properties, which JSON (and therefore KVS and the audit export) cannot hold.
export const toJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

export function riskEvent(
  kind: RiskAuditEventKind,
  risk: Risk,
  actor: Actor,
  now: Date,
  summary: string,
  before: unknown,
  after: unknown,
  notify?: string[],
): RiskAuditEvent {
  return {
    kind,
    riskId: risk.id,
    actor: actor.accountId,
    at: now.toISOString(),
    riskVersion: risk.version,
    summary,
    before: toJson(before),
    after: toJson(after),
    ...(notify === undefined || notify.length === 0 ? {} : { notify }),
  };
}

/** The schema's messages name their field, so the problems read well joined in one line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('; ');
}

/** The message of a stale write: who changed the risk and when, so the user knows whose edit to look at. */
export function staleVersion(risk: Risk, expectedVersion: number): RiskCommandResult {
  return fail(
    'CONFLICT',
    `${risk.id} was changed by ${risk.updatedBy} at ${risk.updatedAt} (now version ${risk.version}, you edited version ${expectedVersion}): reload it and apply your change again`,
  );
}
