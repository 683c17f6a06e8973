import { z } from 'zod';
import { NewAiSystemSchema, aiSystemIdFor, type AiSystem } from '../../domain/aiSystems';
import type { Caller } from '../soa/ports';
import { isIsmsLead, onlyIsmsLeads } from '../soa/ismsLeads';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';
import type { AiSystemPorts } from './ports';
import { presentAiSystem, type AiSystemRow } from './presentAiSystem';

export const CreateAiSystemInput = z.strictObject({ system: NewAiSystemSchema });

// The counter never repeats a number; a taken id means a system was stored outside the counter, so skip it.
const MAX_ID_ATTEMPTS = 5;

/** Adds an AI system under the next `AIS-<n>`; ISMS leads keep the register. */
export async function createAiSystem(ports: AiSystemPorts, caller: Caller, input: z.output<typeof CreateAiSystemInput>): Promise<RegisterResult<AiSystemRow>> {
  if (!(await isIsmsLead(ports.people, caller.accountId))) {
    return refuse('FORBIDDEN', await onlyIsmsLeads(ports.people, 'add AI systems to the register'));
  }
  const now = ports.clock.now();
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt += 1) {
    const system: AiSystem = { id: aiSystemIdFor(await ports.store.takeNextNumber()), ...input.system, version: 1, updatedAt: now.toISOString(), updatedBy: caller.accountId };
    const event = { kind: 'ai-system-created' as const, systemId: system.id, actor: caller.accountId, at: system.updatedAt, version: 1, before: null, after: system };
    if (await ports.store.create(system, event)) return succeed(presentAiSystem(system, now, true));
  }
  return refuse('CONFLICT', 'Could not give the AI system a register number. Try again in a moment.');
}
