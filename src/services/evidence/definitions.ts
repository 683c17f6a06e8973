import { z } from 'zod';
import { EvidenceReportDefinitionSchema } from '../../domain/schemas/evidence';
import { parsePayload, type HandlerResult } from '../../handlers/shared/result';
import type { Clock } from '../../ports/clock';
import type { EvidenceDefinitionStore } from '../../ports/evidence';
import type { PeopleDirectory } from '../../ports/soaPeople';
import { isIsmsLead } from '../soa/ismsLeads';
import type { SavedEvidenceDefinition } from './evidenceView';

export const SaveDefinitionInput = z.object({
  id: z.string().min(1).max(100).optional(),
  name: z.string().trim().min(1, 'A report name cannot be blank').max(255, 'A report name is at most 255 characters'),
  definition: z.unknown(),
});

/** Saved reports are shared with everyone who runs reports; only who saved one, or an ISMS lead, changes or deletes it. */
async function mayChange(people: PeopleDirectory, saved: SavedEvidenceDefinition, accountId: string): Promise<boolean> {
  return saved.savedBy === accountId || (await isIsmsLead(people, accountId));
}

const notYours = async (people: PeopleDirectory, saved: SavedEvidenceDefinition, action: string) => ({
  ok: false as const,
  error: { code: 'FORBIDDEN' as const, message: `Only who saved "${saved.name}", or a member of ${await people.ismsLeadGroup()}, ${action} it. Save it under a new name instead.` },
});

/**
 * Saves a report definition for the ISMS team to re-run. The definition is checked now, but stored as sent:
 * defaults applied at run time follow the app, and a relative period stays relative.
 */
export async function saveDefinition(
  deps: { definitions: EvidenceDefinitionStore; people: PeopleDirectory; clock: Clock; newId: () => string },
  payload: unknown,
  accountId: string,
): Promise<HandlerResult<SavedEvidenceDefinition>> {
  const input = parsePayload(SaveDefinitionInput, payload);
  if (!input.ok) return input;
  const definition = parsePayload(EvidenceReportDefinitionSchema, input.value.definition);
  if (!definition.ok) return definition;
  const existing = input.value.id === undefined ? undefined : await deps.definitions.get(input.value.id);
  if (input.value.id !== undefined && existing === undefined) return { ok: false, error: { code: 'NOT_FOUND', message: `No saved report ${input.value.id}` } };
  if (existing !== undefined && !(await mayChange(deps.people, existing, accountId))) return notYours(deps.people, existing, 'overwrites');
  const saved: SavedEvidenceDefinition = {
    id: existing?.id ?? deps.newId(),
    name: input.value.name,
    definition: input.value.definition as SavedEvidenceDefinition['definition'],
    savedBy: accountId,
    savedAt: deps.clock.now().toISOString(),
  };
  await deps.definitions.put(saved);
  return { ok: true, value: saved };
}

export async function listDefinitions(definitions: EvidenceDefinitionStore): Promise<HandlerResult<SavedEvidenceDefinition[]>> {
  const all = await definitions.list();
  return { ok: true, value: [...all].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function deleteDefinition(
  deps: { definitions: EvidenceDefinitionStore; people: PeopleDirectory },
  id: string,
  accountId: string,
): Promise<HandlerResult<{ deleted: true }>> {
  const saved = await deps.definitions.get(id);
  if (saved === undefined) return { ok: false, error: { code: 'NOT_FOUND', message: `No saved report ${id}` } };
  if (!(await mayChange(deps.people, saved, accountId))) return notYours(deps.people, saved, 'deletes');
  await deps.definitions.delete(id);
  return { ok: true, value: { deleted: true } };
}
