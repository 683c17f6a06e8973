import Resolver from '@forge/resolver';
import { z } from 'zod';
import { RISK_CLASSES } from '../domain/riskMatrix';
import { RISK_CATEGORIES, RISK_STATUSES, RiskIdSchema, type NewRiskInput, type RiskEditInput } from '../domain/schemas/risk';
import { riskRegisterPorts } from '../forge/riskPorts';
import { importRisks } from '../services/risk/importRisks';
import { createTreatmentAction, linkTreatmentAction, linkedIssues } from '../services/risk/linkedIssues';
import { acceptRisk, createRisk, editRisk, markReviewed } from '../services/risk/riskCommands';
import { exportRisksCsv, getRisk, listRisks, riskHeatMap, riskHistory } from '../services/risk/riskQueries';
import type { RiskResult } from '../services/risk/riskResult';
import { failureOf } from './classificationErrors';
import { fail, parsePayload } from './shared/result';

/**
 * The risk register page's resolver (`risk-resolver`). The caller is `context.accountId`, never a payload field;
 * the services check groups and ownership. The risk content itself is validated by the domain schemas inside the
 * services (NewRiskSchema, RiskEditSchema), so the payload schemas here check only the envelope.
 */

export const ListRisksInput = z.strictObject({
  filters: z
    .strictObject({
      category: z.enum(RISK_CATEGORIES).optional(),
      status: z.enum(RISK_STATUSES).optional(),
      owner: z.string().min(1).max(128).optional(),
      residualClass: z.enum(RISK_CLASSES).optional(),
    })
    .default({}),
  ids: z.array(RiskIdSchema).max(100).optional(),
  cursor: z.string().max(2000).optional(),
});
const ById = z.strictObject({ id: RiskIdSchema });
const Versioned = z.strictObject({ id: RiskIdSchema, expectedVersion: z.number().int().positive() });
const CreateInput = z.strictObject({ risk: z.record(z.string(), z.unknown()) });
const EditInput = z.strictObject({ id: RiskIdSchema, edit: z.record(z.string(), z.unknown()), expectedVersion: z.number().int().positive() });
const HeatMapInput = z.strictObject({ kind: z.enum(['inherent', 'residual']) });
// Invoke payloads are limited to 500 KB; a bigger file is split by the user.
const ImportInput = z.strictObject({ csv: z.string().max(450_000, { error: 'The file is larger than 450 KB: split it' }), dryRun: z.boolean() });
const TreatmentInput = z.strictObject({
  id: RiskIdSchema,
  summary: z.string().trim().min(1, { error: 'The summary is required' }).max(255, { error: 'The summary is at most 255 characters' }),
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/, { error: 'A project key looks like SEC' }),
  issueTypeName: z.string().min(1).max(255).optional(),
});

const LinkTreatmentInput = z.strictObject({
  id: RiskIdSchema,
  issueKey: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, { error: 'An issue key looks like SEC-12' }),
});

const CallContext = z.looseObject({ accountId: z.string().min(1) });
const callerOf = (context: unknown) => {
  const parsed = CallContext.safeParse(context);
  return parsed.success ? { accountId: parsed.data.accountId } : null;
};
const SIGNED_OUT = 'Sign in to Jira to use the risk register.';

type Caller = { accountId: string };

/** parse → who calls → one service → errors as values. */
function define<S extends z.ZodType, T>(resolver: Resolver, name: string, what: string, schema: S, work: (caller: Caller, input: z.infer<S>) => Promise<RiskResult<T>>): void {
  resolver.define(name, async ({ payload, context }) => {
    const caller = callerOf(context);
    if (!caller) return fail('FORBIDDEN', SIGNED_OUT);
    const input = parsePayload(schema, payload);
    if (!input.ok) return input;
    try {
      return await work(caller, input.value as z.infer<S>);
    } catch (error) {
      return failureOf(error, what);
    }
  });
}

const resolver = new Resolver();
const ports = riskRegisterPorts;

define(resolver, 'listRisks', 'Loading the risk register', ListRisksInput, (caller, input) =>
  listRisks(ports(), caller, { filters: input.filters, ...(input.ids ? { ids: input.ids } : {}), ...(input.cursor ? { cursor: input.cursor } : {}) }),
);
define(resolver, 'getRisk', 'Loading the risk', ById, (caller, input) => getRisk(ports(), caller, input.id));
define(resolver, 'createRisk', 'Recording the risk', CreateInput, (caller, input) => createRisk(ports(), caller, input.risk as NewRiskInput));
define(resolver, 'editRisk', 'Saving the risk', EditInput, (caller, input) => editRisk(ports(), caller, { id: input.id, edit: input.edit as RiskEditInput, expectedVersion: input.expectedVersion }));
define(resolver, 'acceptRisk', 'Accepting the risk', Versioned, (caller, input) => acceptRisk(ports(), caller, input));
define(resolver, 'markRiskReviewed', 'Recording the review', Versioned, (caller, input) => markReviewed(ports(), caller, input));
define(resolver, 'riskHeatMap', 'Loading the heat map', HeatMapInput, (_caller, input) => riskHeatMap(ports(), input.kind));
define(resolver, 'riskHistory', 'Loading the history', ById, (_caller, input) => riskHistory(ports(), input.id));
define(resolver, 'exportRisksCsv', 'Exporting the register', z.strictObject({}), () => exportRisksCsv(ports()));
define(resolver, 'importRisksCsv', 'Importing risks', ImportInput, (caller, input) => importRisks(ports(), caller, input));
define(resolver, 'riskLinkedIssues', 'Searching linked issues', ById, (_caller, input) => linkedIssues(ports(), input.id));
define(resolver, 'createTreatmentAction', 'Creating the treatment action', TreatmentInput, (caller, input) =>
  createTreatmentAction(ports(), caller, { id: input.id, summary: input.summary, projectKey: input.projectKey, ...(input.issueTypeName ? { issueTypeName: input.issueTypeName } : {}) }),
);

define(resolver, 'linkTreatmentAction', 'Linking the treatment action', LinkTreatmentInput, (caller, input) => linkTreatmentAction(ports(), caller, input));

export const riskRegisterResolver = resolver.getDefinitions();
