/** Recurring reviews: which review tasks should exist on a day, their Jira content and the ISMS lead's digest. */
export { addDays, addMonths, dayOf } from './calendarDays';
export { planReviewTasks, reviewHorizon, type ReviewPlanInput } from './planReviewTasks';
export { REVIEW_KINDS, REVIEW_LABEL, reviewTaskKey, reviewTaskLabel, type ReviewItem, type ReviewKind, type ReviewTask } from './reviewTask';
export { aiImpactReviewItem, policyReviewItem, riskReviewItem, soaReviewItem, type AiImpactFacts, type RiskReviewFacts, type SoaApproval } from './reviewItems';
export { DEFAULT_RECURRING_REVIEW_SETTINGS, RecurringReviewSettingsSchema, ReviewedPolicySchema, type RecurringReviewSettings, type ReviewedPolicy } from './reviewSettings';
export { reviewKindName, reviewTaskDescription, reviewTaskSummary } from './taskContent';
export { DIGEST_SUMMARY, digestComment, digestIssueDescription, type DigestEntry, type DigestInput } from './digest';
