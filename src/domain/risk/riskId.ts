import type { RiskId } from '../schemas/risk';

/** `R-<n>` from the register's atomic counter: the counter gives uniqueness, the prefix makes ids readable in JQL. */
export function riskIdFor(counter: number): RiskId {
  if (!Number.isSafeInteger(counter) || counter < 1 || counter > 999_999_999) {
    throw new RangeError(`A risk counter is a whole number from 1 to 999999999, not ${counter}`);
  }
  return `R-${counter}`;
}

/** The number of an id, for ordering risks the way people read them (R-9 before R-10). */
export function riskNumberOf(id: RiskId): number {
  return Number(id.slice(2));
}
