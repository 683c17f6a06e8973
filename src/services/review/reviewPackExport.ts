import type { HandlerResult } from '../../handlers/shared/result';
import type { PdfExport } from '../evidence/pdfExport';
import { buildReviewPack, type ReviewPackPorts } from './buildReviewPack';
import { reviewPackPdf } from './reviewPackPdf';
import type { ReviewPeriod } from './reviewTypes';

/** The pack as a PDF download (base64, as invoke payloads are JSON). */
export async function exportReviewPackPdf(
  ports: ReviewPackPorts,
  period: ReviewPeriod,
  generatedBy: string,
): Promise<HandlerResult<PdfExport>> {
  const pack = await buildReviewPack(ports, period);
  if (!pack.ok) return pack;
  const pdf = await reviewPackPdf(pack.value, generatedBy);
  return { ok: true, value: { filename: `management-review_${period.from}_${period.to}.pdf`, contentBase64: pdf.toString('base64') } };
}
