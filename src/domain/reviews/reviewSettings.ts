import { z } from 'zod';

const months = (label: string) =>
  z
    .number({ error: `${label} is a number of months` })
    .int({ error: `${label} is a whole number of months` })
    .min(1, { error: `${label} is at least 1 month` })
    .max(60, { error: `${label} is at most 60 months` });

const accountId = (label: string) => z.string({ error: `${label} is an Atlassian account id` }).trim().min(1, { error: `${label} is an Atlassian account id` }).max(128);

// The id is part of storage keys and Jira labels: no spaces, only the characters both accept.
const POLICY_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const ReviewedPolicySchema = z.strictObject({
  id: z.string({ error: 'The policy id is text' }).regex(POLICY_ID, { error: 'The policy id is lower-case letters, digits and dashes (at most 40), e.g. access-control' }),
  name: z.string({ error: 'The policy name is text' }).trim().min(1, { error: 'The policy name is required' }).max(120, { error: 'The policy name is at most 120 characters' }),
  owner: accountId('The policy owner'),
  cadenceMonths: months('The policy review cadence'),
  lastReviewedOn: z.iso.date({ error: 'The last review date is written YYYY-MM-DD' }),
});
export type ReviewedPolicy = z.infer<typeof ReviewedPolicySchema>;

/**
 * How the recurring reviews run on this site. The defaults work on the demo site: tasks go to the IMS project as
 * Tasks, two weeks ahead of their due date. Stored by the admin page; read by the daily scheduled trigger.
 */
export const RecurringReviewSettingsSchema = z.strictObject({
  leadTimeDays: z
    .number({ error: 'The lead time is a number of days' })
    .int({ error: 'The lead time is a whole number of days' })
    .min(0, { error: 'The lead time is at least 0 days' })
    .max(180, { error: 'The lead time is at most 180 days' })
    .default(14),
  projectKey: z.string({ error: 'The project is a Jira project key, e.g. IMS' }).regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'The project is a Jira project key, e.g. IMS' }).default('IMS'),
  issueTypeName: z.string({ error: 'The issue type is a name' }).trim().min(1, { error: 'The issue type cannot be empty' }).max(60).default('Task'),
  soaReviewMonths: months('The SoA review cadence').default(12),
  /** Who reviews the SoA; null: the digest owner. */
  soaOwner: accountId('The SoA owner').nullable().default(null),
  aiImpactReviewMonths: months('The AI impact assessment cadence').default(12),
  staleEvidenceDays: z
    .number({ error: 'Stale after is a number of days' })
    .int({ error: 'Stale after is a whole number of days' })
    .min(1, { error: 'Stale after is at least 1 day' })
    .max(3650, { error: 'Stale after is at most 3650 days' })
    .default(90),
  /** Who gets the digest; null: the lead of the review project (the ISMS lead on the demo site). */
  digestOwner: accountId('The digest owner').nullable().default(null),
  policies: z
    .array(ReviewedPolicySchema)
    .max(50, { error: 'At most 50 policies' })
    .refine((policies) => new Set(policies.map((policy) => policy.id)).size === policies.length, { error: 'Two policies share an id' })
    .default([]),
});
export type RecurringReviewSettings = z.infer<typeof RecurringReviewSettingsSchema>;

export const DEFAULT_RECURRING_REVIEW_SETTINGS: RecurringReviewSettings = RecurringReviewSettingsSchema.parse({});
