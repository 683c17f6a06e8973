import type { SimField, SimIssue } from '../model';
import { adfText } from './adfText';
import { dateField } from './dateFields';
import type { CompileEnv } from './env';
import { ORDERED_OPERATORS, operators, type FieldSpec } from './fieldSpec';
import { failure, success } from './problems';
import { textField, wordSetField } from './textFields';
import { userField } from './userFields';

/**
 * Custom fields searched by `cf[10050]` or by name, for the simple schema types. Object fields (Forge
 * `jira:customField` of type object) are searched through their search aliases instead, as in Jira; by their own
 * name they support no operator.
 */
export function customFieldSpec(name: string, field: SimField, env: CompileEnv): FieldSpec {
  const raw = (issue: SimIssue): unknown => issue.customFields[field.id];
  const list = (issue: SimIssue): unknown[] => {
    const value = raw(issue);
    if (value == null) return [];
    return Array.isArray(value) ? value : [value];
  };
  const type = field.schema.type === 'array' ? field.schema.items : field.schema.type;
  switch (type) {
    case 'number':
      return numberField(name, (issue) => list(issue).filter((value): value is number => typeof value === 'number'));
    case 'string':
      return field.schema.type === 'array'
        ? wordSetField(name, (issue) => list(issue).map(String))
        : textField(name, (issue) => list(issue).map(adfText));
    case 'date':
    case 'datetime':
      return dateField(name, env, (issue) => {
        const value = raw(issue);
        return typeof value === 'string' ? value : null;
      });
    case 'option':
      return wordSetField(name, (issue) => list(issue).flatMap((option) => (isRecord(option) && typeof option.value === 'string' ? [option.value] : [])));
    case 'user':
      return userField(name, env, (issue) =>
        list(issue).flatMap((user) => (typeof user === 'string' ? [user] : isRecord(user) && typeof user.accountId === 'string' ? [user.accountId] : [])),
      );
    default:
      return {
        name,
        operators: operators([]),
        values: () => [],
        literal: () => failure('validation', `The field '${name}' is not searchable by value.`),
        functions: {},
      };
  }
}

function numberField(name: string, numbersOf: (issue: SimIssue) => number[]): FieldSpec {
  return {
    name,
    operators: operators(ORDERED_OPERATORS),
    values: numbersOf,
    literal: (value) => {
      const number = Number(value);
      if (value.trim() === '' || Number.isNaN(number)) return failure('validation', `'${value}' is not a valid number for field '${name}'.`);
      return success({
        equals: (candidate) => candidate === number,
        compare: (candidate) => (typeof candidate === 'number' ? candidate - number : undefined),
      });
    },
    functions: {},
    sortKey: (issue) => {
      const [first] = numbersOf(issue);
      return first === undefined ? null : [first];
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
