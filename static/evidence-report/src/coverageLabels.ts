import type { CoverageStatus } from '../../../src/domain/evidence/coverageTypes';

export const STATUS_LOZENGE: Readonly<Record<CoverageStatus, { text: string; appearance: 'success' | 'moved' | 'removed' }>> = {
  covered: { text: 'covered', appearance: 'success' },
  stale: { text: 'stale', appearance: 'moved' },
  missing: { text: 'gap', appearance: 'removed' },
};
