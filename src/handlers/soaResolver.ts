import Resolver from '@forge/resolver';
import { z } from 'zod';
import { soaEvidenceScanDeps, soaPorts, soaVersionPorts } from '../forge/soaPorts';
import { EditEntryInput, editEntry } from '../services/soa/editEntry';
import { GetSoaInput, getSoa } from '../services/soa/getSoa';
import { scanSoaEvidence } from '../services/soa/soaEvidence';
import { DiffVersionsInput, ExportSoaPdfInput, ListVersionsInput, approveSoaVersion, diffSoaVersions, exportSoaPdf, listSoaVersions } from '../services/soa/soaVersions';
import { SoaHistoryInput, allEntries, exportSoaCsv, getSoaAlignment, getSoaHistory, getSoaSummary } from '../services/soa/soaReports';
import { callerCallDefiner } from './shared/defineCallerCall';

const NoPayload = z.looseObject({});
const GetSoaEvidenceInput = z.strictObject({ staleAfterDays: z.number().int().min(1).max(3650).optional(), resume: z.boolean().optional() });
const SIGN_IN = 'Sign in to see the Statement of Applicability.';

// Parse → caller from `context.accountId` → one service call; the services authorize writes.
const resolver = new Resolver();
const define = callerCallDefiner(resolver, SIGN_IN);

define('getSoa', GetSoaInput, 'Loading the Statement of Applicability', (caller, input) => getSoa(soaPorts(), caller, input));
define('editSoaEntry', EditEntryInput, 'Saving the SoA entry', (caller, input) => editEntry(soaPorts(), caller, input));
define('getSoaSummary', NoPayload, 'Summarising the SoA', () => getSoaSummary(soaPorts()));
define('getSoaAlignment', NoPayload, 'Aligning the SoA', () => getSoaAlignment(soaPorts()));
define('exportSoaCsv', NoPayload, 'Exporting the SoA', () => exportSoaCsv(soaPorts()));
define('getSoaHistory', SoaHistoryInput, 'Loading the SoA history', (_caller, input) => getSoaHistory(soaPorts(), input));

// Counts in chunks of one invocation each: the page calls again with `resume` while the answer says "running".
define('getSoaEvidence', GetSoaEvidenceInput, 'Counting the SoA evidence', async (caller, input) =>
  scanSoaEvidence(soaEvidenceScanDeps(), caller.accountId, await allEntries(soaPorts()), { now: new Date(), ...input }),
);
define('approveSoaVersion', NoPayload, 'Approving the SoA version', (caller) => approveSoaVersion(soaVersionPorts(), caller));
define('listSoaVersions', ListVersionsInput, 'Listing the SoA versions', (_caller, input) => listSoaVersions(soaVersionPorts(), input));
define('diffSoaVersions', DiffVersionsInput, 'Comparing SoA versions', (_caller, input) => diffSoaVersions(soaVersionPorts(), input));
define('exportSoaPdf', ExportSoaPdfInput, 'Exporting the SoA as PDF', (_caller, input) => exportSoaPdf(soaVersionPorts(), input));

export const soaResolver = resolver.getDefinitions();
