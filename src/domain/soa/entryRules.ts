import { canonicalJson } from '../cab/answersHash';
import { INCLUSION_REASONS, SoaEntrySchema, type SoaAuditEvent, type SoaEntry, type SoaEntryEdit } from '../schemas/soa';

/**
 * What makes an SoA entry complete, and the one command that edits it. 27001 6.1.3 d asks for the justification
 * of inclusions and of exclusions alike, so an entry without one is incomplete either way.
 */
export function soaEntryProblems(entry: SoaEntry): string[] {
  const problems: string[] = [];
  if (entry.justification.trim() === '') {
    problems.push(
      entry.applicable
        ? `Say why ${entry.controlId} is included: the SoA justifies every inclusion`
        : `Say why ${entry.controlId} is excluded: the SoA justifies every exclusion`,
    );
  }
  if (entry.applicable && entry.inclusionReasons.length === 0) {
    problems.push(`Give the reason ${entry.controlId} is included: ${INCLUSION_REASONS.join(', ')}`);
  }
  if (!entry.applicable && entry.inclusionReasons.length > 0) {
    problems.push(`${entry.controlId} is excluded, so it has no reason for inclusion: remove ${entry.inclusionReasons.join(', ')}`);
  }
  if (!entry.applicable && entry.linkedRisks.length > 0) {
    problems.push(`${entry.controlId} is excluded but ${entry.linkedRisks.join(', ')} rely on it: include it or change those risks' controls`);
  }
  return problems;
}

export function isSoaEntryComplete(entry: SoaEntry): boolean {
  return soaEntryProblems(entry).length === 0;
}

export type SoaEditResult =
  | { ok: true; entry: SoaEntry; events: SoaAuditEvent[] }
  | { ok: false; error: { code: 'INVALID_INPUT' | 'CONFLICT'; message: string } };

const same = (a: unknown, b: unknown): boolean => canonicalJson(JSON.parse(JSON.stringify(a ?? null))) === canonicalJson(JSON.parse(JSON.stringify(b ?? null)));

/** Applies an edit made on `expectedVersion`; the result must be a complete entry, or nothing changes. */
export function editSoaEntry(entry: SoaEntry, edit: SoaEntryEdit, expectedVersion: number, actor: { accountId: string }, now: Date): SoaEditResult {
  if (expectedVersion !== entry.version) {
    const by = entry.updatedBy === null ? '' : ` by ${entry.updatedBy} at ${entry.updatedAt}`;
    return { ok: false, error: { code: 'CONFLICT', message: `${entry.controlId} was changed${by} (now version ${entry.version}, you edited version ${expectedVersion}): reload it and apply your change again` } };
  }
  const changes = Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined)) as SoaEntryEdit;
  const parsed = SoaEntrySchema.safeParse({ ...entry, ...changes });
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: parsed.error.issues.map((issue) => issue.message).join('; ') } };
  const problems = soaEntryProblems(parsed.data);
  if (problems.length > 0) return { ok: false, error: { code: 'INVALID_INPUT', message: problems.join('; ') } };

  const changedKeys = (Object.keys(changes) as (keyof SoaEntryEdit)[]).filter((key) => !same(entry[key], parsed.data[key]));
  if (changedKeys.length === 0) return { ok: true, entry, events: [] };
  const next: SoaEntry = { ...parsed.data, version: entry.version + 1, updatedAt: now.toISOString(), updatedBy: actor.accountId };
  const pick = (source: SoaEntry) => JSON.parse(JSON.stringify(Object.fromEntries(changedKeys.map((key) => [key, source[key]]))));
  const event: SoaAuditEvent = {
    kind: 'soa-entry-edited',
    controlId: entry.controlId,
    actor: actor.accountId,
    at: now.toISOString(),
    entryVersion: next.version,
    summary: `Edited ${changedKeys.join(', ')} of ${entry.controlId}`,
    before: pick(entry),
    after: pick(next),
  };
  return { ok: true, entry: next, events: [event] };
}
