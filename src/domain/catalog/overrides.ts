import { z } from 'zod';
import { ConfidenceSchema } from './catalogFile';
import type { CatalogData, CatalogEntry, CatalogMapping } from './catalogTypes';
import { ClauseIdSchema, type ClauseId } from './clauseId';
import { invalidInput, ok, type CatalogResult } from './result';

/**
 * Relations a user may give a mapping: the data's vocabulary (see `mapping_relations`) without "no-counterpart";
 * a user removes their own mapping by leaving it out of the list.
 */
export const USER_MAPPING_RELATIONS = [
  'equivalent',
  'equivalent-renumbered',
  'equivalent-topic',
  'analogous (discipline-specific)',
  'analogous',
  'partial-overlap',
  'same-subject (27001 more granular)',
  'supports',
  'subset-of (ISMS can satisfy it)',
  'number-collision (partial overlap at most)',
] as const;

/** Corrects a heading the public sources got wrong (the purchased text is the authority) without a redeploy. */
export const HeadingOverrideSchema = z.object({
  kind: z.literal('heading'),
  id: ClauseIdSchema,
  title: z.string().trim().min(1).max(200),
  reason: z.string().trim().max(500).optional(),
});

export const MappingOverrideSchema = z.object({
  kind: z.literal('mapping'),
  from: ClauseIdSchema,
  to: z.array(ClauseIdSchema).min(1).max(50),
  relation: z.enum(USER_MAPPING_RELATIONS),
  confidence: ConfidenceSchema,
  note: z.string().trim().max(1000).optional(),
});

export const CatalogOverrideSchema = z.discriminatedUnion('kind', [HeadingOverrideSchema, MappingOverrideSchema]);
export const CatalogOverridesSchema = z.array(CatalogOverrideSchema).max(1000);

export type HeadingOverride = z.infer<typeof HeadingOverrideSchema>;
export type MappingOverride = z.infer<typeof MappingOverrideSchema>;
export type CatalogOverride = z.infer<typeof CatalogOverrideSchema>;

export const USER_MAPPING_SOURCE = 'user override';

/**
 * Lays user overrides over catalog data. All or nothing: any bad override rejects the whole list with a message
 * naming each problem, and the base data is never modified.
 */
export function applyOverrides(base: CatalogData, overrides: unknown): CatalogResult<CatalogData> {
  const parsed = CatalogOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
    return invalidInput(`Catalog overrides rejected: ${problems.join('; ')}`);
  }
  const known = new Set<ClauseId>(base.entries.map((entry) => entry.id));
  const problems = parsed.data.flatMap((override, index) => problemsOf(override, index, known));
  const headings = parsed.data.filter((override): override is HeadingOverride => override.kind === 'heading');
  const seen = new Set<ClauseId>();
  for (const heading of headings) {
    if (seen.has(heading.id)) problems.push(`${heading.id} has more than one heading override`);
    seen.add(heading.id);
  }
  if (problems.length > 0) return invalidInput(`Catalog overrides rejected: ${problems.join('; ')}`);

  const headingById = new Map(headings.map((heading) => [heading.id, heading]));
  const userMappings = parsed.data
    .filter((override): override is MappingOverride => override.kind === 'mapping')
    .map(
      (mapping): CatalogMapping => ({
        from: mapping.from,
        to: mapping.to,
        relation: mapping.relation,
        confidence: mapping.confidence,
        source: USER_MAPPING_SOURCE,
        ...(mapping.note === undefined ? {} : { note: mapping.note }),
        // The harmonized structure is fixed by the standards' texts; what users add is operational knowledge.
        category: 'operational',
        origin: 'user',
      }),
    );
  return ok({
    ...base,
    entries: base.entries.map((entry) => withHeading(entry, headingById.get(entry.id))),
    mappings: [...base.mappings, ...userMappings],
  });
}

function withHeading(entry: CatalogEntry, heading: HeadingOverride | undefined): CatalogEntry {
  if (heading === undefined) return entry;
  return {
    ...entry,
    title: heading.title,
    origin: 'user',
    builtinTitle: entry.builtinTitle ?? entry.title,
    ...(heading.reason === undefined ? {} : { overrideReason: heading.reason }),
  };
}

function problemsOf(override: CatalogOverride, index: number, known: ReadonlySet<ClauseId>): string[] {
  const label = `override #${index + 1} (${override.kind})`;
  if (override.kind === 'heading') {
    return known.has(override.id) ? [] : [`${label}: ${override.id} is not in the catalog`];
  }
  const problems = [override.from, ...override.to]
    .filter((id) => !known.has(id))
    .map((id) => `${label}: ${id} is not in the catalog`);
  if (override.to.includes(override.from)) problems.push(`${label}: ${override.from} cannot map to itself`);
  if (new Set(override.to).size !== override.to.length) problems.push(`${label}: a target is listed twice`);
  return problems;
}

function describePath(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  const head = typeof index === 'number' ? `override #${index + 1}` : 'overrides';
  const tail = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return `${head}${tail}`;
}
