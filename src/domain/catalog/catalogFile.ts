import { z } from 'zod';

/**
 * Shape of `data/iso-catalog.json` (see the vendored README in the shared reference material). Parsed at load so
 * a bad edit of the data fails loudly instead of showing up as a missing clause on an issue.
 */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const MappingCategorySchema = z.enum(['harmonized-structure', 'operational']);
export type MappingCategory = z.infer<typeof MappingCategorySchema>;

const Title = z.string().trim().min(1);

const FileClause = z.object({
  ref: z.string().regex(/^\d+(\.\d+)*$/),
  title: Title,
  parent: z.string().nullable(),
  kind: z.literal('clause'),
  level: z.number().int().min(1).max(4),
  confidence: ConfidenceSchema.optional(),
  note: z.string().optional(),
});

// 27001 controls carry a theme (organizational, people, physical, technological); 42001 controls a group/subgroup.
const FileControl = z
  .object({
    ref: z.string().regex(/^A\.\d+(\.\d+)+$/),
    title: Title,
    theme: z.string().optional(),
    group: z.string().optional(),
    group_title: z.string().optional(),
    subgroup: z.string().optional(),
    subgroup_title: z.string().optional(),
    confidence: ConfidenceSchema.optional(),
    note: z.string().optional(),
  })
  .refine((control) => control.theme !== undefined || control.group !== undefined, {
    message: 'a control needs a theme or a group',
  });

const FileControlGroup = z.object({
  ref: z.string().regex(/^A\.\d+$/),
  title: Title,
  theme: z.string().optional(),
  count: z.number().int().min(1),
  subgroups: z.array(z.object({ ref: z.string(), title: Title, count: z.number().int().min(1) })).optional(),
});

const FileStandard = z.object({
  id: z.string().regex(/^ISO[\d-]+:\d{4}$/),
  title: Title,
  structure: z.string(),
  control_groups: z.array(FileControlGroup),
  clauses: z.array(FileClause).min(1),
  controls: z.array(FileControl),
  note: z.string().optional(),
});

const FileMapping = z.object({
  from: z.string(),
  to: z.array(z.string()),
  relation: z.string().min(1),
  confidence: ConfidenceSchema,
  source: z.string().min(1),
  note: z.string().optional(),
  category: MappingCategorySchema,
});

export const StandardCountsSchema = z.object({
  clause_entries: z.number().int(),
  annex_a_controls: z.number().int(),
});

export const CatalogFileSchema = z.object({
  meta: z.object({
    generated: z.string(),
    disclaimer: z.string(),
    counts: z.record(z.string(), z.unknown()),
  }),
  sources: z.record(z.string(), z.string()),
  standards: z.array(FileStandard).length(3),
  mappings: z.array(FileMapping).min(1),
  mapping_relations: z.record(z.string(), z.string()),
});

export type CatalogFile = z.infer<typeof CatalogFileSchema>;
export type FileStandard = z.infer<typeof FileStandard>;
export type FileControl = z.infer<typeof FileControl>;
