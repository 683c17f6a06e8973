import type { z } from 'zod';
import type { RaiseFindingSchema } from '../../domain/audit/finding';
import type { EffectivenessInput, NcAnalysis } from '../../domain/audit/nonconformity';
import type { AuditIssueView, AuditPanelView, NonconformityView } from './auditPanelView';
import type { AuditReportExport } from './exportAuditReport';
import type { CreateActionInput, LinkActionInput } from './nonconformityCommands';
import type { RaisedFinding } from './raiseFinding';

/** The `audit-exec-resolver` functions, typed for the panel's client (static/shared/resolverApi.ts). */
export interface AuditExecutionResolverApi {
  getAuditPanel: { payload: Record<string, never>; value: AuditPanelView };
  raiseAuditFinding: { payload: z.input<typeof RaiseFindingSchema>; value: RaisedFinding };
  saveAuditConclusions: { payload: { conclusions: string; expectedVersion: number }; value: AuditIssueView };
  saveNcAnalysis: { payload: NcAnalysis; value: NonconformityView };
  createCorrectiveAction: { payload: Omit<CreateActionInput, 'description'> & { description?: string }; value: NonconformityView };
  linkCorrectiveAction: { payload: LinkActionInput; value: NonconformityView };
  recordEffectivenessCheck: { payload: EffectivenessInput; value: NonconformityView };
  exportAuditReport: { payload: { format: 'csv' | 'pdf' }; value: AuditReportExport };
}
