import { builtinCatalog, clauseIdParts, type ClauseId, type StandardId } from '../../domain/catalog';
import { linkSuggestions, type LinkSuggestion } from '../../domain/complianceLinks';
import type { ComplianceLinks } from '../../domain/schemas/complianceLinks';
import type { RiskId } from '../../domain/schemas/risk';
import type { RiskSummary } from '../../ports/complianceLinks';

export interface LinkedClause {
  id: ClauseId;
  standard: StandardId;
  ref: string;
  title: string;
}

export interface LinkedRisk {
  id: RiskId;
  title: string;
  /** False when the risk left the register after it was linked: the link stays until someone removes it. */
  inRegister: boolean;
}

/** What the panel shows: the stored links, with titles, and the suggestions they lead to. */
export interface LinksView {
  links: ComplianceLinks;
  clauses: LinkedClause[];
  risks: LinkedRisk[];
  suggestions: LinkSuggestion[];
  canEdit: boolean;
}

export function presentLinks(links: ComplianceLinks, registerRisks: readonly (RiskSummary | null)[], canEdit: boolean): LinksView {
  const catalog = builtinCatalog();
  const clauses = links.clauses.map((id) => {
    const { standard, ref } = clauseIdParts(id);
    return { id, standard, ref, title: catalog.lookup(id)?.title ?? 'No longer in the catalog' };
  });
  const risks = links.risks.map((id, index) => {
    const found = registerRisks[index] ?? null;
    return { id, title: found?.title ?? 'Not in the risk register', inRegister: found !== null };
  });
  return { links, clauses, risks, suggestions: linkSuggestions(links.clauses, catalog), canEdit };
}
