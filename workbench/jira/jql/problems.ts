/**
 * Why a query was refused. The kind decides how `POST /rest/api/3/jql/parse` reports it: syntax and validation
 * problems are errors in every mode; a value that names nothing (an unknown project, status, user ...) is only
 * a warning with `validation=warn`, as Jira does.
 */
export type ProblemKind = 'syntax' | 'validation' | 'value';

export interface Problem {
  kind: ProblemKind;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T = never>(kind: ProblemKind, message: string): Outcome<T> {
  return { ok: false, problems: [{ kind, message }] };
}

/** Collects every item's outcome so that one query reports all of its problems at once, as Jira does. */
export function collect<T>(outcomes: Outcome<T>[]): Outcome<T[]> {
  const values: T[] = [];
  const problems: Problem[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) values.push(outcome.value);
    else problems.push(...outcome.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : success(values);
}

export function uniqueMessages(problems: Problem[]): string[] {
  return [...new Set(problems.map((problem) => problem.message))];
}
