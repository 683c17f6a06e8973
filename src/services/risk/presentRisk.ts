import { assessRisk, isAcceptanceOutdated, isReviewOverdue } from '../../domain/risk';
import type { RiskClass } from '../../domain/riskMatrix';
import type { Risk } from '../../domain/schemas/risk';
import { mayEditRisk, type RegisterRole } from './authorize';
import type { Caller } from './ports';

/** A risk as the register page shows it: the record plus what the page would otherwise compute, and what the caller may do. */
export interface RiskView {
  risk: Risk;
  inherentClass: RiskClass;
  residualClass: RiskClass;
  isAcceptanceOutdated: boolean;
  isReviewOverdue: boolean;
  canEdit: boolean;
  canAccept: boolean;
  /** Display names of the people the record names (owner, last editor, acceptor), by account id. */
  names: Record<string, string>;
}

/** The account ids a view of the risk names. */
export const peopleOf = (risk: Risk): string[] => [risk.owner, risk.updatedBy, ...(risk.acceptance ? [risk.acceptance.acceptedBy] : [])];

export function presentRisk(risk: Risk, caller: Caller, role: RegisterRole, now: Date, names: Record<string, string>): RiskView {
  const named = Object.fromEntries(peopleOf(risk).flatMap((id) => (names[id] === undefined ? [] : [[id, names[id]]])));
  return {
    risk,
    ...assessRisk(risk),
    isAcceptanceOutdated: isAcceptanceOutdated(risk),
    isReviewOverdue: isReviewOverdue(risk, now),
    canEdit: mayEditRisk(role, caller, risk),
    canAccept: risk.owner === caller.accountId && risk.status !== 'closed',
    names: named,
  };
}
