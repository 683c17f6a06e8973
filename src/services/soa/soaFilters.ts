import { SOA_STATUS_KEYS } from '../../ports/soaStore';

/** The SoA page's filters; a status key is an index query, the others read one standard's entries. */
export const SOA_FILTERS = ['all', 'applicable', ...SOA_STATUS_KEYS, 'incomplete'] as const;
export type SoaFilter = (typeof SOA_FILTERS)[number];
