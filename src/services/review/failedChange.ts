import type { ReviewIssue } from './reviewTypes';

/**
 * Neither the CAB record nor the change workflow knows a failed change: the CAB decides before implementation,
 * and the change workflow (Draft → In Review → Approved → Implementing → Done, or Rejected / Cancelled) has no
 * failure status. What a site does have after a failed implementation is a resolution or a label, so a change
 * counts as failed when it is resolved "Failed" or "Rolled back" (sites that add those resolutions) or carries
 * the label `failed-change` or `rolled-back` (sites that keep Jira's default resolutions, the demo's among them).
 */
export const FAILED_CHANGE_RESOLUTIONS = ['failed', 'rolled back'] as const;
export const FAILED_CHANGE_LABELS = ['failed-change', 'rolled-back'] as const;

/** The resolution or label that marks the change failed, or null when it did not fail. */
export function failedBecause(issue: Pick<ReviewIssue, 'resolution' | 'labels'>): string | null {
  const resolution = issue.resolution?.trim().toLowerCase();
  if (resolution !== undefined && (FAILED_CHANGE_RESOLUTIONS as readonly string[]).includes(resolution)) return `resolution ${issue.resolution}`;
  const label = issue.labels.find((candidate) => (FAILED_CHANGE_LABELS as readonly string[]).includes(candidate.toLowerCase()));
  return label === undefined ? null : `label ${label}`;
}
