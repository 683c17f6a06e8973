import { z } from 'zod';
import { STANDARD_IDS } from '../../domain/catalog';
import { searchScopeRefs, type ScopeRefInfo } from '../../domain/audit/programmeScope';

export const SearchScopeInput = z.strictObject({
  query: z.string().trim().min(1, 'Type a clause number or words from its heading.').max(200, 'The search text is limited to 200 characters.'),
  standards: z.array(z.enum(STANDARD_IDS)).min(1).optional(),
});

/** The scope picker's type-ahead: clauses, controls and control groups, answered from the catalog (no Jira call). */
export function searchScope(input: z.output<typeof SearchScopeInput>): ScopeRefInfo[] {
  return searchScopeRefs(input.query, { ...(input.standards ? { standards: input.standards } : {}), limit: 20 });
}
