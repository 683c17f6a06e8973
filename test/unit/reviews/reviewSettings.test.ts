import { DEFAULT_RECURRING_REVIEW_SETTINGS, RecurringReviewSettingsSchema, reviewTaskSummary } from '../../../src/domain/reviews';

describe('recurring review settings', () => {
  it('defaults to the IMS project, Task, and a 14-day lead time', () => {
    expect(DEFAULT_RECURRING_REVIEW_SETTINGS).toMatchObject({ leadTimeDays: 14, projectKey: 'IMS', issueTypeName: 'Task', soaReviewMonths: 12, policies: [] });
  });

  it('refuses a negative lead time naming the field', () => {
    const parsed = RecurringReviewSettingsSchema.safeParse({ leadTimeDays: -1 });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['leadTimeDays'], message: 'The lead time is at least 0 days' });
  });

  it('refuses a policy id that could not be part of a storage key or label', () => {
    const parsed = RecurringReviewSettingsSchema.safeParse({ policies: [{ id: 'Access Control', name: 'Access control', owner: 'a', cadenceMonths: 12, lastReviewedOn: '2025-12-01' }] });

    expect(parsed.error?.issues[0]?.path).toEqual(['policies', 0, 'id']);
  });

  it('refuses two policies with the same id', () => {
    const policy = { id: 'access-control', name: 'Access control', owner: 'a', cadenceMonths: 12, lastReviewedOn: '2025-12-01' };

    expect(RecurringReviewSettingsSchema.safeParse({ policies: [policy, policy] }).error?.issues[0]?.message).toBe('Two policies share an id');
  });
});

describe('review task content', () => {
  it('names the review, its due date and the item in the summary', () => {
    expect(reviewTaskSummary({ kind: 'risk', dueDate: '2026-12-01', title: 'R-3 Phishing of staff credentials' })).toBe('Risk review due 2026-12-01: R-3 Phishing of staff credentials');
  });

  it('keeps a summary within Jira’s 255 characters', () => {
    expect(reviewTaskSummary({ kind: 'policy', dueDate: '2026-12-01', title: 'x'.repeat(400) })).toHaveLength(255);
  });
});
