import type { PdfExport } from '../evidence/pdfExport';
import type { ReviewChartSvgs } from './charts/reviewChartSvgs';
import type { ReviewPack, ReviewPeriod } from './reviewTypes';

/** The pack as the page shows it: its figures and its charts, drawn in the resolver. */
export interface ReviewPackView {
  pack: ReviewPack;
  charts: ReviewChartSvgs;
}

/** The review pack's calls on the evidence report page, for the UI's typed client. */
export interface ReviewResolverApi {
  reviewPack: { payload: ReviewPeriod; value: ReviewPackView };
  reviewPackPdf: { payload: ReviewPeriod; value: PdfExport };
}
