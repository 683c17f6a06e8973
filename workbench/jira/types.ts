import type { SimChangelogEntry, SimComment, SimIssue, SimIssueLink, SimTransition } from './model';

/** Who is calling: a user (asUser) or the app itself (asApp), with the manifest module keys the app owns. */
export type SimActor = { kind: 'user'; accountId: string } | { kind: 'app'; appModuleKeys?: string[] };

export interface SimRequest {
  method: string;
  /** Path including the query string, e.g. `/rest/api/3/issue/SD-1?fields=summary`. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body. */
  body?: unknown;
  actor: SimActor;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Issue changes the runtime maps to Forge product triggers (avi:jira:created:issue, ...). */
export type SimIssueEvent =
  | { type: 'issue_created'; issue: SimIssue; actor: SimActor; actorAccountId: string }
  | { type: 'issue_updated'; issue: SimIssue; actor: SimActor; actorAccountId: string; changelog: SimChangelogEntry }
  | { type: 'issue_commented'; issue: SimIssue; actor: SimActor; actorAccountId: string; comment: SimComment }
  | { type: 'issuelink_created'; link: SimIssueLink; actor: SimActor; actorAccountId: string };

export type TransitionCheck = (input: {
  issue: SimIssue;
  transition: SimTransition;
  actor: SimActor;
}) => Promise<{ ok: true } | { ok: false; message: string }>;
