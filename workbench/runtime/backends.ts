/**
 * What the runtime stand-in talks to behind `__forge_fetch__`. The Jira simulator and the KVS wire implement
 * these; tests use small fakes. Shapes follow `workbench/jira/types.ts` and `workbench/kvs/wire.ts`.
 */

/** Who a Jira REST call runs as: the invocation's user (`asUser()`) or the app (`asApp()`). */
export type JiraActor = { kind: 'user'; accountId: string } | { kind: 'app'; appModuleKeys?: string[] };

export interface JiraRequest {
  method: string;
  /** Path including the query string, e.g. `/rest/api/3/issue/SD-1?fields=summary`. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body?: unknown;
  actor: JiraActor;
}

export interface JiraResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value (serialised for the app), a string (sent as is) or undefined (no body). */
  body: unknown;
}

export interface JiraBackend {
  handle(request: JiraRequest): Promise<JiraResponse>;
}

export interface KvsRequestInit {
  method?: string;
  body?: unknown;
  headers?: unknown;
}

/** A storage call exactly as `@forge/kvs` makes it: a path such as `/api/v1/get` and a fetch init. */
export interface KvsBackend {
  handle(path: string, init: KvsRequestInit): Promise<Response>;
}
