import { randomUUID } from 'node:crypto';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { evidenceJiraAsUser } from '../forge/evidenceJira';
import { forgeEvidenceQueue } from '../forge/evidenceQueue';
import { kvsEvidenceDefinitionStore, kvsEvidenceJobStore } from '../forge/evidenceStore';
import { soaPeopleAsApp } from '../forge/soaPeople';
import { deleteDefinition, listDefinitions, saveDefinition } from '../services/evidence/definitions';
import { exportCsv } from '../services/evidence/exportCsv';
import { exportPdf } from '../services/evidence/exportPdf';
import { cancelReport, jobStatus } from '../services/evidence/jobCommands';
import { startReport } from '../services/evidence/startReport';
import { validateScope } from '../services/evidence/validateScope';
import { failureOf } from './classificationErrors';
import { reviewPackCall, reviewPackPdfCall } from './reviewResolver';
import { fail, parsePayload, type HandlerResult } from './shared/result';

const systemClock = { now: () => new Date() };
const CallContext = z.looseObject({ accountId: z.string().min(1), siteUrl: z.string().optional() });
const JobInput = z.object({ jobId: z.string().min(1).max(100) });
const ScopeInput = z.object({ jql: z.string().trim().min(1, 'Type a scope JQL').max(5000) });
const ExportInput = JobInput.extend({ kind: z.enum(['matrix', 'evidence'], { message: 'Export the matrix or the evidence list' }) });
const DefinitionIdInput = z.object({ id: z.string().min(1).max(100) });

/** Every function acts for `context.accountId`: reports hold only what that user may browse. */
async function asCaller<T>(
  what: string,
  context: unknown,
  work: (caller: z.infer<typeof CallContext>) => Promise<HandlerResult<T>>,
): Promise<HandlerResult<T>> {
  const caller = CallContext.safeParse(context);
  if (!caller.success) return fail('FORBIDDEN', 'Open the evidence report while signed in to Jira.');
  try {
    return await work(caller.data);
  } catch (error) {
    return failureOf(error, what);
  }
}

function withInput<I, T>(schema: z.ZodType<I>, payload: unknown, run: (input: I) => Promise<HandlerResult<T>>): Promise<HandlerResult<T>> {
  const input = parsePayload(schema, payload);
  return input.ok ? run(input.value) : Promise.resolve(input);
}

const resolver = new Resolver();

resolver.define('validateScope', ({ payload, context }) =>
  asCaller('Checking the scope JQL', context, () => withInput(ScopeInput, payload, ({ jql }) => validateScope(evidenceJiraAsUser(), jql))),
);

resolver.define('startReport', ({ payload, context }) =>
  asCaller('Starting the report', context, ({ accountId }) =>
    startReport(
      { jobs: kvsEvidenceJobStore, queue: forgeEvidenceQueue(), userJira: evidenceJiraAsUser(), clock: systemClock, newJobId: randomUUID },
      (payload as { definition?: unknown } | undefined)?.definition,
      accountId,
    ),
  ),
);

resolver.define('jobStatus', ({ payload, context }) =>
  asCaller('Reading the report', context, ({ accountId }) => withInput(JobInput, payload, ({ jobId }) => jobStatus(kvsEvidenceJobStore, jobId, accountId))),
);

resolver.define('cancelReport', ({ payload, context }) =>
  asCaller('Cancelling the report', context, ({ accountId }) => withInput(JobInput, payload, ({ jobId }) => cancelReport(kvsEvidenceJobStore, jobId, accountId))),
);

resolver.define('exportCsv', ({ payload, context }) =>
  asCaller('Exporting the report', context, ({ accountId, siteUrl }) =>
    withInput(ExportInput, payload, (input) => exportCsv(kvsEvidenceJobStore, { ...input, ...(siteUrl === undefined ? {} : { siteUrl }) }, accountId)),
  ),
);

resolver.define('exportPdf', ({ payload, context }) =>
  asCaller('Exporting the audit pack', context, ({ accountId, siteUrl }) =>
    withInput(JobInput, payload, ({ jobId }) =>
      exportPdf({ jobs: kvsEvidenceJobStore, people: soaPeopleAsApp() }, { jobId, generatedAt: systemClock.now(), ...(siteUrl === undefined ? {} : { siteUrl }) }, accountId),
    ),
  ),
);

resolver.define('saveDefinition', ({ payload, context }) =>
  asCaller('Saving the report definition', context, ({ accountId }) =>
    saveDefinition({ definitions: kvsEvidenceDefinitionStore, people: soaPeopleAsApp(), clock: systemClock, newId: randomUUID }, payload, accountId),
  ),
);

resolver.define('listDefinitions', ({ context }) => asCaller('Listing saved reports', context, () => listDefinitions(kvsEvidenceDefinitionStore)));

resolver.define('deleteDefinition', ({ payload, context }) =>
  asCaller('Deleting the saved report', context, ({ accountId }) =>
    withInput(DefinitionIdInput, payload, ({ id }) => deleteDefinition({ definitions: kvsEvidenceDefinitionStore, people: soaPeopleAsApp() }, id, accountId)),
  ),
);

// The management review pack lives on the evidence page: a module has one resolver function.
resolver.define('reviewPack', ({ payload, context }) => asCaller('Building the management review pack', context, () => reviewPackCall(payload)));

resolver.define('reviewPackPdf', ({ payload, context }) =>
  asCaller('Exporting the management review pack', context, ({ accountId }) => reviewPackPdfCall(payload, accountId)),
);

export const evidenceResolver = resolver.getDefinitions();
