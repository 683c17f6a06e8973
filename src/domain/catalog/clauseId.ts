import { z } from 'zod';
import { CATALOG_EDITIONS, STANDARD_IDS, STANDARDS_WITH_CONTROLS, isStandardId, type StandardId } from './standards';
import { invalidInput, ok, type CatalogResult } from './result';

/**
 * Canonical clause/control id `<standard>:<ref>`, e.g. `ISO27001:A.5.24`, `ISO20000-1:8.5.1`, `ISO42001:A.6.2.6`.
 * Every stored reference, JQL alias value and export uses this form; obtain one only through `parseClauseId`.
 */
export type ClauseId = string & { readonly __brand: 'ClauseId' };

/** `4-10` (the management system as a whole) and `Annex A` (all its controls) are pseudo-refs of the mapping data. */
export type RefKind = 'clause' | 'control' | 'scope';

export const WHOLE_SYSTEM_REF = '4-10';
export const WHOLE_ANNEX_REF = 'Annex A';

const MAX_INPUT_LENGTH = 100;
const CLAUSE_REF = /^[1-9]\d?(?:\.[1-9]\d?){0,3}$/;
const CONTROL_REF = /^A\.[1-9]\d?(?:\.[1-9]\d?){0,2}$/i;
const WHOLE_ANNEX = /^annex a$/i;
// "ISO27001:A.5.24", "ISO 27001 A.5.24", "ISO/IEC 27001:2022 A.5.24" (the data file's form), "27001 A.5.24"
const WITH_STANDARD = /^(?:ISO(?:\/IEC)?\s?)?(\d+(?:-\d+)?)(?::(\d{4})(?=\s|$))?(?:(?::|\s)\s*(.*))?$/i;
// What sits in front of a colon, or a first word with a digit in it ("NIST:AC-2", "ISO9001 8.5"), names a standard.
const STANDARD_LIKE_PREFIX = /^(?:([^:\s]{1,30}):|(\S*\d\S*)\s)/;
const EXAMPLE = 'e.g. ISO27001:A.5.24, ISO20000-1:8.5.1 or ISO42001:A.6.2.6';

function listOr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Normalises a ref's spelling (`a.5.24` → `A.5.24`, `annex a` → `Annex A`), or undefined when it is no ref. */
function normalizeRef(ref: string): string | undefined {
  if (ref === WHOLE_SYSTEM_REF || CLAUSE_REF.test(ref)) return ref;
  if (CONTROL_REF.test(ref)) return `A${ref.slice(1)}`;
  if (WHOLE_ANNEX.test(ref)) return WHOLE_ANNEX_REF;
  return undefined;
}

export function refKind(ref: string): RefKind {
  if (ref === WHOLE_SYSTEM_REF || ref === WHOLE_ANNEX_REF) return 'scope';
  return ref.startsWith('A.') ? 'control' : 'clause';
}

function bareRefError(ref: string): CatalogResult<ClauseId> {
  // 27001 and 42001 both number their Annex A controls A.x.y, and all three share clause numbers 4-10.
  const candidates = ref.startsWith('A.') || ref === WHOLE_ANNEX_REF ? STANDARDS_WITH_CONTROLS : STANDARD_IDS;
  const spelled = listOr(candidates.map((standard) => `${standard}:${ref}`));
  return invalidInput(`${quoted(ref)} is ambiguous: it could belong to ${listOr(candidates)}; write ${spelled}`);
}

/** Parses user or stored text into a canonical id. Never throws: any other input gets a message naming the problem. */
export function parseClauseId(text: unknown): CatalogResult<ClauseId> {
  if (typeof text !== 'string') return invalidInput(`A clause id must be text, ${EXAMPLE}`);
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return invalidInput(`The clause id is empty: expected <standard>:<ref>, ${EXAMPLE}`);
  if (trimmed.length > MAX_INPUT_LENGTH) {
    return invalidInput(`The clause id is too long (${trimmed.length} characters, at most ${MAX_INPUT_LENGTH})`);
  }
  const bareRef = normalizeRef(trimmed);
  if (bareRef !== undefined) return bareRefError(bareRef);

  const match = WITH_STANDARD.exec(trimmed);
  if (!match) {
    const prefix = STANDARD_LIKE_PREFIX.exec(trimmed);
    const token = prefix?.[1] ?? prefix?.[2];
    if (token !== undefined) return unknownStandard(token);
    return invalidInput(`${quoted(trimmed)} is not a clause id: expected <standard>:<ref>, ${EXAMPLE}`);
  }
  const [, number = '', edition, rawRef = ''] = match;
  const standard = `ISO${number}`;
  if (!isStandardId(standard)) return unknownStandard(standard);
  if (edition !== undefined && edition !== CATALOG_EDITIONS[standard]) {
    return invalidInput(
      `${standard}:${edition} is not in the catalog, which holds ${standard}:${CATALOG_EDITIONS[standard]} ` +
        '(numbering differs between editions): drop the edition or convert the reference',
    );
  }
  if (rawRef === '') return invalidInput(`${quoted(trimmed)} names ${standard} but no clause or control, ${EXAMPLE}`);
  const ref = normalizeRef(rawRef);
  if (ref === undefined) {
    return invalidInput(
      `${quoted(rawRef)} is not a valid ${standard} reference: expected a clause such as 8.5.1, a control such as A.5.24, ` +
        `or ${WHOLE_SYSTEM_REF} / ${WHOLE_ANNEX_REF} for the whole system`,
    );
  }
  return ok(`${standard}:${ref}` as ClauseId);
}

function unknownStandard(token: string): CatalogResult<ClauseId> {
  return invalidInput(`Unknown standard ${quoted(token)}: expected ${listOr(STANDARD_IDS)}`);
}

export function clauseIdParts(id: ClauseId): { standard: StandardId; ref: string } {
  const separator = id.indexOf(':');
  return { standard: id.slice(0, separator) as StandardId, ref: id.slice(separator + 1) };
}

/**
 * Canonical text by default; `withEdition` gives the data file's form (`ISO27001:2022 A.5.24`) for exports
 * an auditor reads. Both forms parse back to the same id.
 */
export function formatClauseId(id: ClauseId, options: { withEdition?: boolean } = {}): string {
  if (!options.withEdition) return id;
  const { standard, ref } = clauseIdParts(id);
  return `${standard}:${CATALOG_EDITIONS[standard]} ${ref}`;
}

/** Zod schema for payloads and forms: accepts any spelling `parseClauseId` accepts and yields the canonical id. */
export const ClauseIdSchema = z.string().transform((text, ctx): ClauseId => {
  const parsed = parseClauseId(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.error.message });
  return z.NEVER;
});
