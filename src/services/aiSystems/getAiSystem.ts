import { z } from 'zod';
import { AiSystemIdSchema } from '../../domain/aiSystems';
import type { AiSystemAuditEvent } from '../../ports/aiSystemStore';
import type { Caller } from '../soa/ports';
import { isIsmsLead } from '../soa/ismsLeads';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';
import type { AiSystemPorts } from './ports';
import { presentAiSystem, type AiSystemRow } from './presentAiSystem';

export const GetAiSystemInput = z.strictObject({ id: AiSystemIdSchema });

export async function getAiSystem(ports: AiSystemPorts, caller: Caller, input: z.infer<typeof GetAiSystemInput>): Promise<RegisterResult<AiSystemRow & { history: AiSystemAuditEvent[] }>> {
  const system = await ports.store.read(input.id);
  if (system === null) return refuse('NOT_FOUND', `${input.id} is not in the AI system register.`);
  const canEdit = system.owner === caller.accountId || (await isIsmsLead(ports.people, caller.accountId));
  return succeed({ ...presentAiSystem(system, ports.clock.now(), canEdit), history: await ports.store.history(input.id, 50) });
}
