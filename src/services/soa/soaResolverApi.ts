import type { z } from 'zod';
import type { SoaAuditEvent, SoaSummary } from '../../domain/soa';
import type { EditEntryInput } from './editEntry';
import type { GetSoaInput, SoaView } from './getSoa';
import type { SoaRow } from './presentSoa';
import type { AlignmentRow, SoaHistoryInput } from './soaReports';
import type { PdfExport } from '../evidence/pdfExport';
import type { SoaControlChange, SoaSnapshotHeader } from '../../domain/soa';
import type { SoaEvidenceChunk } from './soaEvidence';
import type { DiffVersionsInput, ExportSoaPdfInput, ListVersionsInput, SoaVersionList } from './soaVersions';

/** The soa-resolver functions as the Custom UI calls them: payload in, success value out. */
export interface SoaResolverApi {
  getSoa: { payload: GetSoaInput; value: SoaView };
  editSoaEntry: { payload: EditEntryInput; value: SoaRow };
  getSoaSummary: { payload: Record<string, never>; value: SoaSummary };
  getSoaAlignment: { payload: Record<string, never>; value: AlignmentRow[] };
  exportSoaCsv: { payload: Record<string, never>; value: { filename: string; content: string } };
  getSoaHistory: { payload: z.input<typeof SoaHistoryInput>; value: SoaAuditEvent[] };
  getSoaEvidence: { payload: { staleAfterDays?: number; resume?: boolean }; value: SoaEvidenceChunk };
  approveSoaVersion: { payload: Record<string, never>; value: SoaSnapshotHeader };
  listSoaVersions: { payload: z.input<typeof ListVersionsInput>; value: SoaVersionList };
  diffSoaVersions: { payload: z.input<typeof DiffVersionsInput>; value: SoaControlChange[] };
  exportSoaPdf: { payload: z.input<typeof ExportSoaPdfInput>; value: PdfExport };
}
