import type { SoaSummary } from '../../domain/soa';
import { auditPackPdf } from './auditPackPdf';
import type { EvidenceReportView } from './evidenceView';
import { EvidenceReportDefinitionSchema } from '../../domain/schemas/evidence';

/** What `exportPdf` answers: invoke payloads are JSON, so the PDF's bytes travel base64-encoded (≤ 5 MB out). */
export interface PdfExport {
  filename: string;
  contentBase64: string;
}

export interface PdfExportResolverApi {
  exportPdf: { payload: { jobId: string }; value: PdfExport };
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'evidence-report';

/** The audit pack of a finished report, ready for the resolver to return. */
export async function auditPackExport(
  view: EvidenceReportView,
  options: { generatedAt: Date; generatedBy: string; soaSummary?: SoaSummary; organisation?: string },
): Promise<PdfExport> {
  const pdf = await auditPackPdf({
    report: view.coverage,
    // Stored definitions are already parsed; parsing again applies defaults the stored form may predate.
    definition: EvidenceReportDefinitionSchema.parse(view.definition),
    permissionMode: view.permissionMode,
    ...options,
  });
  const period = `${view.coverage.period.from}_${view.coverage.period.to}`;
  return { filename: `${fileSafe(view.name ?? 'evidence-report')}_${period}_audit-pack.pdf`, contentBase64: pdf.toString('base64') };
}
