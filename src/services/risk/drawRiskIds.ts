import type { RiskStore } from '../../ports/riskStore';

// Each lost race costs one KVS round trip; 64 tries cover dozens of simultaneous creates within one invocation.
const MAX_ATTEMPTS = 64;

/**
 * Reserves `count` consecutive risk numbers with a compare-and-set on the register's counter: of any number of
 * concurrent callers each gets its own range, so two risks never share an id. Answers the first number, or
 * `null` when the counter stayed contended for every attempt.
 */
export async function reserveRiskNumbers(store: Pick<RiskStore, 'readCounter' | 'advanceCounter'>, count: number): Promise<number | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = await store.readCounter();
    if (await store.advanceCounter(seen, seen + count)) return seen + 1;
  }
  return null;
}
