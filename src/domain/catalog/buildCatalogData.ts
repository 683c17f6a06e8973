import { z } from 'zod';
import { CatalogFileSchema, StandardCountsSchema, type CatalogFile, type FileControl, type FileStandard } from './catalogFile';
import type { CatalogData, CatalogEntry, CatalogMapping, ControlGroup, StandardInfo } from './catalogTypes';
import { WHOLE_ANNEX_REF, WHOLE_SYSTEM_REF, parseClauseId, type ClauseId } from './clauseId';
import { CATALOG_EDITIONS, isStandardId, standardOrder, type StandardId } from './standards';

const SYSTEM_NAMES: Readonly<Record<StandardId, string>> = {
  'ISO20000-1': 'Service management system',
  ISO27001: 'Information security management system',
  ISO42001: 'AI management system',
};

/** Turns the data file into catalog data, or throws naming the first inconsistency: bad built-in data is a bug. */
export function buildCatalogData(raw: unknown): CatalogData {
  const parsed = CatalogFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`The ISO catalog data is malformed:\n${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const standards = file.standards.map(standardInfo).sort((a, b) => standardOrder(a.id) - standardOrder(b.id));
  const entries = standards.flatMap((info) => entriesOf(fileStandard(file, info), info));
  verifyTree(entries);
  verifyCounts(file);
  const known = new Set<string>(entries.map((entry) => entry.id));
  const mappings = file.mappings.map((mapping): CatalogMapping => ({
    from: resolveRef(mapping.from, known),
    to: mapping.to.map((ref) => resolveRef(ref, known)),
    relation: mapping.relation,
    confidence: mapping.confidence,
    source: mapping.source,
    ...(mapping.note === undefined ? {} : { note: mapping.note }),
    category: mapping.category,
    origin: 'builtin',
  }));
  return { standards, entries, mappings, relations: file.mapping_relations, disclaimer: file.meta.disclaimer };
}

function standardInfo(standard: FileStandard): StandardInfo {
  const [shortId = '', edition = ''] = standard.id.split(':');
  if (!isStandardId(shortId) || CATALOG_EDITIONS[shortId] !== edition) {
    throw new Error(`The ISO catalog data holds ${standard.id}, which the app does not know`);
  }
  return {
    id: shortId,
    edition,
    title: standard.title,
    structure: standard.structure,
    ...(standard.note === undefined ? {} : { note: standard.note }),
    controlGroups: standard.control_groups.map(({ ref, title, theme, count }) => ({
      ref,
      title,
      count,
      ...(theme === undefined ? {} : { theme }),
    })),
  };
}

function fileStandard(file: CatalogFile, info: StandardInfo): FileStandard {
  const found = file.standards.find((standard) => standard.id === `${info.id}:${info.edition}`);
  if (found === undefined) throw new Error(`The ISO catalog data lost ${info.id}`);
  return found;
}

function idOf(standard: StandardId, ref: string): ClauseId {
  const parsed = parseClauseId(`${standard}:${ref}`);
  if (!parsed.ok) throw new Error(`The ISO catalog data has a bad reference: ${parsed.error.message}`);
  return parsed.value;
}

function entriesOf(file: FileStandard, info: StandardInfo): CatalogEntry[] {
  const standard = info.id;
  const wholeSystem = (ref: string, title: string): CatalogEntry => ({
    id: idOf(standard, ref),
    standard,
    ref,
    kind: 'scope',
    title,
    level: 0,
    parent: null,
    confidence: 'high',
    origin: 'builtin',
  });
  const scopes = [wholeSystem(WHOLE_SYSTEM_REF, `${SYSTEM_NAMES[standard]} as a whole (clauses 4–10)`)];
  if (file.controls.length > 0) scopes.push(wholeSystem(WHOLE_ANNEX_REF, `${standard} Annex A controls as a whole`));

  const clauses = file.clauses.map((clause): CatalogEntry => ({
    id: idOf(standard, clause.ref),
    standard,
    ref: clause.ref,
    kind: 'clause',
    title: clause.title,
    level: clause.level,
    parent: clause.parent === null ? null : idOf(standard, clause.parent),
    confidence: clause.confidence ?? 'high',
    ...(clause.note === undefined ? {} : { note: clause.note }),
    origin: 'builtin',
  }));
  const controls = file.controls.map((control): CatalogEntry => ({
    id: idOf(standard, control.ref),
    standard,
    ref: control.ref,
    kind: 'control',
    title: control.title,
    level: control.ref.split('.').length - 1,
    parent: null,
    confidence: control.confidence ?? 'high',
    ...(control.note === undefined ? {} : { note: control.note }),
    group: groupOf(control, file),
    origin: 'builtin',
  }));
  return [...scopes, ...clauses, ...controls];
}

function groupOf(control: FileControl, file: FileStandard): ControlGroup {
  const declared = file.control_groups.find((group) =>
    control.theme !== undefined ? group.theme === control.theme : group.ref === control.group,
  );
  if (declared === undefined || !control.ref.startsWith(`${declared.ref}.`)) {
    throw new Error(`The ISO catalog data puts ${file.id} ${control.ref} in no matching control group`);
  }
  const subgroup = declared.subgroups?.find((candidate) => candidate.ref === control.subgroup);
  return {
    ref: declared.ref,
    title: control.group_title ?? declared.title,
    ...(declared.theme === undefined ? {} : { theme: declared.theme }),
    ...(subgroup === undefined ? {} : { subgroup: { ref: subgroup.ref, title: control.subgroup_title ?? subgroup.title } }),
  };
}

function verifyTree(entries: readonly CatalogEntry[]): void {
  const byId = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`The ISO catalog data lists ${entry.id} twice`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    if (entry.parent === null) continue;
    const parent = byId.get(entry.parent);
    if (parent === undefined || parent.level !== entry.level - 1) {
      throw new Error(`The ISO catalog data gives ${entry.id} the parent ${entry.parent}, which is not one level up`);
    }
  }
}

function verifyCounts(file: CatalogFile): void {
  for (const standard of file.standards) {
    const expected = StandardCountsSchema.parse(file.meta.counts[standard.id]);
    if (expected.clause_entries !== standard.clauses.length || expected.annex_a_controls !== standard.controls.length) {
      throw new Error(`The ISO catalog data for ${standard.id} disagrees with its own counts`);
    }
  }
  if (file.meta.counts.mappings !== file.mappings.length) {
    throw new Error('The ISO catalog data has a different number of mappings than its counts say');
  }
}

/** Mapping refs carry the edition (`ISO27001:2022 A.5.24`); every one must name a catalog entry. */
function resolveRef(ref: string, known: ReadonlySet<string>): ClauseId {
  const parsed = parseClauseId(ref);
  if (!parsed.ok) throw new Error(`The ISO catalog mapping ref "${ref}" is invalid: ${parsed.error.message}`);
  if (!known.has(parsed.value)) throw new Error(`The ISO catalog mapping ref "${ref}" names no catalog entry`);
  return parsed.value;
}
