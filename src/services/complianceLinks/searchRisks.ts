import type { RiskSummary } from '../../ports/complianceLinks';
import type { ComplianceLinksPorts } from './ports';

/** Risk scenarios for the panel's risk picker; an empty query finds nothing rather than the whole register. */
export async function searchRisks(ports: Pick<ComplianceLinksPorts, 'risks'>, query: string): Promise<RiskSummary[]> {
  const text = query.trim();
  return text === '' ? [] : ports.risks.search(text);
}
