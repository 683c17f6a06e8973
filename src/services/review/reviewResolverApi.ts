import type { PdfExport } from '../evidence/pdfExport';
import type { ReviewPack, ReviewPeriod } from './reviewTypes';

/** The review pack's calls on the evidence report page, for the UI's typed client. */
export interface ReviewResolverApi {
  reviewPack: { payload: ReviewPeriod; value: ReviewPack };
  reviewPackPdf: { payload: ReviewPeriod; value: PdfExport };
}
