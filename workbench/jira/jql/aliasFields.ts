import type { JqlAlias } from './context';
import { parseDateValue } from './dates';
import type { CompileEnv } from './env';
import { COMPARISON_OPERATORS, ORDERED_OPERATORS, operators, type FieldSpec, type Scalar } from './fieldSpec';
import { failure, success } from './problems';
import { parseTextQuery, textMatches } from './textSearch';

/**
 * Search aliases of the app (object custom field properties, indexed entity property values). Values index the
 * way Jira indexes them: booleans as the strings "true"/"false" (so `imsClass.security = "true"` finds a stored
 * `true`), numbers as numbers (compared numerically), strings compared case-insensitively. An array is
 * multi-valued: `=`/`IN` match if any element matches; `!=`/`NOT IN` match issues that have a value and none of
 * whose elements match (Jira's rule for multi-valued fields, which also leaves out EMPTY issues).
 */
export function aliasField(name: string, alias: JqlAlias, env: CompileEnv): FieldSpec {
  const values = (issue: Parameters<JqlAlias['resolve']>[0]): Scalar[] => {
    const resolved = alias.resolve(issue);
    const list = Array.isArray(resolved) ? resolved : [resolved];
    return list.flatMap((value): Scalar[] => {
      if (typeof value === 'number' && Number.isFinite(value)) return [value];
      if (typeof value === 'boolean') return [String(value)];
      if (typeof value === 'string') return [value];
      return [];
    });
  };
  return {
    name,
    operators: operators(ORDERED_OPERATORS, ['~', '!~']),
    values,
    literal: (value, operator) => {
      if (operator === '~' || operator === '!~') {
        const query = parseTextQuery(value);
        if (!query) return failure('validation', `The field '${name}' does not support searching for an empty string.`);
        return success({ equals: (candidate) => textMatches(String(candidate), query) });
      }
      const number = value.trim() === '' ? Number.NaN : Number(value);
      const isNumber = !Number.isNaN(number);
      const instant = isNumber ? undefined : parseDateValue(value, env.ctx.now);
      if ((COMPARISON_OPERATORS as readonly string[]).includes(operator) && !isNumber && instant === undefined) {
        return failure('validation', `The operator '${operator}' on field '${name}' needs a number or a date, not '${value}'.`);
      }
      const lowered = value.toLowerCase();
      return success({
        equals: (candidate) => (typeof candidate === 'number' ? isNumber && candidate === number : candidate.toLowerCase() === lowered),
        compare: (candidate) => {
          if (typeof candidate === 'number') return isNumber ? candidate - number : undefined;
          if (instant === undefined) return undefined;
          const candidateInstant = Date.parse(candidate);
          return Number.isNaN(candidateInstant) ? undefined : candidateInstant - instant;
        },
      });
    },
    functions: {},
    sortKey: (issue) => {
      const [first] = values(issue);
      if (first === undefined) return null;
      return [typeof first === 'string' ? first.toLowerCase() : first];
    },
  };
}
