import { z } from 'zod';
import { DEFAULT_NIS2_SEVERITY_THRESHOLD, DEFAULT_PRIORITY_BY_SEVERITY, SEVERITIES } from '../domain/classification';

const jiraName = (label: string) => z.string({ error: `${label} is a name` }).trim().min(1, { error: `${label} cannot be empty` });
const projectKey = (label: string) => z.string({ error: `${label} is a Jira project key, e.g. SEC` }).regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: `${label} is a Jira project key, e.g. SEC` });

const summaryPrefix = (label: string) => z.string({ error: `${label} is text` }).max(20, { error: `${label} is at most 20 characters` });
const regime = (label: string) => z.boolean({ error: `${label} is switched on or off (true or false)` });

/**
 * Where escalations go and which clocks run, per site. The defaults work on the workbench's demo site; the admin
 * page (issue 5, item 4) stores overrides. An absent project key switches that domain's escalation off.
 */
export const ClassificationSettingsSchema = z.strictObject({
  securityProjectKey: projectKey('The security project').nullable().default('SEC'),
  securityIssueType: jiraName('The security issue type').default('Security incident'),
  securitySummaryPrefix: summaryPrefix('The security summary prefix').default('[SEC]'),
  aiProjectKey: projectKey('The AI governance project').nullable().default('AIG'),
  aiIssueType: jiraName('The AI issue type').default('AI incident'),
  aiSummaryPrefix: summaryPrefix('The AI summary prefix').default('[AI]'),
  /** Assignee of AI escalations when no AI system owner is known; `null` leaves them unassigned. */
  defaultAiOwnerAccountId: z
    .string({ error: 'The default AI owner is an Atlassian account id' })
    .trim()
    .min(1, { error: 'The default AI owner is an Atlassian account id, or none' })
    .nullable()
    .default(null),
  escalationLinkType: jiraName('The escalation link type').default('Escalates'),
  priorityBySeverity: z
    .strictObject({
      1: jiraName('The priority for severity 1'),
      2: jiraName('The priority for severity 2'),
      3: jiraName('The priority for severity 3'),
      4: jiraName('The priority for severity 4'),
    })
    .default({ ...DEFAULT_PRIORITY_BY_SEVERITY }),
  regimes: z
    .strictObject({ gdpr: regime('GDPR Art. 33'), nis2: regime('NIS2 Art. 23'), aiAct: regime('EU AI Act Art. 73') })
    .default({ gdpr: true, nis2: true, aiAct: true }),
  nis2SeverityThreshold: z
    .number({ error: 'The NIS2 threshold is a severity from 1 to 4' })
    .refine((value): value is (typeof SEVERITIES)[number] => (SEVERITIES as readonly number[]).includes(value), {
      error: 'The NIS2 threshold is a severity from 1 to 4',
    })
    .default(DEFAULT_NIS2_SEVERITY_THRESHOLD),
  ismsLeadGroup: jiraName('The ISMS lead group').default('isms-leads'),
});
export type ClassificationSettings = z.infer<typeof ClassificationSettingsSchema>;

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = ClassificationSettingsSchema.parse({});
