import { z } from 'zod';
import { ClauseIdSchema } from '../catalog';
import { isCalendarDate } from '../jql/jqlDate';
import { ENCODED_ID_SET } from './issueIdSet';

/**
 * The aggregator's state between invocations of a report job, validated on read like every stored record.
 * Issues kept for drill-downs are stored once and referenced by id from each clause's list.
 */
const Count = z.number().int().min(0);
const Day = z.string().refine(isCalendarDate, 'Expected yyyy-MM-dd');

const IssueSummarySchema = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  resolutiondate: z.string().nullable(),
  assignee: z.string().nullable(),
  evidenceAt: z.string().nullable(),
});

export const CoverageCheckpointSchema = z.object({
  version: z.literal(1),
  setup: z.object({
    clauses: z.array(ClauseIdSchema),
    sources: z.array(z.object({ clause: ClauseIdSchema, from: z.array(ClauseIdSchema) })),
    evidenceRule: z.enum(['resolved', 'updated', 'created']),
    period: z.object({ from: Day, to: Day, timeZone: z.string() }),
    staleAfterDays: z.number().int().min(1),
    drillDownLimit: z.number().int().min(0),
  }),
  counted: z.string().regex(ENCODED_ID_SET, 'counted issue ids are corrupt'),
  issues: z.array(IssueSummarySchema),
  rows: z.array(
    z.object({
      clause: ClauseIdSchema,
      direct: Count,
      viaMapped: Count,
      via: z.array(z.tuple([ClauseIdSchema, Count])),
      lastEvidenceDate: Day.nullable(),
      drillDown: z.array(z.object({ id: z.string(), via: ClauseIdSchema.optional() })),
    }),
  ),
});

export type CoverageCheckpoint = z.input<typeof CoverageCheckpointSchema>;
export type ParsedCoverageCheckpoint = z.output<typeof CoverageCheckpointSchema>;
