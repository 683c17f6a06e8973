import { z } from 'zod';
import { AccountIdSchema, IsoDateSchema, IsoInstantSchema } from '../schemas/risk';
import { FindingKindSchema } from './finding';

/**
 * The clause 10 record of one nonconformity (ISO 20000-1 10.1, ISO 27001 and 42001 10.2): correction, root
 * cause, corrective actions (Jira issues) and the check that they worked. Kept by the app in KVS, so the
 * workflow validator reads what the panel wrote rather than text anyone could edit in the issue.
 */

export const EFFECTIVENESS_RESULTS = ['pending', 'effective', 'not-effective'] as const;
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];

export const CorrectiveActionRefSchema = z.strictObject({ issueId: z.string().min(1), issueKey: z.string().min(1) });
export type CorrectiveActionRef = z.infer<typeof CorrectiveActionRefSchema>;

export const EffectivenessCheckSchema = z.strictObject({
  dueDate: IsoDateSchema,
  result: z.enum(EFFECTIVENESS_RESULTS),
  notes: z.string(),
  checkedBy: AccountIdSchema.nullable(),
  checkedAt: IsoInstantSchema.nullable(),
});
export type EffectivenessCheck = z.infer<typeof EffectivenessCheckSchema>;

export const NC_EVENT_KINDS = ['raised', 'analysis-saved', 'action-created', 'action-linked', 'effectiveness-recorded'] as const;

export const NonconformityEventSchema = z.strictObject({
  kind: z.enum(NC_EVENT_KINDS),
  actor: AccountIdSchema,
  at: IsoInstantSchema,
  summary: z.string(),
});
export type NonconformityEvent = z.infer<typeof NonconformityEventSchema>;

export const NonconformitySchema = z.strictObject({
  findingIssueId: z.string().min(1),
  findingKey: z.string().min(1),
  auditIssueKey: z.string().min(1),
  kind: FindingKindSchema,
  rootCause: z.string(),
  correction: z.string(),
  correctiveActions: z.array(CorrectiveActionRefSchema),
  effectiveness: EffectivenessCheckSchema,
  version: z.number().int().positive(),
  /** Append-only, oldest first; kept with the record so a change and its event commit in one write. */
  history: z.array(NonconformityEventSchema),
});
export type Nonconformity = z.infer<typeof NonconformitySchema>;

// A long-lived NC gets many edits; the newest events are the ones a reviewer reads, and the value must stay small.
export const MAX_HISTORY_EVENTS = 200;

const LongText = (what: string) => z.string().trim().max(5000, { error: `The ${what} is at most 5000 characters` });

export const NcAnalysisSchema = z.strictObject({
  rootCause: LongText('root cause'),
  correction: LongText('correction'),
  expectedVersion: z.number().int().positive(),
});
export type NcAnalysis = z.infer<typeof NcAnalysisSchema>;

export const EffectivenessInputSchema = z.strictObject({
  dueDate: IsoDateSchema,
  result: z.enum(EFFECTIVENESS_RESULTS, { error: `The result is ${EFFECTIVENESS_RESULTS.join(', ')}` }),
  notes: LongText('note'),
  expectedVersion: z.number().int().positive(),
});
export type EffectivenessInput = z.infer<typeof EffectivenessInputSchema>;

export interface NcChange {
  actor: string;
  now: Date;
}

function withEvent(record: Nonconformity, kind: NonconformityEvent['kind'], summary: string, change: NcChange): NonconformityEvent[] {
  return [...record.history, { kind, actor: change.actor, at: change.now.toISOString(), summary }].slice(-MAX_HISTORY_EVENTS);
}

export function newNonconformity(
  finding: Pick<Nonconformity, 'findingIssueId' | 'findingKey' | 'auditIssueKey' | 'kind'>,
  effectivenessDueDate: string,
  change: NcChange,
): Nonconformity {
  return {
    ...finding,
    rootCause: '',
    correction: '',
    correctiveActions: [],
    effectiveness: { dueDate: effectivenessDueDate, result: 'pending', notes: '', checkedBy: null, checkedAt: null },
    version: 1,
    history: [{ kind: 'raised', actor: change.actor, at: change.now.toISOString(), summary: `Raised ${finding.findingKey} from ${finding.auditIssueKey}` }],
  };
}

export function saveAnalysis(record: Nonconformity, input: Pick<NcAnalysis, 'rootCause' | 'correction'>, change: NcChange): Nonconformity {
  return {
    ...record,
    rootCause: input.rootCause,
    correction: input.correction,
    version: record.version + 1,
    history: withEvent(record, 'analysis-saved', 'Saved the root cause and correction', change),
  };
}

export type ActionResult = { ok: true; record: Nonconformity } | { ok: false; error: { code: 'CONFLICT' | 'INVALID_INPUT'; message: string } };

export function addCorrectiveAction(record: Nonconformity, action: CorrectiveActionRef, how: 'created' | 'linked', change: NcChange): ActionResult {
  if (action.issueId === record.findingIssueId) return { ok: false, error: { code: 'INVALID_INPUT', message: 'A nonconformity cannot be its own corrective action' } };
  if (record.correctiveActions.some((known) => known.issueId === action.issueId)) {
    return { ok: false, error: { code: 'CONFLICT', message: `${action.issueKey} is already a corrective action of this nonconformity` } };
  }
  return {
    ok: true,
    record: {
      ...record,
      correctiveActions: [...record.correctiveActions, action],
      version: record.version + 1,
      history: withEvent(record, how === 'created' ? 'action-created' : 'action-linked', `${how === 'created' ? 'Created' : 'Linked'} corrective action ${action.issueKey}`, change),
    },
  };
}

export function recordEffectiveness(record: Nonconformity, input: Pick<EffectivenessInput, 'dueDate' | 'result' | 'notes'>, change: NcChange): Nonconformity {
  const isChecked = input.result !== 'pending';
  return {
    ...record,
    effectiveness: {
      dueDate: input.dueDate,
      result: input.result,
      notes: input.notes,
      checkedBy: isChecked ? change.actor : null,
      checkedAt: isChecked ? change.now.toISOString() : null,
    },
    version: record.version + 1,
    history: withEvent(record, 'effectiveness-recorded', isChecked ? `Effectiveness check: ${input.result}` : `Effectiveness check due ${input.dueDate}`, change),
  };
}
