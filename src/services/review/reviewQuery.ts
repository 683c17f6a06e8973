import { builtinCatalog, type ClauseId } from '../../domain/catalog';
import { CLAUSE_ALIAS } from '../../domain/evidence';
import { and, equals, inList, isEmpty, isNotEmpty, jqlDate, or, compare } from '../../domain/jql';
import { FINDING_SEARCH_ALIAS } from '../../domain/audit/finding';
import type { ReviewPeriod } from './reviewTypes';

const NONCONFORMITY_CLAUSE = 'ISO27001:10.2' as ClauseId;

/**
 * Nonconformity and corrective action in each standard, from the catalog's harmonized equivalents rather than by
 * number: 20000-1 numbers it 10.1, 27001 and 42001 use 10.2.
 */
export function nonconformityClauses(): string[] {
  const equivalents = builtinCatalog().harmonizedEquivalents(NONCONFORMITY_CLAUSE).map((equivalent) => equivalent.id);
  return [NONCONFORMITY_CLAUSE, ...equivalents].sort();
}

/** Audit findings that are nonconformities, whatever clause they are raised against. */
export const NONCONFORMITY_FINDINGS = ['nonconformity-major', 'nonconformity-minor'];

/**
 * One search for the whole pack: classified issues (incidents), changes with a CAB status, issues linked to a
 * nonconformity clause and audit findings that are nonconformities, alive during the period (created by its end, unresolved or resolved after its start).
 * Booleans in object fields index as strings, so they are compared with "true".
 */
export function reviewJql(period: ReviewPeriod): string {
  const relevant = or(
    equals('imsClass.service', 'true'),
    equals('imsClass.security', 'true'),
    equals('imsClass.ai', 'true'),
    isNotEmpty('cabStatus'),
    inList(CLAUSE_ALIAS, nonconformityClauses()),
    inList(FINDING_SEARCH_ALIAS, NONCONFORMITY_FINDINGS),
  );
  const alive = and(compare('created', '<=', jqlDate(period.to, '23:59')), or(isEmpty('resolved'), compare('resolved', '>=', jqlDate(period.from))));
  return `${and(relevant, alive).text} ORDER BY created ASC`;
}
