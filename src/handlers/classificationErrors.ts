import { randomUUID } from 'node:crypto';
import { JiraError } from '../ports/jiraPort';
import { fail, type HandlerResult } from './shared/result';

/** Jira's answer in the codes the UI knows; anything else is logged with a correlation id and shown plainly. */
export function failureOf(error: unknown, what: string): HandlerResult<never> {
  if (error instanceof JiraError) {
    if (error.status === 429) return fail('RATE_LIMITED', 'Jira is busy right now. Try again in a minute.');
    if (error.status === 403) return fail('FORBIDDEN', 'Jira refused the change: you do not have permission.');
    if (error.status === 404) return fail('NOT_FOUND', 'The issue does not exist or you do not have permission to see it.');
  }
  const correlationId = randomUUID();
  console.error(`${what} failed [${correlationId}]`, error);
  return fail('UNAVAILABLE', `${what} failed. Try again; if it keeps failing, give your admin this reference: ${correlationId}.`);
}
