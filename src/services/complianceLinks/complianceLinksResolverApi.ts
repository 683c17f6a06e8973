import type { RiskSummary } from '../../ports/complianceLinks';
import type { LinksView } from './presentLinks';

/** The compliance panel's resolver calls, for the typed client in static/shared/resolverApi.ts. */
export interface ComplianceLinksResolverApi {
  getLinks: { payload: Record<string, never>; value: LinksView };
  linkClause: { payload: { clauseId: string }; value: LinksView };
  unlinkClause: { payload: { clauseId: string }; value: LinksView };
  linkRisk: { payload: { riskId: string }; value: LinksView };
  unlinkRisk: { payload: { riskId: string }; value: LinksView };
  searchRisks: { payload: { query: string }; value: RiskSummary[] };
}
