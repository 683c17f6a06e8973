import { riskNumberOf } from '../risk/riskId';
import type { Risk, RiskId } from '../schemas/risk';
import type { SoaEntry } from '../schemas/soa';

/** The risks that call for each control, read from the risks' controls: the register is the one source. */
export function risksByControl(risks: readonly Pick<Risk, 'id' | 'controls' | 'status'>[]): Map<string, RiskId[]> {
  const byControl = new Map<string, RiskId[]>();
  const ordered = [...risks].filter((risk) => risk.status !== 'closed').sort((a, b) => riskNumberOf(a.id) - riskNumberOf(b.id));
  for (const risk of ordered) {
    for (const control of risk.controls) byControl.set(control, [...(byControl.get(control) ?? []), risk.id]);
  }
  return byControl;
}

/** Entries whose linked risks differ from what the register says, with the register's list, for the service to store. */
export function outdatedLinkedRisks(
  entries: readonly SoaEntry[],
  risks: readonly Pick<Risk, 'id' | 'controls' | 'status'>[],
): { controlId: SoaEntry['controlId']; linkedRisks: RiskId[] }[] {
  const byControl = risksByControl(risks);
  return entries.flatMap((entry) => {
    const linkedRisks = byControl.get(entry.controlId) ?? [];
    const unchanged = linkedRisks.length === entry.linkedRisks.length && linkedRisks.every((id, index) => entry.linkedRisks[index] === id);
    return unchanged ? [] : [{ controlId: entry.controlId, linkedRisks }];
  });
}
