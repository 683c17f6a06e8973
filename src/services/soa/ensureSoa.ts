import { buildInitialSoa } from '../../domain/soa';
import type { SoaStore } from '../../ports/soaStore';

/**
 * The SoA starts as every Annex A control undecided, stored on first use. Concurrent first uses all call
 * `initialise`; the store creates each entry only if it is absent, so the entries exist once whoever wins,
 * and an invocation that timed out half-way is completed by the next one (the marker is set last).
 */
export async function ensureSoa(store: SoaStore): Promise<void> {
  if (await store.isInitialised()) return;
  await store.initialise(buildInitialSoa());
}
