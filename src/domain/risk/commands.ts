import { canonicalJson } from '../cab/answersHash';
import { RiskEditSchema, RiskSchema, type NewRisk, type Risk, type RiskEdit, type RiskEditInput, type RiskId } from '../schemas/risk';
import { hasCurrentAcceptance, isAcceptanceOutdated } from './acceptance';
import { describeIssues, fail, riskEvent, staleVersion, toJson, type Actor, type RiskCommandResult } from './commandResult';
import { isoDateOf, nextReviewDate } from './reviewDates';

/** Creates a risk scenario from a validated form or CSV row, with the id the service drew from the counter. */
export function createRisk(input: NewRisk, id: RiskId, actor: Actor, now: Date): RiskCommandResult {
  const today = isoDateOf(now);
  const { residual, ...content } = input;
  const candidate = {
    ...content,
    id,
    residual: residual ?? input.inherent,
    lastReviewedOn: today,
    nextReviewDate: nextReviewDate(today, input.reviewCadenceDays),
    acceptance: null,
    createdAt: now.toISOString(),
    createdBy: actor.accountId,
    updatedAt: now.toISOString(),
    updatedBy: actor.accountId,
    version: 1,
  };
  if (candidate.status === 'accepted') return fail('INVALID_INPUT', 'A new risk cannot start accepted: its owner accepts it once it is recorded');
  const parsed = RiskSchema.safeParse(candidate);
  if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error));
  const risk = parsed.data;
  return { ok: true, risk, events: [riskEvent('risk-created', risk, actor, now, `Recorded ${risk.id} "${risk.title}"`, null, risk)] };
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(toJson(a)) === canonicalJson(toJson(b));

/**
 * Applies an edit made on `expectedVersion`. A stale edit is refused with who changed the risk and when, never
 * merged silently: the user reloads and decides. An edit that changes what the owner accepted flags the
 * acceptance outdated and tells the owner.
 */
export function applyEdit(risk: Risk, edit: RiskEditInput, expectedVersion: number, actor: Actor, now: Date): RiskCommandResult {
  if (expectedVersion !== risk.version) return staleVersion(risk, expectedVersion);
  if (edit.status === 'accepted' && risk.status !== 'accepted') {
    return fail('INVALID_INPUT', `${risk.id} becomes accepted only when its owner accepts the residual risk`);
  }
  // Parsed here too: a key outside the edit schema (id, version, acceptance) must never reach the merge.
  const parsedEdit = RiskEditSchema.safeParse(edit);
  if (!parsedEdit.success) return fail('INVALID_INPUT', describeIssues(parsedEdit.error));
  const changes = Object.fromEntries(Object.entries(parsedEdit.data).filter(([, value]) => value !== undefined)) as RiskEdit;
  const merged = { ...risk, ...changes };
  if (changes.reviewCadenceDays !== undefined) merged.nextReviewDate = nextReviewDate(risk.lastReviewedOn, changes.reviewCadenceDays);
  const parsed = RiskSchema.safeParse(merged);
  if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error));

  const changedKeys = (Object.keys(changes) as (keyof RiskEdit)[]).filter((key) => !same(risk[key], parsed.data[key]));
  if (changedKeys.length === 0) return { ok: true, risk, events: [] };

  const next: Risk = { ...parsed.data, version: risk.version + 1, updatedAt: now.toISOString(), updatedBy: actor.accountId };
  const before = Object.fromEntries(changedKeys.map((key) => [key, risk[key]]));
  const after = Object.fromEntries(changedKeys.map((key) => [key, next[key]]));
  if (risk.nextReviewDate !== next.nextReviewDate) {
    before.nextReviewDate = risk.nextReviewDate;
    after.nextReviewDate = next.nextReviewDate;
  }
  const events = [riskEvent('risk-edited', next, actor, now, `Edited ${changedKeys.join(', ')}`, before, after)];
  if (hasCurrentAcceptance(risk) && isAcceptanceOutdated(next)) {
    events.push(
      riskEvent(
        'acceptance-outdated',
        next,
        actor,
        now,
        `The acceptance by ${risk.acceptance?.acceptedBy} on ${risk.acceptance?.acceptedAt} no longer matches the risk: its owner must accept it again`,
        risk.acceptance?.hash,
        null,
        [next.owner],
      ),
    );
  }
  return { ok: true, risk: next, events };
}

/** Records a review: the cadence counts again from today. */
export function markReviewed(risk: Risk, expectedVersion: number, actor: Actor, now: Date): RiskCommandResult {
  if (expectedVersion !== risk.version) return staleVersion(risk, expectedVersion);
  const today = isoDateOf(now);
  const next: Risk = {
    ...risk,
    lastReviewedOn: today,
    nextReviewDate: nextReviewDate(today, risk.reviewCadenceDays),
    version: risk.version + 1,
    updatedAt: now.toISOString(),
    updatedBy: actor.accountId,
  };
  const event = riskEvent(
    'risk-reviewed',
    next,
    actor,
    now,
    `Reviewed ${risk.id}; next review on ${next.nextReviewDate}`,
    { lastReviewedOn: risk.lastReviewedOn, nextReviewDate: risk.nextReviewDate },
    { lastReviewedOn: next.lastReviewedOn, nextReviewDate: next.nextReviewDate },
  );
  return { ok: true, risk: next, events: [event] };
}
