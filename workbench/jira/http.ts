import type { SimResponse } from './types';

/** A Jira REST error, thrown inside route handlers and turned into Jira's `{errorMessages, errors}` body. */
export class JiraRestError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
  ) {
    super(`${status} ${[...errorMessages, ...Object.values(errors)].join('; ')}`);
  }
}

/** Jira's wording when an issue is missing or hidden: it never reveals which. */
export const ISSUE_NOT_VISIBLE = 'Issue does not exist or you do not have permission to see it.';

export function badRequest(message: string): JiraRestError {
  return new JiraRestError(400, [message]);
}

export function fieldErrors(errors: Record<string, string>): JiraRestError {
  return new JiraRestError(400, [], errors);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function noContent(): SimResponse {
  return { status: 204, headers: {}, body: undefined };
}

export function errorResponse(error: JiraRestError): SimResponse {
  return json(error.status, { errorMessages: error.errorMessages, errors: error.errors });
}
