// node:crypto rather than an injected hasher: SHA-256 is a pure function, the Forge nodejs22 runtime and Jest both
// provide it, and the browser never hashes (it echoes the hash the backend sent). A parameter would only add noise.
import { createHash } from 'node:crypto';
import type { Answers, ChangeType, Vote } from '../schemas/cab';

/**
 * The fingerprint of what a CAB member approves. Approvals are frozen against it: any change to an answer, to the
 * change type (it changes who must approve) or to the template version gives another hash.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * JSON with object keys sorted at every level and `undefined` properties dropped, so the same content always
 * gives the same text whatever order the UI, zod or KVS put the keys in. Arrays keep their order: it is content.
 */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const item = value[key];
        return item === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(item)}`];
      });
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedContent {
  templateVersion: number;
  changeType: ChangeType;
  answers: Answers;
}

export function answersHash({ templateVersion, changeType, answers }: HashedContent): string {
  return createHash('sha256').update(canonicalJson({ templateVersion, changeType, answers }), 'utf8').digest('hex');
}

/** Votes on the current answers count; votes on any other hash were invalidated by an edit and count no more. */
export function invalidateStaleVotes(votes: readonly Vote[], currentHash: string): { current: Vote[]; invalidated: Vote[] } {
  return {
    current: votes.filter((vote) => vote.answersHash === currentHash),
    invalidated: votes.filter((vote) => vote.answersHash !== currentHash),
  };
}
