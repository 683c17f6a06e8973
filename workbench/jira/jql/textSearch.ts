/**
 * The `~` (CONTAINS) operator, Jira-like: the query and the field text are split into words, case-insensitively;
 * every word of the query must occur in the text (in any order); a quoted phrase (`"\"disk full\""`) must occur
 * as consecutive words; `*` and `?` are wildcards inside a word (`encrypt*`). Jira's English stemming, stop words
 * and Lucene operators (`OR`, `+`, `-`) inside the text are not simulated.
 */

type Term = RegExp | string;

export interface TextQuery {
  /** Each entry is one word or one phrase (a sequence of words). */
  requirements: Term[][];
}

const WORD = /[\p{L}\p{N}*?]+/gu;

export function parseTextQuery(query: string): TextQuery | undefined {
  const requirements: Term[][] = [];
  const rest = query.replace(/"([^"]*)"/g, (_match, phrase: string) => {
    const words = termsOf(phrase);
    if (words.length > 0) requirements.push(words);
    return ' ';
  });
  for (const term of termsOf(rest)) requirements.push([term]);
  return requirements.length > 0 ? { requirements } : undefined;
}

export function textMatches(text: string, query: TextQuery): boolean {
  const words = wordsOf(text);
  return query.requirements.every((sequence) => containsSequence(words, sequence));
}

function termsOf(text: string): Term[] {
  return (text.toLowerCase().match(WORD) ?? [])
    .filter((word) => word.replace(/[*?]/g, '') !== '')
    .map((word) => (/[*?]/.test(word) ? new RegExp(`^${word.replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\?/g, '[\\p{L}\\p{N}]')}$`, 'u') : word));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function containsSequence(words: string[], sequence: Term[]): boolean {
  for (let start = 0; start + sequence.length <= words.length; start++) {
    if (sequence.every((term, offset) => termMatches(words[start + offset] ?? '', term))) return true;
  }
  return false;
}

function termMatches(word: string, term: Term): boolean {
  return typeof term === 'string' ? word === term : term.test(word);
}
