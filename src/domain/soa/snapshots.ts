import type { SoaEntry } from '../schemas/soa';
import type { SoaSummary } from './summary';

/** An approved version of the SoA: what the ISMS lead signed off, frozen; later edits never change it. */
export interface SoaSnapshot {
  version: number;
  approvedBy: string;
  approvedAt: string;
  summary: SoaSummary;
  entries: SoaEntry[];
}

export type SoaSnapshotHeader = Omit<SoaSnapshot, 'entries'>;

/** The decisions an auditor compares between versions; owners and editors are bookkeeping. */
const COMPARED = ['applicable', 'implementationStatus', 'justification'] as const;
export type SoaComparedField = (typeof COMPARED)[number];

export interface SoaControlChange {
  controlId: string;
  changes: { field: SoaComparedField; from: SoaEntry[SoaComparedField] | null; to: SoaEntry[SoaComparedField] | null }[];
}

/** Per control, what changed from `from` to `to`; a control only one side has shows every field against null. */
export function diffSoaEntries(from: readonly SoaEntry[], to: readonly SoaEntry[]): SoaControlChange[] {
  const before = new Map(from.map((entry) => [entry.controlId, entry]));
  const after = new Map(to.map((entry) => [entry.controlId, entry]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((controlId) => {
    const old = before.get(controlId);
    const next = after.get(controlId);
    const changes = COMPARED.flatMap((field) => {
      const was = old?.[field] ?? null;
      const now = next?.[field] ?? null;
      return was === now ? [] : [{ field, from: was, to: now }];
    });
    return changes.length === 0 ? [] : [{ controlId, changes }];
  });
}
