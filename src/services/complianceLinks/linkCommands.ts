import { addClause, addRisk, removeClause, removeRisk } from '../../domain/complianceLinks';
import { RiskIdSchema } from '../../domain/schemas/risk';
import type { ComplianceLinksPorts } from './ports';
import { changeLinks } from './changeLinks';
import { refuse, succeed, type LinksResult } from './linksResult';
import type { LinksView } from './presentLinks';

/** The four panel actions; ids are validated by the domain commands (a bare `A.5.24` is refused as ambiguous). */

export const linkClause = (ports: ComplianceLinksPorts, issueId: string, accountId: string, clauseId: string): Promise<LinksResult<LinksView>> =>
  changeLinks(ports, issueId, accountId, (links, change) => addClause(links, clauseId, change));

export const unlinkClause = (ports: ComplianceLinksPorts, issueId: string, accountId: string, clauseId: string): Promise<LinksResult<LinksView>> =>
  changeLinks(ports, issueId, accountId, (links, change) => removeClause(links, clauseId, change));

/** Only a risk scenario of the register can be linked; unlinking works even after it left the register. */
export function linkRisk(ports: ComplianceLinksPorts, issueId: string, accountId: string, riskId: string): Promise<LinksResult<LinksView>> {
  const inRegister = async (): Promise<LinksResult<void>> => {
    const parsed = RiskIdSchema.safeParse(riskId.trim());
    // A malformed id is the domain command's to explain.
    if (!parsed.success || (await ports.risks.exists(parsed.data))) return succeed(undefined);
    return refuse('INVALID_INPUT', `${parsed.data} is not in the risk register`);
  };
  return changeLinks(ports, issueId, accountId, (links, change) => addRisk(links, riskId, change), inRegister);
}

export const unlinkRisk = (ports: ComplianceLinksPorts, issueId: string, accountId: string, riskId: string): Promise<LinksResult<LinksView>> =>
  changeLinks(ports, issueId, accountId, (links, change) => removeRisk(links, riskId, change));
