// node:crypto, as in cab/answersHash.ts: SHA-256 is pure and both the Forge runtime and Jest provide it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../cab/answersHash';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../riskMatrix';
import type { Risk, RiskAcceptance } from '../schemas/risk';
import { fail, riskEvent, staleVersion, toJson, type Actor, type Json, type RiskCommandResult } from './commandResult';
import { describeLevels } from './scoring';

/**
 * Owner acceptance (ISO 27001 6.1.3 f): the risk owner accepts the residual risk. The record freezes what they
 * accepted and its hash; any later change to the scenario, its assessment, treatment or controls makes the hash
 * differ and flags the acceptance outdated until the owner accepts again.
 */

/** What an owner accepts. Lists are sorted: reordering controls changes nothing the owner decided on. */
export function acceptedValues(risk: Risk): Json {
  return toJson({
    title: risk.title,
    description: risk.description,
    category: risk.category,
    affected: risk.affected,
    owner: risk.owner,
    inherent: risk.inherent,
    residual: risk.residual,
    treatment: risk.treatment,
    treatmentActions: [...risk.treatmentActions].sort(),
    controls: [...risk.controls].sort(),
  });
}

export function acceptanceHash(risk: Risk): string {
  return createHash('sha256').update(canonicalJson(acceptedValues(risk)), 'utf8').digest('hex');
}

/** True when the owner accepted an earlier state of the risk; false when it was never accepted or still holds. */
export function isAcceptanceOutdated(risk: Risk): boolean {
  return risk.acceptance !== null && risk.acceptance.hash !== acceptanceHash(risk);
}

export function hasCurrentAcceptance(risk: Risk): boolean {
  return risk.acceptance !== null && !isAcceptanceOutdated(risk);
}

export interface AcceptOptions {
  /** The version the owner looked at: accepting a risk someone changed meanwhile is refused. */
  expectedVersion?: number;
  matrix?: RiskMatrix;
}

export function acceptRisk(risk: Risk, actor: Actor, now: Date, options: AcceptOptions = {}): RiskCommandResult {
  if (actor.accountId !== risk.owner) {
    return fail('FORBIDDEN', `Only the owner of ${risk.id} (${risk.owner}) can accept its residual risk`);
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== risk.version) return staleVersion(risk, options.expectedVersion);
  if (risk.status === 'closed') return fail('CONFLICT', `${risk.id} is closed: reopen it before accepting its residual risk`);
  if (risk.status === 'accepted' && hasCurrentAcceptance(risk)) return { ok: true, risk, events: [] };

  const acceptance: RiskAcceptance = { values: acceptedValues(risk), hash: acceptanceHash(risk), acceptedBy: actor.accountId, acceptedAt: now.toISOString() };
  const next: Risk = { ...risk, acceptance, status: 'accepted', version: risk.version + 1, updatedAt: now.toISOString(), updatedBy: actor.accountId };
  const residual = describeLevels(risk.residual, options.matrix ?? DEFAULT_RISK_MATRIX);
  const event = riskEvent(
    'risk-accepted',
    next,
    actor,
    now,
    `${risk.owner} accepted the residual risk (${residual})`,
    { status: risk.status, acceptance: risk.acceptance },
    { status: next.status, acceptance },
  );
  return { ok: true, risk: next, events: [event] };
}
