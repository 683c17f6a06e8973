/** Jira formats instants as `2026-11-24T20:25:57.000+0000` (milliseconds, offset without a colon). */
export function formatJiraDate(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}
