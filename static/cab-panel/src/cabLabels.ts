import type { CabRole, CabStatus, ChangeType, RiskClass } from '../../../src/domain/schemas/cab';

export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

export const STATUS_APPEARANCE: Record<CabStatus, LozengeAppearance> = {
  'not started': 'default',
  'in review': 'inprogress',
  approved: 'success',
  rejected: 'removed',
  invalidated: 'moved',
};

export const RISK_APPEARANCE: Record<RiskClass, LozengeAppearance> = {
  low: 'success',
  medium: 'moved',
  high: 'removed',
  critical: 'removed',
};

export const CHANGE_TYPE_NAMES: Record<ChangeType, string> = {
  standard: 'Standard change',
  normal: 'Normal change',
  emergency: 'Emergency change',
};

/** `2026-11-24T07:00:00.000Z` → `2026-11-24 07:00 UTC`: CAB members sit in several zones; the record speaks one. */
export function utcText(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// The domain's roleName lives in approvals.ts, which imports node:crypto (answers hash) and cannot be bundled for
// the browser; these are the same names, kept to the domain's wording.
const ROLE_NAMES: Record<CabRole, string> = {
  'change-manager': 'change manager',
  'cab-member': 'CAB member',
  'security-approver': 'security approver',
  'ai-system-owner': 'AI system owner',
  'isms-lead': 'ISMS lead',
  'ecab-member': 'ECAB member',
};

export const roleName = (role: CabRole): string => ROLE_NAMES[role];

/** "2 CAB members", "Security approver": a requirement as the approvals list reads it. */
export function roleLabel(role: CabRole, count: number): string {
  const name = roleName(role);
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return count === 1 ? capitalised : `${count} ${name}s`;
}
