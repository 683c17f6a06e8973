import { z } from 'zod';
import { SOA_STANDARDS, isSoaEntryComplete, type SoaEntry, type SoaStandard } from '../../domain/soa';
import { ensureSoa } from './ensureSoa';
import { SOA_FILTERS, type SoaFilter } from './soaFilters';
import { isIsmsLead } from './ismsLeads';
import type { Caller, SoaPorts } from './ports';
import { peopleIn, presentSoaRow, type SoaRow } from './presentSoa';
import { succeed, type RegisterResult } from './registerResult';


export const GetSoaInput = z.strictObject({
  standard: z.enum(SOA_STANDARDS, { error: `The standard is ${SOA_STANDARDS.join(' or ')}` }).optional(),
  filter: z.enum(SOA_FILTERS, { error: `The filter is one of ${SOA_FILTERS.join(', ')}` }).default('all'),
});
export type GetSoaInput = z.input<typeof GetSoaInput>;

export interface SoaView {
  rows: SoaRow[];
  /** Display names of the caller and of the owners and editors in `rows`: the owner choices. */
  people: Record<string, string>;
  canEdit: boolean;
}

async function entriesOf(ports: SoaPorts, standard: SoaStandard, filter: SoaFilter): Promise<SoaEntry[]> {
  switch (filter) {
    case 'all':
      return ports.store.list(standard);
    case 'applicable':
      return (await ports.store.list(standard)).filter((entry) => entry.applicable);
    case 'incomplete':
      return (await ports.store.list(standard)).filter((entry) => !isSoaEntryComplete(entry));
    default:
      // A status filter is an index query: only the matching entries are read.
      return ports.store.list(standard, filter);
  }
}

export async function getSoa(ports: SoaPorts, caller: Caller, input: z.output<typeof GetSoaInput>): Promise<RegisterResult<SoaView>> {
  await ensureSoa(ports.store);
  const standards = input.standard === undefined ? SOA_STANDARDS : [input.standard];
  const entries = (await Promise.all(standards.map((standard) => entriesOf(ports, standard, input.filter)))).flat();
  const [people, canEdit] = await Promise.all([ports.people.displayNames([...peopleIn(entries), caller.accountId]), isIsmsLead(ports.people, caller.accountId)]);
  return succeed({ rows: entries.map(presentSoaRow), people, canEdit });
}
