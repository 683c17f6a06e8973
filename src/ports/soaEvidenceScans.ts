import type { CoverageCheckpoint } from '../domain/evidence';

/** An SoA evidence count that has not finished in one invocation: where its search stopped and what it counted. */
export interface SoaEvidenceScan {
  staleAfterDays: number;
  /** When the count started: every chunk judges staleness against this instant. */
  startedAt: string;
  nextPageToken: string;
  searchCalls: number;
  issuesScanned: number;
  checkpoint: CoverageCheckpoint;
}

/** One unfinished scan per user: the search runs as that user, so nobody resumes another's counts. */
export interface SoaEvidenceScanStore {
  load(accountId: string): Promise<SoaEvidenceScan | undefined>;
  save(accountId: string, scan: SoaEvidenceScan): Promise<void>;
  clear(accountId: string): Promise<void>;
}
