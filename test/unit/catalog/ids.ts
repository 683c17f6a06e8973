import { parseClauseId, type ClauseId } from '../../../src/domain/catalog';

/** Test shorthand: a canonical id from text that the test knows is valid. */
export function id(text: string): ClauseId {
  const parsed = parseClauseId(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}
