import { z } from 'zod';
import { AI_LIFECYCLE_STAGES } from '../../domain/aiSystems';
import type { Caller } from '../soa/ports';
import { isIsmsLead } from '../soa/ismsLeads';
import { succeed, type RegisterResult } from '../soa/registerResult';
import type { AiSystemPorts } from './ports';
import { presentAiSystem, type AiSystemRow } from './presentAiSystem';

export const ListAiSystemsInput = z.strictObject({
  owner: z.string().min(1).optional(),
  lifecycleStage: z.enum(AI_LIFECYCLE_STAGES).optional(),
  onlyWithProblems: z.boolean().default(false),
});

export interface AiSystemRegisterView {
  rows: AiSystemRow[];
  people: Record<string, string>;
  /** ISMS leads add systems; owners edit their own. */
  canCreate: boolean;
}

export async function listAiSystems(ports: AiSystemPorts, caller: Caller, input: z.output<typeof ListAiSystemsInput>): Promise<RegisterResult<AiSystemRegisterView>> {
  const query = { ...(input.owner === undefined ? {} : { owner: input.owner }), ...(input.lifecycleStage === undefined ? {} : { lifecycleStage: input.lifecycleStage }) };
  const [systems, isLead] = await Promise.all([ports.store.list(query), isIsmsLead(ports.people, caller.accountId)]);
  const now = ports.clock.now();
  const rows = systems
    .map((system) => presentAiSystem(system, now, isLead || system.owner === caller.accountId))
    .filter((row) => !input.onlyWithProblems || row.problems.length > 0);
  const people = await ports.people.displayNames([...new Set(rows.flatMap((row) => [row.system.owner, row.system.updatedBy]))]);
  return succeed({ rows, people, canCreate: isLead });
}
