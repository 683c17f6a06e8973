import { z } from 'zod';
import { SoaControlIdSchema, SoaEntryEditSchema, editSoaEntry } from '../../domain/soa';
import { ensureSoa } from './ensureSoa';
import { isIsmsLead, onlyIsmsLeads } from './ismsLeads';
import type { Caller, SoaPorts } from './ports';
import { presentSoaRow, type SoaRow } from './presentSoa';
import { refuse, succeed, type RegisterResult } from './registerResult';

export const EditEntryInput = z.strictObject({
  controlId: SoaControlIdSchema,
  edit: SoaEntryEditSchema,
  expectedVersion: z.number({ error: 'Say which version you edited' }).int().positive(),
});
export type EditEntryInput = z.infer<typeof EditEntryInput>;

// A lost write means someone else stored a version in between; the next round reports that as a conflict.
const MAX_WRITE_ATTEMPTS = 3;

/** The conflict message names the editor as people know them, not by account id. */
async function withDisplayName(ports: SoaPorts, message: string, accountId: string | null): Promise<string> {
  if (accountId === null) return message;
  const name = (await ports.people.displayNames([accountId]))[accountId];
  return name === undefined ? message : message.replace(accountId, name);
}

/** Edits one SoA entry made on `expectedVersion`; only ISMS leads may, and a stale edit is refused, never merged. */
export async function editEntry(ports: SoaPorts, caller: Caller, input: EditEntryInput): Promise<RegisterResult<SoaRow>> {
  if (!(await isIsmsLead(ports.people, caller.accountId))) {
    return refuse('FORBIDDEN', await onlyIsmsLeads(ports.people, 'edit the Statement of Applicability'));
  }
  await ensureSoa(ports.store);
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    const current = await ports.store.read(input.controlId);
    if (current === null) return refuse('NOT_FOUND', `${input.controlId} is not in the Statement of Applicability.`);
    const result = editSoaEntry(current, input.edit, input.expectedVersion, caller, ports.clock.now());
    if (!result.ok) {
      const message = result.error.code === 'CONFLICT' ? await withDisplayName(ports, result.error.message, current.updatedBy) : result.error.message;
      return refuse(result.error.code, message);
    }
    if (result.events.length === 0) return succeed(presentSoaRow(result.entry));
    if (await ports.store.write(result.entry, current.version, result.events)) return succeed(presentSoaRow(result.entry));
  }
  return refuse('CONFLICT', `${input.controlId} is being changed by someone else right now. Reload it and try again.`);
}
