import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from '../schemas/risk';

/**
 * The programme's append-only trail (DESIGN.md §3: every write that matters records who, when, before/after).
 * `subject` is the audit id, `programme` or `process-owners`; `version` is the version the write produced.
 */
export const PROGRAMME_EVENT_KINDS = ['programme-saved', 'audit-created', 'audit-edited', 'audit-issue-linked', 'process-owners-saved'] as const;

export const ProgrammeEventSchema = z.strictObject({
  kind: z.enum(PROGRAMME_EVENT_KINDS),
  subject: z.string(),
  version: z.number().int().positive(),
  actor: AccountIdSchema,
  at: IsoInstantSchema,
  summary: z.string(),
  before: z.json(),
  after: z.json(),
});
export type ProgrammeEvent = z.infer<typeof ProgrammeEventSchema>;

export const PROGRAMME_SUBJECT = 'programme';
export const PROCESS_OWNERS_SUBJECT = 'process-owners';
