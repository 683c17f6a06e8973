import { z } from 'zod';
import { IMPACT_DOMAINS, type Classification, type ImpactDomain } from '../schemas/classification';

/**
 * The KVS record that makes a domain's escalation happen exactly once per issue. The service writes it atomically
 * (create-if-absent) before doing anything visible, so of two concurrent or duplicate trigger invocations only one
 * starts the escalation; the loser sees the claim and does nothing.
 * - `claimed`: an invocation has started; `escalationIssueKey` is recorded as soon as the issue exists.
 * - `done`: every step finished (issue created and linked, comment written, group notified; or priority set).
 * - `withdrawnAt`: the domain was later removed and that was commented and audited; cleared when it is set again.
 */
export const EscalationClaimSchema = z.strictObject({
  domain: z.enum(IMPACT_DOMAINS),
  state: z.enum(['claimed', 'done']),
  claimedAt: z.iso.datetime({ offset: true }),
  escalationIssueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/).optional(),
  withdrawnAt: z.iso.datetime({ offset: true }).optional(),
});
export type EscalationClaim = z.infer<typeof EscalationClaimSchema>;

export interface EscalationPlanConfig {
  /** A domain is escalated only when the admin configured its target (security project, AI project, priorities). */
  isEnabled: Record<ImpactDomain, boolean>;
  /** How long a claim protects an invocation that is still working before another may take it over. */
  claimLeaseMs: number;
}

// Longer than the longest Forge function timeout (900 s), so a live invocation never loses its claim to another.
export const DEFAULT_CLAIM_LEASE_MS = 15 * 60 * 1000;

export type EscalationAction =
  /** Claim the domain, then escalate it. */
  | { kind: 'start'; domain: ImpactDomain }
  /**
   * A claim outlived its lease without finishing: the invocation crashed or timed out. Take the claim over
   * (compare-and-set on `claimedAt`) and finish. Without `escalationIssueKey` the crash may have come after the
   * issue was created but before its key was recorded: look for an issue already linked to the origin first.
   */
  | { kind: 'resume'; domain: ImpactDomain; claimedAt: string; escalationIssueKey?: string }
  /** Another invocation holds a live claim: do nothing now, check again at `retryAt` (e.g. a delayed queue event). */
  | { kind: 'wait'; domain: ImpactDomain; retryAt: string }
  /** The domain was removed after it had been escalated: comment on the origin and audit; never delete anything. */
  | { kind: 'withdrawn'; domain: ImpactDomain; escalationIssueKey?: string }
  /** The domain was set again after a withdrawal: comment that the existing escalation continues; no new one. */
  | { kind: 'reinstated'; domain: ImpactDomain; escalationIssueKey?: string }
  | { kind: 'none'; domain: ImpactDomain; reason: 'escalated' | 'not-set' | 'disabled'; escalationIssueKey?: string };

export interface EscalationPlanInput {
  /**
   * The field's value as read from Jira when the event is handled, not the copy in the event: product triggers
   * arrive late, twice and out of order, so only the current value and the claims are trustworthy. `null` when
   * the field is empty. (For the same reason the plan does not take the event's previous value.)
   */
  current: Classification | null;
  claims: readonly EscalationClaim[];
  config: EscalationPlanConfig;
  now: Date;
}

const withKey = (claim: EscalationClaim) => (claim.escalationIssueKey !== undefined ? { escalationIssueKey: claim.escalationIssueKey } : {});

function planDomain(domain: ImpactDomain, input: EscalationPlanInput): EscalationAction {
  const isSet = input.current?.[domain] === true;
  const claim = input.claims.find((candidate) => candidate.domain === domain);

  if (!claim) {
    if (!isSet) return { kind: 'none', domain, reason: 'not-set' };
    return input.config.isEnabled[domain] ? { kind: 'start', domain } : { kind: 'none', domain, reason: 'disabled' };
  }
  if (!isSet) {
    return claim.withdrawnAt === undefined ? { kind: 'withdrawn', domain, ...withKey(claim) } : { kind: 'none', domain, reason: 'not-set', ...withKey(claim) };
  }
  if (claim.state === 'claimed') {
    const leaseEndsMs = Date.parse(claim.claimedAt) + input.config.claimLeaseMs;
    if (input.now.getTime() < leaseEndsMs) return { kind: 'wait', domain, retryAt: new Date(leaseEndsMs).toISOString() };
    return { kind: 'resume', domain, claimedAt: claim.claimedAt, ...withKey(claim) };
  }
  if (claim.withdrawnAt !== undefined) return { kind: 'reinstated', domain, ...withKey(claim) };
  return { kind: 'none', domain, reason: 'escalated', ...withKey(claim) };
}

/**
 * What to do for each domain (in the order Security, Service, AI), given the current value and the claim
 * records. Pure and idempotent: once the service has acted and updated the claims, the same event planned again
 * yields only `none` or `wait`. It never plans a deletion: removing a domain withdraws, it does not undo.
 */
export function planEscalations(input: EscalationPlanInput): EscalationAction[] {
  return IMPACT_DOMAINS.map((domain) => planDomain(domain, input));
}

/** The actions that change something now; an empty list means the event needs no work. */
export function actionsToRun(plan: readonly EscalationAction[]): EscalationAction[] {
  return plan.filter((action) => action.kind !== 'none' && action.kind !== 'wait');
}
