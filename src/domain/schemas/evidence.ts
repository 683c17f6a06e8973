import { z } from 'zod';
import { KnownClauseIdSchema, STANDARD_IDS, clauseIdParts } from '../catalog';
import { isTimeZone } from '../evidence/calendarDay';
import { isCalendarDate } from '../jql/jqlDate';
import { MAX_SCOPE_JQL_LENGTH } from '../jql/limits';

/** What an ISMS lead chooses for an evidence report; saved definitions are re-run with a new `now`. */

const StandardSchema = z.enum(STANDARD_IDS, { message: `Choose a standard: ${STANDARD_IDS.join(', ')}` });

// 20000-1 has no control annex: only 27001 and 42001 number reference controls A.x.y.
const AnnexStandardSchema = z.enum(['ISO27001', 'ISO42001'], {
  message: 'Only ISO27001 and ISO42001 have an Annex A of reference controls',
});

export const ClauseSelectionSchema = z.discriminatedUnion(
  'kind',
  [
    /** Explicit clauses and controls, e.g. ISO27001:A.5.24. */
    z.object({ kind: z.literal('clauses'), ids: z.array(KnownClauseIdSchema).min(1, 'Choose at least one clause or control').max(500) }),
    /** Every reference control of one Annex A. */
    z.object({ kind: z.literal('annexA'), standard: AnnexStandardSchema }),
    /** A clause and everything under it: "clause 8 of 20000-1" is `ISO20000-1:8`. */
    z.object({ kind: z.literal('subtree'), id: KnownClauseIdSchema }),
    /** Every clause and control of a standard. */
    z.object({ kind: z.literal('standard'), standard: StandardSchema }),
  ],
  { message: 'A clause selection is clauses, annexA, subtree or standard' },
);
export type ClauseSelection = z.infer<typeof ClauseSelectionSchema>;

const CalendarDaySchema = z.string().refine(isCalendarDate, { message: 'Expected a date as yyyy-MM-dd, e.g. 2026-01-31' });

export const ReportPeriodSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({ kind: z.literal('between'), from: CalendarDaySchema, to: CalendarDaySchema })
      .refine((period) => period.from <= period.to, { message: 'The period ends before it starts', path: ['to'] }),
    /** The `count` days or months up to and including today, in the report's time zone. */
    z.object({
      kind: z.literal('last'),
      count: z.number().int('The period length is a whole number').min(1, 'The period is at least 1 day or month'),
      unit: z.enum(['days', 'months'], { message: 'The period unit is days or months' }),
    }).refine((period) => period.count <= (period.unit === 'days' ? 3660 : 120), {
      message: 'The period is at most 10 years',
      path: ['count'],
    }),
  ],
  { message: 'A period is between two dates or the last days/months' },
);
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

const NameSchema = (what: string) =>
  z.string().trim().min(1, `A ${what} cannot be blank`).max(255, `A ${what} is at most 255 characters`);

export const ReportScopeSchema = z.discriminatedUnion(
  'kind',
  [
    /** Jira's basic search: no project and no issue type means every issue the reader may see. */
    z.object({
      kind: z.literal('basic'),
      projects: z.array(NameSchema('project key')).max(100, 'At most 100 projects').default([]),
      issueTypes: z.array(NameSchema('issue type name')).max(50, 'At most 50 issue types').default([]),
    }),
    /** A filter the user typed; Jira validates it before the report runs. */
    z.object({
      kind: z.literal('jql'),
      jql: z
        .string()
        .trim()
        .min(1, 'Type a scope JQL, or choose projects instead')
        .max(MAX_SCOPE_JQL_LENGTH, `The scope JQL is at most ${MAX_SCOPE_JQL_LENGTH} characters`),
    }),
  ],
  { message: 'A scope is basic (projects, issue types) or jql' },
);
export type ReportScope = z.infer<typeof ReportScopeSchema>;

/** Which date makes an issue evidence for the period; JQL field and Jira response field. */
export const EVIDENCE_RULES = {
  resolved: { jqlField: 'resolved', responseField: 'resolutiondate' },
  updated: { jqlField: 'updated', responseField: 'updated' },
  created: { jqlField: 'created', responseField: 'created' },
} as const;
export type EvidenceRule = keyof typeof EVIDENCE_RULES;

export const EvidenceReportDefinitionSchema = z
  .object({
    name: NameSchema('report name').optional(),
    standards: z.array(StandardSchema).min(1, 'Choose at least one standard'),
    /** Omitted: every clause and control of the chosen standards. */
    selection: z.array(ClauseSelectionSchema).min(1, 'Choose at least one clause selection').max(50).optional(),
    period: ReportPeriodSchema,
    /** Relative periods start at today here; use the reader's Jira time zone so JQL dates mean the same days. */
    timeZone: z.string().refine(isTimeZone, { message: 'Unknown time zone: use an IANA name such as Europe/Berlin' }).default('UTC'),
    scope: ReportScopeSchema.default({ kind: 'basic', projects: [], issueTypes: [] }),
    evidenceRule: z.enum(['resolved', 'updated', 'created'], { message: 'The evidence rule is resolved, updated or created' }).default('resolved'),
    staleAfterDays: z.number().int('Staleness is a whole number of days').min(1, 'Staleness is at least 1 day').max(3650).default(90),
    /** Count issues linked to high-confidence mapped clauses of the other standards ("via"). */
    includeMappedEvidence: z.boolean().default(true),
  })
  .superRefine((definition, ctx) => {
    const chosen = new Set<string>(definition.standards);
    (definition.selection ?? []).forEach((selection, index) => {
      const standards = selection.kind === 'clauses' ? selection.ids.map((id) => clauseIdParts(id).standard)
        : selection.kind === 'subtree' ? [clauseIdParts(selection.id).standard]
        : [selection.standard];
      for (const standard of new Set(standards)) {
        if (chosen.has(standard)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['selection', index],
          message: `${standard} is selected here but not among the report's standards (${definition.standards.join(', ')})`,
        });
      }
    });
  });
export type EvidenceReportDefinition = z.infer<typeof EvidenceReportDefinitionSchema>;
/** What a form or a saved record sends: defaults not yet applied. */
export type EvidenceReportDefinitionInput = z.input<typeof EvidenceReportDefinitionSchema>;
