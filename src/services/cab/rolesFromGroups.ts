import { CAB_ROLES, type CabRole } from '../../domain/schemas/cab';

/** The CAB roles a user holds through their Jira groups (settings `roleGroups`), in the domain's role order. */
export function rolesFromGroups(groups: readonly string[], roleGroups: Readonly<Record<string, readonly CabRole[]>>): CabRole[] {
  const held = new Set(groups.flatMap((group) => roleGroups[group] ?? []));
  return CAB_ROLES.filter((role) => held.has(role));
}
