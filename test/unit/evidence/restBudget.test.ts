import fc from 'fast-check';
import {
  FIELDS_PAGE_SIZE,
  IDS_PAGE_SIZE,
  PROGRESS_COUNT_AFTER_PAGES,
  naiveRestCalls,
  plannedRestCalls,
  restCallLowerBound,
  shouldCountForProgress,
} from '../../../src/domain/evidence';

describe('REST calls of an evidence report', () => {
  it('have a lower bound of one call per full page, and at least one call', () => {
    expect(restCallLowerBound(0, { pageSize: FIELDS_PAGE_SIZE })).toBe(1);
    expect(restCallLowerBound(10_000, { pageSize: FIELDS_PAGE_SIZE })).toBe(100);
    expect(restCallLowerBound(10_001, { pageSize: FIELDS_PAGE_SIZE })).toBe(101);
    expect(restCallLowerBound(50_000, { pageSize: IDS_PAGE_SIZE })).toBe(10);
  });

  it.each([
    [0, 1],
    [100, 1],
    [2_000, 20],
    [2_001, 22],
    [10_000, 101],
    [50_000, 501],
  ])('for %i issues the plan makes %i calls', (issues, calls) => {
    expect(plannedRestCalls(issues).total).toBe(calls);
  });

  it('stay within 1.05 × the lower bound for any number of issues', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (issues) => {
        expect(plannedRestCalls(issues).total).toBeLessThanOrEqual(1.05 * restCallLowerBound(issues, { pageSize: FIELDS_PAGE_SIZE }));
      }),
      { numRuns: 1000 },
    );
  });

  it('are a fraction of the naive one-call-per-issue approach', () => {
    expect(naiveRestCalls(10_000)).toBe(10_002);
    expect(plannedRestCalls(10_000).total / naiveRestCalls(10_000)).toBeLessThan(0.011);
  });

  it('ask for a progress total once, after the 20th page, only when more pages follow', () => {
    expect(shouldCountForProgress(PROGRESS_COUNT_AFTER_PAGES, true)).toBe(true);
    expect(shouldCountForProgress(PROGRESS_COUNT_AFTER_PAGES, false)).toBe(false);
    expect(shouldCountForProgress(PROGRESS_COUNT_AFTER_PAGES + 1, true)).toBe(false);
    expect(shouldCountForProgress(1, true)).toBe(false);
  });
});
