import type { AiHarm, CiaProperty, ImpactDomain, Severity } from '../schemas/classification';
import { jqlString } from '../jql/jqlString';
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
