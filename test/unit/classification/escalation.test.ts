import {
  DEFAULT_CLAIM_LEASE_MS,
  EscalationClaimSchema,
  actionsToRun,
  planEscalations,
  type EscalationClaim,
  type EscalationPlanConfig,
} from '../../../src/domain/classification';
import type { Classification } from '../../../src/domain/schemas/classification';
import { classification } from './fixtures';

const config: EscalationPlanConfig = { isEnabled: { security: true, service: true, ai: true }, claimLeaseMs: DEFAULT_CLAIM_LEASE_MS };
const now = new Date('2025-03-01T12:00:00Z');
const securityAndService = classification({ security: true, service: true });

function plan(current: Classification | null, claims: EscalationClaim[] = [], at: Date = now) {
  return planEscalations({ current, claims, config, now: at });
}

/** What the service does after acting on a plan: claims become done, withdrawals and reinstatements are recorded. */
function applyPlan(current: Classification | null, claims: EscalationClaim[], at: Date): EscalationClaim[] {
  const next = [...claims];
  for (const action of actionsToRun(plan(current, claims, at))) {
    const index = next.findIndex((claim) => claim.domain === action.domain);
    const existing = next[index];
    if (action.kind === 'start') next.push({ domain: action.domain, state: 'done', claimedAt: at.toISOString(), escalationIssueKey: `ESC-${next.length + 1}` });
    if (action.kind === 'resume' && existing) next[index] = { ...existing, state: 'done', escalationIssueKey: existing.escalationIssueKey ?? 'ESC-99' };
    if (action.kind === 'withdrawn' && existing) next[index] = { ...existing, withdrawnAt: at.toISOString() };
    if (action.kind === 'reinstated' && existing) {
      const { withdrawnAt: _withdrawnAt, ...reinstated } = existing;
      next[index] = reinstated;
    }
  }
  return next;
}

const done = (domain: EscalationClaim['domain'], key?: string): EscalationClaim => ({
  domain,
  state: 'done',
  claimedAt: '2025-03-01T11:00:00.000Z',
  ...(key ? { escalationIssueKey: key } : {}),
});

describe('escalation planning', () => {
  it('starts each newly set domain that has no claim, in the order Security, Service, AI', () => {
    expect(actionsToRun(plan(securityAndService))).toEqual([
      { kind: 'start', domain: 'security' },
      { kind: 'start', domain: 'service' },
    ]);
  });

  it('plans no work when the same event is delivered again after the escalations were done', () => {
    const claims = applyPlan(securityAndService, [], now);
    expect(actionsToRun(plan(securityAndService, claims))).toEqual([]);
    expect(plan(securityAndService, claims).map((action) => action.kind)).toEqual(['none', 'none', 'none']);
  });

  it('does not escalate again when a late or out-of-order event arrives after everything settled', () => {
    // Events: set security (1), add service (2); event 1 arrives last. The plan reads the current value, not the event's.
    let claims = applyPlan(securityAndService, [], now);
    claims = applyPlan(securityAndService, claims, new Date('2025-03-01T12:05:00Z'));
    expect(actionsToRun(plan(securityAndService, claims, new Date('2025-03-01T12:10:00Z')))).toEqual([]);
  });

  it('waits while another invocation holds a live claim, so concurrent events never escalate twice', () => {
    const claims: EscalationClaim[] = [{ domain: 'security', state: 'claimed', claimedAt: '2025-03-01T11:59:00.000Z' }];
    expect(plan(classification(), claims)[0]).toEqual({ kind: 'wait', domain: 'security', retryAt: '2025-03-01T12:14:00.000Z' });
    expect(actionsToRun(plan(classification(), claims))).toEqual([]);
  });

  it('resumes a claim whose invocation crashed before recording the created issue', () => {
    const claims: EscalationClaim[] = [{ domain: 'security', state: 'claimed', claimedAt: '2025-03-01T11:00:00.000Z' }];
    expect(actionsToRun(plan(classification(), claims))).toEqual([
      { kind: 'resume', domain: 'security', claimedAt: '2025-03-01T11:00:00.000Z' },
    ]);
  });

  it('resumes with the recorded issue key when the crash came after the issue was created', () => {
    const claims: EscalationClaim[] = [{ domain: 'ai', state: 'claimed', claimedAt: '2025-03-01T11:00:00.000Z', escalationIssueKey: 'AIG-7' }];
    const aiIncident = classification({ security: false, ai: true, aiHarm: 'bias' });
    expect(actionsToRun(plan(aiIncident, claims))).toEqual([
      { kind: 'resume', domain: 'ai', claimedAt: '2025-03-01T11:00:00.000Z', escalationIssueKey: 'AIG-7' },
    ]);
  });

  it('withdraws a removed domain with its escalation key, and never plans a deletion', () => {
    const actions = plan(classification({ security: false, service: true }), [done('security', 'SEC-4'), done('service')]);
    expect(actionsToRun(actions)).toEqual([{ kind: 'withdrawn', domain: 'security', escalationIssueKey: 'SEC-4' }]);
    expect(actions.map((action) => action.kind)).not.toContain('delete');
  });

  it('withdraws every escalated domain when the field is cleared', () => {
    expect(actionsToRun(plan(null, [done('security', 'SEC-4'), done('service')]))).toEqual([
      { kind: 'withdrawn', domain: 'security', escalationIssueKey: 'SEC-4' },
      { kind: 'withdrawn', domain: 'service' },
    ]);
  });

  it('withdraws once: a duplicate removal event plans no work', () => {
    const current = classification({ security: false, service: true });
    const claims = applyPlan(current, [done('security', 'SEC-4'), done('service')], now);
    expect(actionsToRun(plan(current, claims))).toEqual([]);
  });

  it('reinstates a domain set again after withdrawal without opening a second escalation', () => {
    const withdrawn: EscalationClaim = { ...done('security', 'SEC-4'), withdrawnAt: '2025-03-01T11:30:00.000Z' };
    expect(actionsToRun(plan(classification(), [withdrawn]))).toEqual([{ kind: 'reinstated', domain: 'security', escalationIssueKey: 'SEC-4' }]);
    const claims = applyPlan(classification(), [withdrawn], now);
    expect(actionsToRun(plan(classification(), claims))).toEqual([]);
  });

  it('does not start a domain whose escalation target is not configured', () => {
    const actions = planEscalations({ current: classification(), claims: [], config: { ...config, isEnabled: { ...config.isEnabled, security: false } }, now });
    expect(actions[0]).toEqual({ kind: 'none', domain: 'security', reason: 'disabled' });
  });

  it('ignores domains that are neither set nor claimed', () => {
    expect(plan(classification()).slice(1)).toEqual([
      { kind: 'none', domain: 'service', reason: 'not-set' },
      { kind: 'none', domain: 'ai', reason: 'not-set' },
    ]);
  });
});

describe('the stored claim record', () => {
  it('round-trips a claim through its schema', () => {
    const claim: EscalationClaim = { domain: 'security', state: 'done', claimedAt: '2025-03-01T11:00:00.000Z', escalationIssueKey: 'SEC-12' };
    expect(EscalationClaimSchema.parse(claim)).toEqual(claim);
  });

  it('refuses a claim with an unknown state or a malformed issue key', () => {
    expect(EscalationClaimSchema.safeParse({ ...done('security'), state: 'started' }).success).toBe(false);
    expect(EscalationClaimSchema.safeParse({ ...done('security'), escalationIssueKey: 'sec 12' }).success).toBe(false);
  });
});
