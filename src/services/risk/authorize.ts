import type { Risk } from '../../domain/schemas/risk';
import type { Caller, RiskPorts } from './ports';

/**
 * Who may do what in the register (one place, like a policy):
 * - view: anyone who can open Jira's global pages (the register holds no issue data; linked issues are searched
 *   as the caller, so Jira hides what they may not browse);
 * - create, import, edit any risk: members of the configured editor groups (`isms-leads` by default);
 * - edit and review their own risk: its owner; accept its residual risk: only its owner (domain rule).
 * Groups come from Jira as the app for `context.accountId`, never from the payload.
 */
export interface RegisterRole {
  isEditor: boolean;
}

export async function registerRoleOf(ports: Pick<RiskPorts, 'store' | 'appJira'>, caller: Caller): Promise<RegisterRole> {
  const [settings, groups] = await Promise.all([ports.store.settings(), ports.appJira.groupsOf(caller.accountId)]);
  return { isEditor: groups.some((group) => settings.editorGroups.includes(group)) };
}

export const mayEditRisk = (role: RegisterRole, caller: Caller, risk: Pick<Risk, 'owner'>): boolean => role.isEditor || risk.owner === caller.accountId;

export const NOT_AN_EDITOR = 'Only ISMS leads (the register editor groups) can create or import risks.';
export const notAllowedToEdit = (risk: Pick<Risk, 'id'>) => `Only ISMS leads and the owner of ${risk.id} can change it.`;
