import { z } from 'zod';
import { AiSystemIdSchema, NewAiSystemSchema, type AiSystem } from '../../domain/aiSystems';
import type { Caller } from '../soa/ports';
import { isIsmsLead } from '../soa/ismsLeads';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';
import type { AiSystemPorts } from './ports';
import { presentAiSystem, type AiSystemRow } from './presentAiSystem';

/** The form sends the whole entry, so clearing an optional field (a due date) is an edit like any other. */
export const EditAiSystemInput = z.strictObject({
  id: AiSystemIdSchema,
  system: NewAiSystemSchema,
  expectedVersion: z.number({ error: 'Say which version you edited' }).int().positive(),
});

async function conflictMessage(ports: AiSystemPorts, current: AiSystem, expectedVersion: number): Promise<string> {
  const name = (await ports.people.displayNames([current.updatedBy]))[current.updatedBy] ?? current.updatedBy;
  return `${current.id} was changed by ${name} at ${current.updatedAt} (now version ${current.version}, you edited version ${expectedVersion}): reload it and apply your change again`;
}

/** The owner or an ISMS lead edits an AI system; an edit made on an older version is refused, never merged. */
export async function editAiSystem(ports: AiSystemPorts, caller: Caller, input: z.output<typeof EditAiSystemInput>): Promise<RegisterResult<AiSystemRow>> {
  const current = await ports.store.read(input.id);
  if (current === null) return refuse('NOT_FOUND', `${input.id} is not in the AI system register.`);
  if (current.owner !== caller.accountId && !(await isIsmsLead(ports.people, caller.accountId))) {
    return refuse('FORBIDDEN', `Only the owner of ${input.id} or members of ${await ports.people.ismsLeadGroup()} edit it.`);
  }
  if (current.version !== input.expectedVersion) return refuse('CONFLICT', await conflictMessage(ports, current, input.expectedVersion));

  const now = ports.clock.now();
  const next: AiSystem = { id: current.id, ...input.system, version: current.version + 1, updatedAt: now.toISOString(), updatedBy: caller.accountId };
  const event = { kind: 'ai-system-edited' as const, systemId: current.id, actor: caller.accountId, at: next.updatedAt, version: next.version, before: current, after: next };
  if (!(await ports.store.write(next, current.version, event))) {
    const latest = (await ports.store.read(input.id)) ?? current;
    return refuse('CONFLICT', await conflictMessage(ports, latest, input.expectedVersion));
  }
  return succeed(presentAiSystem(next, now, true));
}
