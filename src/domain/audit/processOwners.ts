import { z } from 'zod';
import type { ClauseId } from '../catalog';
import { AccountIdSchema, IsoInstantSchema } from '../schemas/risk';
import { ScopeRefSchema } from './programmeScope';

/**
 * Who owns which process, per clause group: `ISO20000-1:8.5.1` (change management) → the change manager,
 * `ISO27001:A.8` (technological controls) → the IT security officer. A group is any scope ref, so a process owner
 * can be named at the level the organisation actually assigns processes.
 */

const MAX_GROUPS = 200;
const MAX_OWNERS_PER_GROUP = 20;

export const ProcessOwnerGroupSchema = z.strictObject({
  group: ScopeRefSchema,
  owners: z
    .array(AccountIdSchema)
    .min(1, { error: 'Name at least one owner, or remove the clause group' })
    .max(MAX_OWNERS_PER_GROUP, { error: `At most ${MAX_OWNERS_PER_GROUP} owners per clause group` })
    .refine((owners) => new Set(owners).size === owners.length, { error: 'An owner is named twice' }),
});
export type ProcessOwnerGroup = z.infer<typeof ProcessOwnerGroupSchema>;

export const ProcessOwnerGroupsSchema = z
  .array(ProcessOwnerGroupSchema)
  .max(MAX_GROUPS, { error: `At most ${MAX_GROUPS} clause groups` })
  .refine((groups) => new Set(groups.map((entry) => entry.group)).size === groups.length, { error: 'A clause group is listed twice: merge its owners into one row' });

export const ProcessOwnersSchema = z.strictObject({
  groups: z.array(z.strictObject({ group: z.string().transform((id) => id as ClauseId), owners: z.array(AccountIdSchema) })),
  /** 0 before anyone saved them: the first save expects version 0. */
  version: z.number().int().nonnegative(),
  updatedAt: IsoInstantSchema.nullable(),
  updatedBy: AccountIdSchema.nullable(),
});
export type ProcessOwners = z.infer<typeof ProcessOwnersSchema>;

export const NO_PROCESS_OWNERS: ProcessOwners = { groups: [], version: 0, updatedAt: null, updatedBy: null };
