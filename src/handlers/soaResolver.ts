import Resolver from '@forge/resolver';
import { z } from 'zod';
import { soaEvidenceDeps, soaPorts, soaVersionPorts } from '../forge/soaPorts';
import { EditEntryInput, editEntry } from '../services/soa/editEntry';
import { GetSoaInput, getSoa } from '../services/soa/getSoa';
import { soaEvidence } from '../services/soa/soaEvidence';
import { succeed, type RegisterResult } from '../services/soa/registerResult';
import { DiffVersionsInput, ExportSoaPdfInput, ListVersionsInput, approveSoaVersion, diffSoaVersions, exportSoaPdf, listSoaVersions } from '../services/soa/soaVersions';
import { SoaHistoryInput, allEntries, exportSoaCsv, getSoaAlignment, getSoaHistory, getSoaSummary } from '../services/soa/soaReports';
import { failureOf } from './classificationErrors';
import { fail, parsePayload } from './shared/result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });
const NoPayload = z.looseObject({});
const GetSoaEvidenceInput = z.strictObject({ staleAfterDays: z.number().int().min(1).max(3650).optional() });
const SIGN_IN = 'Sign in to see the Statement of Applicability.';

async function answer<T>(what: string, work: () => Promise<RegisterResult<T>>) {
  try {
    return await work();
  } catch (error) {
    return failureOf(error, what);
  }
}

/** Parse → caller from `context.accountId` → one service call; the services authorize edits. */
function define<S extends z.ZodType, T>(name: string, schema: S, what: string, run: (caller: { accountId: string }, input: z.output<S>) => Promise<RegisterResult<T>>) {
  resolver.define(name, ({ payload, context }) => {
    const caller = CallContext.safeParse(context);
    if (!caller.success) return fail('FORBIDDEN', SIGN_IN);
    const input = parsePayload(schema, payload);
    if (!input.ok) return input;
    return answer(what, () => run({ accountId: caller.data.accountId }, input.value as z.output<S>));
  });
}

const resolver = new Resolver();

define('getSoa', GetSoaInput, 'Loading the Statement of Applicability', (caller, input) => getSoa(soaPorts(), caller, input));
define('editSoaEntry', EditEntryInput, 'Saving the SoA entry', (caller, input) => editEntry(soaPorts(), caller, input));
define('getSoaSummary', NoPayload, 'Summarising the SoA', () => getSoaSummary(soaPorts()));
define('getSoaAlignment', NoPayload, 'Aligning the SoA', () => getSoaAlignment(soaPorts()));
define('exportSoaCsv', NoPayload, 'Exporting the SoA', () => exportSoaCsv(soaPorts()));
define('getSoaHistory', SoaHistoryInput, 'Loading the SoA history', (_caller, input) => getSoaHistory(soaPorts(), input));

define('getSoaEvidence', GetSoaEvidenceInput, 'Counting the SoA evidence', async (_caller, input) =>
  succeed(await soaEvidence(soaEvidenceDeps(), await allEntries(soaPorts()), new Date(), input.staleAfterDays)),
);
define('approveSoaVersion', NoPayload, 'Approving the SoA version', (caller) => approveSoaVersion(soaVersionPorts(), caller));
define('listSoaVersions', ListVersionsInput, 'Listing the SoA versions', (_caller, input) => listSoaVersions(soaVersionPorts(), input));
define('diffSoaVersions', DiffVersionsInput, 'Comparing SoA versions', (_caller, input) => diffSoaVersions(soaVersionPorts(), input));
define('exportSoaPdf', ExportSoaPdfInput, 'Exporting the SoA as PDF', (_caller, input) => exportSoaPdf(soaVersionPorts(), input));

export const soaResolver = resolver.getDefinitions();
