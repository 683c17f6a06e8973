import type { OrderBy } from '@atlaskit/jql-ast';
import type { SimIssue } from '../model';
import type { CompileEnv } from './env';
import { lookupField } from './fieldLookup';
import type { SortKey } from './fieldSpec';
import { collect, failure, success, type Outcome } from './problems';

export type Comparator = (a: SimIssue, b: SimIssue) => number;

/**
 * Without ORDER BY the simulator lists the newest issues first (`created DESC`, then id DESC), the order of
 * Jira's issue navigator; Jira's REST search documents no order of its own. Ties under an explicit ORDER BY fall
 * back to that same order so that paging is stable.
 */
export const defaultOrder: Comparator = (a, b) => {
  const byCreated = Date.parse(b.created) - Date.parse(a.created);
  return byCreated !== 0 ? byCreated : Number(b.id) - Number(a.id);
};

export function compileOrderBy(orderBy: OrderBy | void, env: CompileEnv): Outcome<Comparator> {
  if (!orderBy) return success(defaultOrder);
  const seen = new Set<string>();
  const parts = collect(
    orderBy.fields.map((orderField): Outcome<Comparator> => {
      const field = lookupField(orderField.field, env);
      if (!field.ok) return field;
      const { name, sortKey, sortsDescendingByDefault } = field.value;
      if (!sortKey) return failure('validation', `Field '${name}' does not support sorting.`);
      if (seen.has(name.toLowerCase())) return failure('validation', `The sort field '${name}' is referenced multiple times in the JQL sort.`);
      seen.add(name.toLowerCase());
      const direction = orderField.direction?.value ?? (sortsDescendingByDefault ? 'DESC' : 'ASC');
      const sign = direction === 'DESC' ? -1 : 1;
      const keyOf = memoized(sortKey);
      return success((a, b) => sign * compareKeys(keyOf(a), keyOf(b)));
    }),
  );
  if (!parts.ok) return parts;
  const comparators = [...parts.value, defaultOrder];
  return success((a, b) => {
    for (const comparator of comparators) {
      const order = comparator(a, b);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** A sort computes each issue's key O(log n) times; computing it once keeps 50k-issue sorts fast. */
function memoized(sortKey: (issue: SimIssue) => SortKey | null): (issue: SimIssue) => SortKey | null {
  const cache = new WeakMap<SimIssue, SortKey | null>();
  return (issue) => {
    if (!cache.has(issue)) cache.set(issue, sortKey(issue));
    return cache.get(issue) ?? null;
  };
}

/** Element-wise; null (EMPTY) after every value, so EMPTY comes last ascending and first descending, as in Jira. */
function compareKeys(a: SortKey | null, b: SortKey | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    if (typeof left !== typeof right) return typeof left === 'number' ? -1 : 1;
    return left < right ? -1 : 1;
  }
  return 0;
}
