import { builtinCatalog } from '../../domain/catalog';
import { soaEntryProblems, type SoaEntry } from '../../domain/soa';

/** An entry as the SoA page shows it: with the control's title and what still keeps it from being complete. */
export interface SoaRow {
  entry: SoaEntry;
  title: string;
  problems: string[];
}

export function presentSoaRow(entry: SoaEntry): SoaRow {
  return { entry, title: builtinCatalog().lookup(entry.controlId)?.title ?? entry.controlId, problems: soaEntryProblems(entry) };
}

/** The account ids an answer mentions, for one display-name lookup. */
export const peopleIn = (entries: readonly SoaEntry[]): string[] =>
  [...new Set(entries.flatMap((entry) => [entry.owner, entry.updatedBy].filter((id): id is string => id !== null)))];
