import Resolver from '@forge/resolver';
import { z } from 'zod';
import { userAuditExecutionPorts } from '../forge/auditExecutionPorts';
import { programmePorts } from '../forge/programmePorts';
import { CreateAuditInput, EditAuditInput, SaveProcessOwnersInput, SaveProgrammeInput, createAudit, editAudit, saveProcessOwners, saveProgramme } from '../services/audit/programmeCommands';
import { ExportProgrammeCsvInput, exportProgrammeCsv, exportProgrammePdf } from '../services/audit/programmeExports';
import { SearchScopeInput, searchScope } from '../services/audit/programmeScopeSearch';
import { getProgrammeView } from '../services/audit/programmeView';
import { startAudit } from '../services/audit/startAudit';
import { succeed } from '../services/soa/registerResult';
import { callerCallDefiner } from './shared/defineCallerCall';

const NoPayload = z.looseObject({});
const StartAuditInput = z.strictObject({ auditId: z.string().trim().min(1).max(20) });
const SIGN_IN = 'Sign in to see the audit programme.';

// Parse → caller from `context.accountId` → one service call; the services authorize writes (ISMS leads).
const resolver = new Resolver();
const define = callerCallDefiner(resolver, SIGN_IN);

define('getProgramme', NoPayload, 'Loading the audit programme', (caller) => getProgrammeView(programmePorts(), caller));
define('saveProgramme', SaveProgrammeInput, 'Saving the audit programme', (caller, input) => saveProgramme(programmePorts(), caller, input));
define('createAudit', CreateAuditInput, 'Planning the audit', (caller, input) => createAudit(programmePorts(), caller, input));
define('editAudit', EditAuditInput, 'Saving the audit', (caller, input) => editAudit(programmePorts(), caller, input));
define('saveProcessOwners', SaveProcessOwnersInput, 'Saving the process owners', (caller, input) => saveProcessOwners(programmePorts(), caller, input));
define('searchAuditScope', SearchScopeInput, 'Searching clauses and controls', async (_caller, input) => succeed(searchScope(input)));
define('exportProgrammeCsv', ExportProgrammeCsvInput, 'Exporting the audit programme', (caller, input) => exportProgrammeCsv(programmePorts(), caller, input));
// Starting an audit creates its Jira issue: called from the programme page, where the audit is planned.
define('startAuditIssue', StartAuditInput, 'Starting the audit in Jira', (caller, input) => startAudit(userAuditExecutionPorts(caller.accountId), input.auditId, caller));
define('exportProgrammePdf', NoPayload, 'Exporting the audit programme as PDF', (caller) => exportProgrammePdf(programmePorts(), caller));

export const auditResolver = resolver.getDefinitions();
