import { z } from 'zod';
import { EvidenceReportDefinitionSchema } from '../../domain/schemas/evidence';
import { parsePayload, type HandlerResult } from '../../handlers/shared/result';
import type { Clock } from '../../ports/clock';
import type { EvidenceDefinitionStore } from '../../ports/evidence';
import type { SavedEvidenceDefinition } from './evidenceView';

export const SaveDefinitionInput = z.object({
  id: z.string().min(1).max(100).optional(),
  name: z.string().trim().min(1, 'A report name cannot be blank').max(255, 'A report name is at most 255 characters'),
  definition: z.unknown(),
});

/**
 * Saves a report definition for the ISMS team to re-run. The definition is checked now, but stored as sent:
 * defaults applied at run time follow the app, and a relative period stays relative.
 */
export async function saveDefinition(
  deps: { definitions: EvidenceDefinitionStore; clock: Clock; newId: () => string },
  payload: unknown,
  accountId: string,
): Promise<HandlerResult<SavedEvidenceDefinition>> {
  const input = parsePayload(SaveDefinitionInput, payload);
  if (!input.ok) return input;
  const definition = parsePayload(EvidenceReportDefinitionSchema, input.value.definition);
  if (!definition.ok) return definition;
  const existing = input.value.id === undefined ? undefined : await deps.definitions.get(input.value.id);
  if (input.value.id !== undefined && existing === undefined) return { ok: false, error: { code: 'NOT_FOUND', message: `No saved report ${input.value.id}` } };
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

export async function deleteDefinition(definitions: EvidenceDefinitionStore, id: string): Promise<HandlerResult<{ deleted: true }>> {
  if ((await definitions.get(id)) === undefined) return { ok: false, error: { code: 'NOT_FOUND', message: `No saved report ${id}` } };
  await definitions.delete(id);
  return { ok: true, value: { deleted: true } };
}
