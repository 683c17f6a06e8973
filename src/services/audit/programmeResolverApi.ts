import type { z } from 'zod';
import type { Audit } from '../../domain/audit/auditPlan';
import type { ProcessOwners } from '../../domain/audit/processOwners';
import type { Programme } from '../../domain/audit/programme';
import type { ScopeRefInfo } from '../../domain/audit/programmeScope';
import type { PdfExport } from '../evidence/pdfExport';
import type { CreateAuditInput, EditAuditInput, SaveProcessOwnersInput, SaveProgrammeInput } from './programmeCommands';
import type { ExportProgrammeCsvInput } from './programmeExports';
import type { SearchScopeInput } from './programmeScopeSearch';
import type { ProgrammeView } from './programmeView';
import type { StartedAudit } from './startAudit';

/** The audit-resolver functions as the audit programme page calls them: payload in, success value out. */
export interface ProgrammeResolverApi {
  getProgramme: { payload: Record<string, never>; value: ProgrammeView };
  saveProgramme: { payload: z.input<typeof SaveProgrammeInput>; value: Programme };
  createAudit: { payload: z.input<typeof CreateAuditInput>; value: Audit };
  editAudit: { payload: z.input<typeof EditAuditInput>; value: Audit };
  saveProcessOwners: { payload: z.input<typeof SaveProcessOwnersInput>; value: ProcessOwners };
  searchAuditScope: { payload: z.input<typeof SearchScopeInput>; value: ScopeRefInfo[] };
  exportProgrammeCsv: { payload: z.input<typeof ExportProgrammeCsvInput>; value: { filename: string; content: string } };
  exportProgrammePdf: { payload: Record<string, never>; value: PdfExport };
  startAuditIssue: { payload: { auditId: string }; value: StartedAudit };
}
