import type { EscalationPlanConfig, ImpactDomain } from '../../domain/classification';
import { DEFAULT_CLAIM_LEASE_MS } from '../../domain/classification';
import type { ClassificationSettings } from '../../ports/classificationSettings';

/** The project, issue type and summary prefix a linked escalation issue is created with. */
export interface LinkedEscalationTarget {
  projectKey: string;
  issueTypeName: string;
  summaryPrefix: string;
}

export type LinkedDomain = Exclude<ImpactDomain, 'service'>;

/** `null` when the admin has switched the domain's escalation off (no project configured). */
export function linkedEscalationTarget(settings: ClassificationSettings, domain: LinkedDomain): LinkedEscalationTarget | null {
  if (domain === 'security') {
    return settings.securityProjectKey === null
      ? null
      : { projectKey: settings.securityProjectKey, issueTypeName: settings.securityIssueType, summaryPrefix: settings.securitySummaryPrefix };
  }
  return settings.aiProjectKey === null
    ? null
    : { projectKey: settings.aiProjectKey, issueTypeName: settings.aiIssueType, summaryPrefix: settings.aiSummaryPrefix };
}

export function escalationPlanConfig(settings: ClassificationSettings): EscalationPlanConfig {
  return {
    isEnabled: {
      service: true,
      security: linkedEscalationTarget(settings, 'security') !== null,
      ai: linkedEscalationTarget(settings, 'ai') !== null,
    },
    claimLeaseMs: DEFAULT_CLAIM_LEASE_MS,
  };
}
