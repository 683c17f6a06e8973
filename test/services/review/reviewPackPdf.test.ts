import { buildReviewPack } from '../../../src/services/review/buildReviewPack';
import { reviewPackPdf } from '../../../src/services/review/reviewPackPdf';
import { fakeReviewJira, rawIssue } from './fakeReviewJira';

describe('the management review PDF', () => {
  it('renders the pack as a PDF document', async () => {
    const jira = fakeReviewJira([
      rawIssue({ created: '2026-01-10T09:00:00Z', classification: { security: true, severity: 1 } }),
      rawIssue({ created: '2026-01-11T09:00:00Z', cab: { status: 'approved', risk: 'low' } }),
      rawIssue({ created: '2026-01-12T09:00:00Z', clauses: ['ISO27001:10.2'] }),
    ]);
    const pack = await buildReviewPack({ jira, clock: { now: () => new Date('2026-07-01T00:00:00Z') } }, { from: '2026-01-01', to: '2026-06-30' });
    if (!pack.ok) throw new Error(pack.error.message);

    const pdf = await reviewPackPdf(pack.value, 'isms-lead');

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1500);
  });
});
