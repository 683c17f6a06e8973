import { z } from 'zod';
import {
  WHOLE_SYSTEM_REF,
  builtinCatalog,
  clauseIdParts,
  compareIds,
  parseClauseId,
  type Catalog,
  type ClauseId,
  type StandardId,
} from '../catalog';

/**
 * What an audit's scope names: a catalog entry (a clause at any level, a reference control, or a whole-system ref
 * `4-10` / `Annex A`), or an Annex A control group (`ISO27001:A.8`, `ISO42001:A.6.2`). Groups are not catalog
 * entries (controls have no parent there), but auditors plan by theme, so the programme accepts them as scope.
 * A scope ref covers itself and everything under it; that one rule serves coverage and impartiality alike.
 */
export type ScopeRefKind = 'clause' | 'control' | 'group' | 'scope';

export interface ScopeRefInfo {
  id: ClauseId;
  standard: StandardId;
  ref: string;
  kind: ScopeRefKind;
  title: string;
}

interface ScopeIndex {
  refs: Map<ClauseId, ScopeRefInfo>;
  /** Every catalog clause/control a ref covers, itself included (groups cover their controls). */
  covered: Map<ClauseId, ReadonlySet<ClauseId>>;
}

const indexes = new WeakMap<Catalog, ScopeIndex>();

function descendants(catalog: Catalog, id: ClauseId, into: Set<ClauseId>): void {
  into.add(id);
  for (const child of catalog.children(id)) descendants(catalog, child.id, into);
}

function buildIndex(catalog: Catalog): ScopeIndex {
  const refs = new Map<ClauseId, ScopeRefInfo>();
  const covered = new Map<ClauseId, Set<ClauseId>>();
  const groupMembers = new Map<ClauseId, Set<ClauseId>>();
  for (const entry of catalog.data.entries) {
    refs.set(entry.id, { id: entry.id, standard: entry.standard, ref: entry.ref, kind: entry.kind, title: entry.title });
    if (entry.kind === 'scope') continue;
    const own = new Set<ClauseId>();
    descendants(catalog, entry.id, own);
    covered.set(entry.id, own);
    if (entry.kind !== 'control' || entry.group === undefined) continue;
    for (const group of [entry.group, ...(entry.group.subgroup ? [entry.group.subgroup] : [])]) {
      const groupId = `${entry.standard}:${group.ref}` as ClauseId;
      if (!refs.has(groupId)) refs.set(groupId, { id: groupId, standard: entry.standard, ref: group.ref, kind: 'group', title: group.title });
      const members = groupMembers.get(groupId) ?? new Set<ClauseId>();
      members.add(entry.id);
      groupMembers.set(groupId, members);
    }
  }
  for (const [groupId, members] of groupMembers) covered.set(groupId, members);
  for (const entry of catalog.data.entries) {
    if (entry.kind !== 'scope') continue;
    const kind = entry.ref === WHOLE_SYSTEM_REF ? 'clause' : 'control';
    covered.set(entry.id, new Set(catalog.listStandard(entry.standard, { kind }).map((member) => member.id)));
  }
  return { refs, covered };
}

function indexOf(catalog: Catalog): ScopeIndex {
  let index = indexes.get(catalog);
  if (index === undefined) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

export function scopeRefInfo(id: ClauseId, catalog: Catalog = builtinCatalog()): ScopeRefInfo | undefined {
  return indexOf(catalog).refs.get(id);
}

/** The catalog clauses and controls a scope ref covers (itself and everything under it); empty for unknown refs. */
export function coveredBy(id: ClauseId, catalog: Catalog = builtinCatalog()): ReadonlySet<ClauseId> {
  return indexOf(catalog).covered.get(id) ?? new Set();
}

/** Whether two scope refs share any clause or control: `ISO20000-1:8` and `ISO20000-1:8.5.1` do, either way round. */
export function scopeRefsOverlap(a: ClauseId, b: ClauseId, catalog: Catalog = builtinCatalog()): boolean {
  const [small, large] = [coveredBy(a, catalog), coveredBy(b, catalog)].sort((x, y) => x.size - y.size) as [ReadonlySet<ClauseId>, ReadonlySet<ClauseId>];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/** Accepts any spelling `parseClauseId` accepts; the ref must be a catalog entry or an Annex A control group. */
export const ScopeRefSchema = z.string().transform((text, ctx): ClauseId => {
  const parsed = parseClauseId(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  }
  if (scopeRefInfo(parsed.value) === undefined) {
    ctx.addIssue({ code: 'custom', message: `${parsed.value} is not a clause, control or control group in the catalog` });
    return z.NEVER;
  }
  return parsed.value;
});

export function standardOfRef(id: ClauseId): StandardId {
  return clauseIdParts(id).standard;
}

const REF_QUERY = /^(?:A\.[\d.]*|\d[\d.-]*|annex(?: a)?)$/i;
// An optional standard in front narrows the search, as in the catalog's own search: "27001 A.8", "ISO42001:A.6".
const STANDARD_PREFIX = /^(?:ISO(?:\/IEC)?\s?)?(20000-1|27001|42001)(?::\d{4})?(?:(?::|\s)\s*(.*))?$/i;

function matchingGroups(query: string, standards: readonly StandardId[] | undefined, catalog: Catalog): ScopeRefInfo[] {
  const prefixed = STANDARD_PREFIX.exec(query);
  const named = prefixed ? (`ISO${(prefixed[1] ?? '').toUpperCase()}` as StandardId) : undefined;
  const rest = (prefixed ? (prefixed[2] ?? '') : query).toLowerCase();
  return [...indexOf(catalog).refs.values()].filter((info) => {
    if (info.kind !== 'group' || (standards && !standards.includes(info.standard)) || (named && info.standard !== named)) return false;
    if (rest === '') return true;
    if (REF_QUERY.test(rest)) return info.ref.toLowerCase().startsWith(rest);
    const title = info.title.toLowerCase();
    return rest.split(/\s+/).every((word) => title.includes(word));
  });
}

/**
 * Type-ahead over scope refs: the catalog's own search, plus control groups whose ref or title matches, so an
 * auditor typing "A.8" or "technological" can scope the whole theme.
 */
export function searchScopeRefs(query: string, options: { standards?: readonly StandardId[]; limit?: number } = {}, catalog: Catalog = builtinCatalog()): ScopeRefInfo[] {
  const limit = options.limit ?? 20;
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return [];
  const hits = catalog.search(trimmed, { ...(options.standards ? { standards: options.standards } : {}), limit }).map(({ entry }) => scopeRefInfo(entry.id, catalog)).filter((info): info is ScopeRefInfo => info !== undefined);
  const groups = matchingGroups(trimmed, options.standards, catalog);
  // Groups first: scoping a theme is the common planning move, and they are few.
  return [...groups.sort((a, b) => compareIds(a.id, b.id)), ...hits].slice(0, limit);
}
