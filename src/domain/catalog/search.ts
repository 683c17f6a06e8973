import type { CatalogEntry } from './catalogTypes';
import { compareEntries } from './ordering';
import { STANDARD_IDS, type StandardId } from './standards';

export type SearchMatch = 'exact-id' | 'id-prefix' | 'title';

/** One result; `entry.standard` lets a picker group results per standard. */
export interface SearchHit {
  entry: CatalogEntry;
  match: SearchMatch;
}

export interface SearchOptions {
  standards?: readonly StandardId[];
  limit?: number;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const MAX_QUERY_LENGTH = 200;
// An optional standard in front narrows the search: "27001 A.5", "ISO42001:A.6", "iso 20000-1 change".
const STANDARD_PREFIX = /^(?:ISO(?:\/IEC)?\s?)?(20000-1|27001|42001)(?::\d{4})?(?:(?::|\s)\s*(.*))?$/i;
// What a user types while looking for a number: "A.5.2", "8.5", "10", "4-10", "annex".
const REF_PREFIX = /^(?:A\.[\d.]*|\d[\d.-]*|annex(?: a)?)$/i;
const MATCH_RANK: Readonly<Record<SearchMatch, number>> = { 'exact-id': 0, 'id-prefix': 1, title: 2 };

interface Ranked extends SearchHit {
  score: number;
}

/** Ranks exact ids first, then id prefixes, then headings containing every query word (as a word prefix). */
export function searchEntries(
  entries: readonly CatalogEntry[],
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const normalized = query.trim().replace(/\s+/g, ' ');
  if (normalized === '' || normalized.length > MAX_QUERY_LENGTH) return [];
  const { standards, rest } = splitStandard(normalized, options.standards ?? STANDARD_IDS);
  const candidates = entries.filter((entry) => standards.includes(entry.standard));
  const ranked = REF_PREFIX.test(rest) || rest === '' ? byRef(candidates, rest) : byTitle(candidates, rest);
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  return ranked
    .sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match] || a.score - b.score || compareEntries(a.entry, b.entry))
    .slice(0, limit)
    .map(({ entry, match }) => ({ entry, match }));
}

function splitStandard(query: string, allowed: readonly StandardId[]): { standards: StandardId[]; rest: string } {
  const match = STANDARD_PREFIX.exec(query);
  if (!match) return { standards: [...allowed], rest: query };
  const named = `ISO${(match[1] ?? '').toUpperCase()}` as StandardId;
  return { standards: allowed.filter((standard) => standard === named), rest: match[2] ?? '' };
}

function byRef(entries: readonly CatalogEntry[], refPrefix: string): Ranked[] {
  const wanted = refPrefix.toLowerCase();
  const hits: Ranked[] = [];
  for (const entry of entries) {
    const ref = entry.ref.toLowerCase();
    if (ref === wanted) hits.push({ entry, match: 'exact-id', score: 0 });
    else if (ref.startsWith(wanted)) hits.push({ entry, match: 'id-prefix', score: 0 });
  }
  return hits;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function byTitle(entries: readonly CatalogEntry[], query: string): Ranked[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const phrase = queryWords.join(' ');
  const hits: Ranked[] = [];
  for (const entry of entries) {
    const titleWords = words(entry.title);
    if (!queryWords.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)))) continue;
    const title = titleWords.join(' ');
    // Closer headings first: the heading itself, then headings starting with the query, then whole words.
    const closeness = title === phrase ? 0 : title.startsWith(phrase) ? 1 : queryWords.every((w) => titleWords.includes(w)) ? 2 : 3;
    hits.push({ entry, match: 'title', score: closeness * 100 + titleWords.length });
  }
  return hits;
}
