import type { AiHarm, CiaProperty, ImpactDomain, Severity } from '../schemas/classification';
import { searchAliasOf } from './searchAliases';

/** Common searches over the classification field; every condition given must hold (AND). */
export interface ClassificationFilter {
  /** Issues whose classification has every one of these domains. */
  domains?: ImpactDomain[];
  /** Severity at or worse than this (1 is the worst): `imsClass.severity <= 2`. */
  maxSeverity?: Severity;
  personalData?: boolean;
  /** Issues whose AI harm is one of these. */
  aiHarms?: AiHarm[];
  aiSystem?: string;
  /** Issues where each of these CIA properties has an impact other than none. */
  impacted?: CiaProperty[];
}

// Characters Jira's JQL grammar refuses inside quotes (its CONTROLCHARS); line feed and carriage return are allowed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g;

/**
 * A JQL string literal. Quoting every value keeps reserved words (`true`, `and`, `empty`) and reserved characters
 * out of the grammar's way; inside quotes the quote and the backslash are escaped, and control characters use the
 * grammar's `\uXXXX` escape.
 */
export function jqlString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, (character) => `\\${character}`)
    .replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

const list = (values: readonly string[]): string => `(${values.map(jqlString).join(', ')})`;

/**
 * Builds the JQL for a filter, e.g. `imsClass.security = "true" AND imsClass.severity <= 2`. Booleans are
 * quoted because they index as strings and the grammar refuses the bare reserved words. An empty filter finds
 * every classified issue (severity is required, so it is set exactly when the field is).
 */
export function classificationJql(filter: ClassificationFilter): string {
  const clauses: string[] = [];
  for (const domain of filter.domains ?? []) clauses.push(`${searchAliasOf(domain)} = ${jqlString('true')}`);
  if (filter.maxSeverity !== undefined) clauses.push(`${searchAliasOf('severity')} <= ${filter.maxSeverity}`);
  if (filter.personalData !== undefined) clauses.push(`${searchAliasOf('personalData')} = ${jqlString(String(filter.personalData))}`);
  if (filter.aiHarms !== undefined && filter.aiHarms.length > 0) clauses.push(`${searchAliasOf('aiHarm')} IN ${list(filter.aiHarms)}`);
  if (filter.aiSystem !== undefined) clauses.push(`${searchAliasOf('aiSystem')} = ${jqlString(filter.aiSystem)}`);
  for (const property of filter.impacted ?? []) clauses.push(`${searchAliasOf(property)} IN ${list(['low', 'high'])}`);
  if (clauses.length === 0) return `${searchAliasOf('severity')} IS NOT EMPTY`;
  return clauses.join(' AND ');
}
