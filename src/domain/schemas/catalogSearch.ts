import { z } from 'zod';
import { STANDARD_IDS } from '../catalog';

/** What the compliance panel's clause picker sends: the typed text and, optionally, the standards to search. */
export const CatalogSearchInput = z.object({
  query: z.string().trim().min(1, 'Type a clause number or words from its heading.').max(200, 'The search text is limited to 200 characters.'),
  standards: z.array(z.enum(STANDARD_IDS)).min(1).optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export type CatalogSearchInput = z.infer<typeof CatalogSearchInput>;
