import { z } from 'zod';
import { DEFAULT_APPROVAL_POLICY, DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_RISK_MATRIX } from '../domain/cab';
import { ApprovalPolicySchema, CAB_ROLES, ChecklistTemplateSchema, RiskMatrixSchema } from '../domain/schemas/cab';

const groupName = z.string().trim().min(1, { error: 'A group name cannot be empty' });

/**
 * The CAB configuration of a site. The defaults work on the workbench's demo site; the admin page stores
 * overrides under one KVS key. Group names are Jira group names; a user holds every role of every group they are in.
 */
export const CabSettingsSchema = z.strictObject({
  /** Issue type names the CAB acts on; the checklist and its votes exist only on issues of these types. */
  changeIssueTypes: z.array(z.string().trim().min(1, { error: 'An issue type name cannot be empty' })).min(1, { error: 'Name at least one change issue type' }).default(['Change']),
  template: ChecklistTemplateSchema.default(DEFAULT_CHECKLIST_TEMPLATE),
  matrix: RiskMatrixSchema.default(DEFAULT_RISK_MATRIX),
  policy: ApprovalPolicySchema.default(DEFAULT_APPROVAL_POLICY),
  /** Target statuses (names, as in the workflow) a change may only enter once the CAB approved it. */
  gatedStatuses: z.array(z.string().trim().min(1, { error: 'A status name cannot be empty' })).default(['Implementing']),
  roleGroups: z
    .record(groupName, z.array(z.enum(CAB_ROLES)).min(1))
    .default({
      // The demo site has no separate change managers or ECAB: the CAB members act as both.
      'cab-members': ['cab-member', 'change-manager', 'ecab-member'],
      // The ISMS leads are the security approvers (ISO 27001 A.8.32 asks for the security view on every change).
      'isms-leads': ['isms-lead', 'security-approver'],
      'ai-governance': ['ai-system-owner'],
    }),
  /** Jira field read as the planned start on the agenda; `duedate` until the site has a dedicated field. */
  plannedStartField: z.string().min(1).default('duedate'),
});
export type CabSettings = z.infer<typeof CabSettingsSchema>;

export const DEFAULT_CAB_SETTINGS: CabSettings = CabSettingsSchema.parse({});
