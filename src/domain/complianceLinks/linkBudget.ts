import type { ComplianceLinks } from '../schemas/complianceLinks';

/**
 * `jira:entityProperty` indexes at most 100 values of one property for JQL; values past that are stored but
 * silently unsearchable. Every clause, its standard and every risk is one indexed value, so links stop at 100.
 */
export const MAX_INDEXED_LINK_VALUES = 100;

export function indexedValueCount(links: Pick<ComplianceLinks, 'clauses' | 'standards' | 'risks'>): number {
  return links.clauses.length + links.standards.length + links.risks.length;
}

const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Undefined when the links fit, otherwise the message the user sees. */
export function overBudgetMessage(links: Pick<ComplianceLinks, 'clauses' | 'standards' | 'risks'>): string | undefined {
  const count = indexedValueCount(links);
  if (count <= MAX_INDEXED_LINK_VALUES) return undefined;
  return (
    `This link would make ${count} searchable values (${counted(links.clauses.length, 'clause')}, ${counted(links.standards.length, 'standard')}, ` +
    `${counted(links.risks.length, 'risk')}); Jira searches at most ${MAX_INDEXED_LINK_VALUES} per issue: remove a link first, ` +
    'or link the parent clause instead of each sub-clause'
  );
}
