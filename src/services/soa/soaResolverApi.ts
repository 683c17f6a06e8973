import type { z } from 'zod';
import type { SoaAuditEvent, SoaSummary } from '../../domain/soa';
import type { EditEntryInput } from './editEntry';
import type { GetSoaInput, SoaView } from './getSoa';
import type { SoaRow } from './presentSoa';
import type { AlignmentRow, SoaHistoryInput } from './soaReports';

/** The soa-resolver functions as the Custom UI calls them: payload in, success value out. */
export interface SoaResolverApi {
  getSoa: { payload: GetSoaInput; value: SoaView };
  editSoaEntry: { payload: EditEntryInput; value: SoaRow };
  getSoaSummary: { payload: Record<string, never>; value: SoaSummary };
  getSoaAlignment: { payload: Record<string, never>; value: AlignmentRow[] };
  exportSoaCsv: { payload: Record<string, never>; value: { filename: string; content: string } };
  getSoaHistory: { payload: z.input<typeof SoaHistoryInput>; value: SoaAuditEvent[] };
}
