import { z } from 'zod';
import { DEFAULT_NIS2_SEVERITY_THRESHOLD, DEFAULT_PRIORITY_BY_SEVERITY, SEVERITIES } from '../domain/classification';

const jiraName = (label: string) => z.string({ error: `${label} is a name` }).trim().min(1, { error: `${label} cannot be empty` });
const projectKey = (label: string) => z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: `${label} is a Jira project key, e.g. SEC` });

/**
 * Where escalations go and which clocks run, per site. The defaults work on the workbench's demo site; the admin
 * page (issue 5, item 4) stores overrides. An absent project key switches that domain's escalation off.
 */
export const ClassificationSettingsSchema = z.strictObject({
  securityProjectKey: projectKey('The security project').nullable().default('SEC'),
  securityIssueType: jiraName('The security issue type').default('Security incident'),
  securitySummaryPrefix: z.string().max(20).default('[SEC]'),
  aiProjectKey: projectKey('The AI governance project').nullable().default('AIG'),
  aiIssueType: jiraName('The AI issue type').default('AI incident'),
  aiSummaryPrefix: z.string().max(20).default('[AI]'),
  /** Assignee of AI escalations when no AI system owner is known; `null` leaves them unassigned. */
  defaultAiOwnerAccountId: z.string().min(1).nullable().default(null),
  escalationLinkType: jiraName('The escalation link type').default('Escalates'),
  priorityBySeverity: z
    .strictObject({ 1: jiraName('Priority'), 2: jiraName('Priority'), 3: jiraName('Priority'), 4: jiraName('Priority') })
    .default({ ...DEFAULT_PRIORITY_BY_SEVERITY }),
  regimes: z.strictObject({ gdpr: z.boolean(), nis2: z.boolean(), aiAct: z.boolean() }).default({ gdpr: true, nis2: true, aiAct: true }),
  nis2SeverityThreshold: z
    .number()
    .refine((value): value is (typeof SEVERITIES)[number] => (SEVERITIES as readonly number[]).includes(value), {
      error: 'The NIS2 threshold is a severity from 1 to 4',
    })
    .default(DEFAULT_NIS2_SEVERITY_THRESHOLD),
  ismsLeadGroup: jiraName('The ISMS lead group').default('isms-leads'),
});
export type ClassificationSettings = z.infer<typeof ClassificationSettingsSchema>;

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = ClassificationSettingsSchema.parse({});
