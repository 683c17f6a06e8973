/**
 * What the UI host needs from the rest of the workbench. The lead's composition implements it over the Jira
 * simulator and the Forge runtime stand-in; the E2E tests use a small fake.
 */
export interface HostModule {
  key: string;
  /** The manifest module type, e.g. `jira:issuePanel`, `jira:globalPage`, `jira:adminPage`. */
  type: string;
  title: string;
  /** The `resources[].key` the module displays. */
  resource: string;
  /** The resource's `path` from manifest.yml, relative to the app root (`staticRoot`). */
  resourcePath: string;
  /** `jira:issueContext` modules only: the text shown beside the title while the context panel is collapsed. */
  label?: string;
  /** `jira:customField` modules only: `resource` is then the field's `edit` resource. */
  customField?: HostCustomField;
}

export interface HostCustomField {
  /** The manifest's field `type` (`string`, `number`, `object`, ...), passed to the edit view as `fieldType`. */
  fieldType: string;
  /** The manifest's `formatter.expression` (a Jira expression over `value`), when the field has one. */
  formatterExpression?: string;
}

export interface HostUser {
  accountId: string;
  displayName: string;
}

export interface HostIssueSummary {
  key: string;
  summary: string;
}

export type IssueViewResult = { ok: true; issue: unknown } | { ok: false; status: number; message: string };

/** What `@forge/bridge` `invoke(functionKey, payload)` sends: the resolver definition to run and its payload. */
export interface ResolverCall {
  functionKey: string;
  payload?: unknown;
}

export interface ProductResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface HostBackend {
  listModules(): HostModule[];
  listUsers(): HostUser[];
  listIssues(): HostIssueSummary[];
  /** GET issue (REST shape, `fields` with comments and links) as the given user sees it. */
  issueView(issueKey: string, accountId: string): Promise<IssueViewResult>;
  /** Runs the module's resolver function with `call`, as the given user, in the given extension context. */
  invoke(moduleKey: string, call: ResolverCall, extensionContext: unknown, accountId: string): Promise<unknown>;
  requestJira(
    path: string,
    init: { method: string; headers?: Record<string, string>; body?: string },
    accountId: string,
  ): Promise<ProductResponse>;
  /** Runs a `scheduledTrigger` module now (`POST /admin/scheduled/<moduleKey>`): locally nothing fires on a clock. */
  runScheduledTrigger(moduleKey: string): Promise<{ ok: boolean }>;
}
