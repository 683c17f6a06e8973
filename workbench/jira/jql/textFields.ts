import type { SimIssue } from '../model';
import { EQUALITY_OPERATORS, TEXT_OPERATORS, operators, type FieldSpec } from './fieldSpec';
import { failure, success } from './problems';
import { parseTextQuery, textMatches } from './textSearch';

/**
 * Text fields (summary, description, comment, text custom fields, and `text`, the master field over all of
 * them). Jira searches them with `~`/`!~` only: `summary = x` is its "operator not supported" error.
 */
export function textField(name: string, textsOf: (issue: SimIssue) => string[], options: { onlyContains?: boolean } = {}): FieldSpec {
  const values = (issue: SimIssue): string[] => textsOf(issue).filter((text) => text.trim() !== '');
  return {
    name,
    operators: options.onlyContains ? operators(['~']) : operators(TEXT_OPERATORS),
    values,
    literal: (value) => {
      const query = parseTextQuery(value);
      if (!query) return failure('validation', `The field '${name}' does not support searching for an empty string.`);
      return success({ equals: (text) => textMatches(String(text), query) });
    },
    functions: {},
    sortKey: options.onlyContains
      ? undefined
      : (issue) => {
          const [first] = values(issue);
          return first === undefined ? null : [first.toLowerCase()];
        },
  };
}

/**
 * Fields holding a set of words compared whole and case-insensitively: labels, select lists, string arrays.
 */
export function wordSetField(name: string, wordsOf: (issue: SimIssue) => string[]): FieldSpec {
  const values = (issue: SimIssue): string[] => wordsOf(issue).map((word) => word.toLowerCase());
  return {
    name,
    operators: operators(EQUALITY_OPERATORS),
    values,
    literal: (value) => {
      const wanted = value.toLowerCase();
      return success({ equals: (word) => word === wanted });
    },
    functions: {},
    sortKey: (issue) => {
      const words = values(issue).sort();
      return words.length === 0 ? null : [words.join(' ')];
    },
  };
}
