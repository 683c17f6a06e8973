import type { CatalogSearchInput } from '../../src/domain/schemas/catalogSearch';
import type { CatalogSearchResult } from '../../src/services/catalog/searchCatalog';
import type { ClassificationView } from '../../src/services/classification/presentClassification';
import type { ClassificationInput } from '../../src/domain/schemas/classification';
import type { AnswersEdit, VoteInput } from '../../src/domain/schemas/cab';
import type { CabAgendaRow, CabView } from '../../src/services/cab/cabView';

/** The error shape every handler returns at its boundary (DESIGN.md §3); the UI shows `message` as is. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'UNAVAILABLE';
export type ResolverError = { code: ErrorCode; message: string };
export type ResolverResult<T> = { ok: true; value: T } | { ok: false; error: ResolverError };

export type IssueContextValue = { issueId: string | null; issueKey: string | null };
export type CatalogHit = CatalogSearchResult;

/**
 * Every resolver function the Custom UI calls, with its payload and its success value, typed from the back end's
 * own schema and presenter. Components go through `callResolver`, so a renamed function fails the typecheck.
 */
export interface ResolverApi {
  getIssueContext: { payload: Record<string, never>; value: IssueContextValue };
  searchCatalog: { payload: CatalogSearchInput; value: CatalogSearchResult[] };
  getClassification: { payload: Record<string, never>; value: ClassificationView };
  saveClassification: { payload: { input: ClassificationInput }; value: ClassificationView };
  getCab: { payload: Record<string, never>; value: CabView };
  saveAnswers: { payload: AnswersEdit & { expectedVersion: number }; value: CabView };
  vote: { payload: VoteInput; value: CabView };
  exportDecision: { payload: { format: 'json' | 'csv' }; value: { filename: string; content: string } };
  listAgenda: { payload: { sort: 'risk' | 'plannedStart' }; value: CabAgendaRow[] };
}
