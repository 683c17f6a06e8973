/**
 * Ids of the issues a report has counted, kept so a replayed page never counts twice. Checkpoints store them sorted
 * and delta-encoded in base 36 (Jira issue ids are dense integers: about 2-3 characters an issue), because a
 * checkpoint must fit KVS values of 240 KiB.
 */
const ISSUE_ID = /^[1-9]\d{0,15}$/;
export const ENCODED_ID_SET = /^(?:[0-9a-z]+(?:,[0-9a-z]+)*)?$/;

export function assertIssueId(id: string): void {
  if (!ISSUE_ID.test(id) || !Number.isSafeInteger(Number(id))) {
    throw new RangeError(`Jira issue ids are positive integers, got ${JSON.stringify(id)}`);
  }
}

export function encodeIdSet(ids: Iterable<string>): string {
  let previous = 0;
  return [...ids]
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => {
      const delta = id - previous;
      previous = id;
      return delta.toString(36);
    })
    .join(',');
}

export function decodeIdSet(encoded: string): string[] {
  if (encoded === '') return [];
  let id = 0;
  return encoded.split(',').map((delta) => String((id += parseInt(delta, 36))));
}
