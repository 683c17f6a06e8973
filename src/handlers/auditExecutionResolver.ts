import Resolver from '@forge/resolver';
import { z } from 'zod';
import { ConclusionsInputSchema } from '../domain/audit/execution';
import { RaiseFindingSchema } from '../domain/audit/finding';
import { EffectivenessInputSchema, NcAnalysisSchema } from '../domain/audit/nonconformity';
import { userAuditExecutionPorts } from '../forge/auditExecutionPorts';
import { ExportReportInputSchema, exportAuditReport } from '../services/audit/exportAuditReport';
import { getAuditPanel } from '../services/audit/getAuditPanel';
import { CreateActionInputSchema, LinkActionInputSchema, createCorrectiveAction, linkCorrectiveAction, recordEffectivenessCheck, saveNcAnalysis } from '../services/audit/nonconformityCommands';
import { raiseFinding } from '../services/audit/raiseFinding';
import { saveConclusions } from '../services/audit/saveConclusions';
import { failureOf } from './classificationErrors';
import { fail, parsePayload, type HandlerResult } from './shared/result';

const resolver = new Resolver();

/** The issue comes from the panel's context and the caller from `context.accountId`, never from the payload. */
const PanelContext = z.looseObject({
  accountId: z.string().min(1),
  extension: z.looseObject({ issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

type PanelCaller = { accountId: string; issueId: string };

/** A panel call: parse the payload → caller and issue from the context → one service call. */
function definePanel<S extends z.ZodType, T>(name: string, schema: S, what: string, run: (caller: PanelCaller, input: z.output<S>) => Promise<HandlerResult<T>>): void {
  resolver.define(name, async ({ payload, context }) => {
    const parsed = PanelContext.safeParse(context);
    if (!parsed.success) return fail('FORBIDDEN', 'Open the audit panel from an audit or finding issue while signed in.');
    const input = parsePayload(schema, payload);
    if (!input.ok) return input;
    try {
      return await run({ accountId: parsed.data.accountId, issueId: parsed.data.extension.issue.id }, input.value as z.output<S>);
    } catch (error) {
      return failureOf(error, what);
    }
  });
}

const NoPayload = z.object({});

definePanel('getAuditPanel', NoPayload, 'Loading the audit panel', (caller) => getAuditPanel(userAuditExecutionPorts(caller.accountId), caller.issueId));
definePanel('raiseAuditFinding', RaiseFindingSchema, 'Raising the finding', (caller, input) => raiseFinding(userAuditExecutionPorts(caller.accountId), caller.issueId, input, caller));
definePanel('saveAuditConclusions', ConclusionsInputSchema, 'Saving the conclusions', (caller, input) => saveConclusions(userAuditExecutionPorts(caller.accountId), caller.issueId, input));
definePanel('saveNcAnalysis', NcAnalysisSchema, 'Saving the root cause and correction', (caller, input) => saveNcAnalysis(userAuditExecutionPorts(caller.accountId), caller.issueId, input, caller));
definePanel('createCorrectiveAction', CreateActionInputSchema, 'Creating the corrective action', (caller, input) =>
  createCorrectiveAction(userAuditExecutionPorts(caller.accountId), caller.issueId, input, caller),
);
definePanel('linkCorrectiveAction', LinkActionInputSchema, 'Linking the corrective action', (caller, input) =>
  linkCorrectiveAction(userAuditExecutionPorts(caller.accountId), caller.issueId, input, caller),
);
definePanel('recordEffectivenessCheck', EffectivenessInputSchema, 'Recording the effectiveness check', (caller, input) =>
  recordEffectivenessCheck(userAuditExecutionPorts(caller.accountId), caller.issueId, input, caller),
);
definePanel('exportAuditReport', ExportReportInputSchema, 'Exporting the audit report', (caller, input) => exportAuditReport(userAuditExecutionPorts(caller.accountId), caller.issueId, input));

export const auditExecutionResolver = resolver.getDefinitions();
