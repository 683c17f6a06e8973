import { WHOLE_SYSTEM_REF, clauseIdParts, refKind, type ClauseId } from './clauseId';
import { standardOrder, type StandardId } from './standards';

const KIND_RANK = { scope: 0, clause: 1, control: 2 } as const;

function refNumbers(ref: string): number[] {
  return ref.replace(/^A\./, '').split(/[.-]/).map(Number);
}

/** Document order: whole-system refs, then clauses 4-10, then Annex A; numerically, so 8.10 follows 8.9. */
export function compareRefs(a: string, b: string): number {
  const byKind = KIND_RANK[refKind(a)] - KIND_RANK[refKind(b)];
  if (byKind !== 0) return byKind;
  if (refKind(a) === 'scope') return a === b ? 0 : a === WHOLE_SYSTEM_REF ? -1 : 1;
  const left = refNumbers(a);
  const right = refNumbers(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return a.localeCompare(b);
}

export function compareEntries(
  a: { standard: StandardId; ref: string },
  b: { standard: StandardId; ref: string },
): number {
  return standardOrder(a.standard) - standardOrder(b.standard) || compareRefs(a.ref, b.ref);
}

export function compareIds(a: ClauseId, b: ClauseId): number {
  return compareEntries(clauseIdParts(a), clauseIdParts(b));
}
