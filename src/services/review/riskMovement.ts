import { z } from 'zod';
import { isReviewOverdue } from '../../domain/risk';
import type { Risk, RiskAuditEvent, RiskLevels } from '../../domain/schemas/risk';
import type { ReviewPeriod, RiskMovement } from './reviewTypes';

const Levels = z.object({ likelihood: z.number(), impact: z.number() });
const Undo = z.looseObject({ residual: Levels.optional(), status: z.string().optional() });

export const residualScore = (levels: Pick<RiskLevels, 'likelihood' | 'impact'>): number => levels.likelihood * levels.impact;

export interface RiskAtPeriod {
  /** Null for a risk recorded during the period. */
  start: { score: number; status: string } | null;
  end: { score: number; status: string };
  movements: RiskMovement[];
}

const dayOf = (instant: string) => instant.slice(0, 10);

/**
 * Where a risk stood when the period started and ended, and how it moved, from the risk as it is now and its
 * history (newest first). Walking back from now, each edit's `before` undoes it: edits after the period give the
 * state at its end, edits within it the state at its start. Null when the risk did not exist by the period's end.
 * `history` may be empty for a risk unchanged since the period started: its current state held all along.
 */
export function riskAtPeriod(risk: Risk, history: readonly RiskAuditEvent[], period: ReviewPeriod, now: Date): RiskAtPeriod | null {
  if (dayOf(risk.createdAt) > period.to) return null;
  let state = { score: residualScore(risk.residual), status: risk.status as string };
  const undo = (event: RiskAuditEvent) => {
    const before = Undo.safeParse(event.before);
    if (!before.success) return;
    state = { score: before.data.residual === undefined ? state.score : residualScore(before.data.residual), status: before.data.status ?? state.status };
  };
  const newestFirst = [...history].sort((a, b) => b.riskVersion - a.riskVersion || b.at.localeCompare(a.at));
  let index = 0;
  for (; index < newestFirst.length && dayOf((newestFirst[index] as RiskAuditEvent).at) > period.to; index += 1) undo(newestFirst[index] as RiskAuditEvent);
  const end = state;
  let wasAccepted = false;
  for (; index < newestFirst.length && dayOf((newestFirst[index] as RiskAuditEvent).at) >= period.from; index += 1) {
    const event = newestFirst[index] as RiskAuditEvent;
    if (event.kind === 'risk-accepted') wasAccepted = true;
    if (event.kind !== 'risk-created') undo(event);
  }
  const isNew = dayOf(risk.createdAt) >= period.from;
  const start = isNew ? null : state;

  const movements: RiskMovement[] = [];
  if (isNew) movements.push('new');
  if (end.status === 'closed' && start?.status !== 'closed') movements.push('closed');
  if (start !== null && end.score > start.score) movements.push('raised');
  if (start !== null && end.score < start.score) movements.push('lowered');
  if (wasAccepted) movements.push('accepted');
  if (isReviewOverdue(risk, now)) movements.push('overdueReview');
  return { start, end, movements };
}

/** Only a risk written since the period started has history that can change what the period saw. */
export function needsHistory(risk: Risk, period: ReviewPeriod): boolean {
  return risk.version > 1 && dayOf(risk.updatedAt) >= period.from;
}
