import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { JiraBackend, JiraRequest, JiraResponse } from '../../../workbench/runtime/backends';
import { createForgeRuntime, type ForgeRuntime } from '../../../workbench/runtime/createForgeRuntime';
import type { RuntimeLimits } from '../../../workbench/runtime/limits';
import { KvsStore } from '../../../workbench/kvs/store';
import { handleKvsRequest } from '../../../workbench/kvs/wire';
import * as fixtureApp from './fixtures/fixtureApp';
import jiraScopes from './fixtures/jira-scopes.json';

/** A Jira that answers every GET with the issue and who read it, every write with 204, and remembers calls. */
export class FakeJira implements JiraBackend {
  readonly requests: JiraRequest[] = [];
  delayMsFor: (request: JiraRequest) => number = () => 0;

  async handle(request: JiraRequest): Promise<JiraResponse> {
    this.requests.push(request);
    const delayMs = this.delayMsFor(request);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (request.method !== 'GET') return { status: 204, headers: {}, body: undefined };
    const key = request.path.split('/').pop()?.split('?')[0];
    const readBy = request.actor.kind === 'user' ? request.actor.accountId : 'app';
    return { status: 200, headers: { 'content-type': 'application/json' }, body: { key, readBy } };
  }
}

export function fixtureManifest(): Record<string, unknown> & { permissions: { scopes: string[] } } {
  return parse(readFileSync(join(__dirname, 'fixtures', 'manifest.yml'), 'utf8'));
}

export interface FixtureRuntime {
  runtime: ForgeRuntime;
  jira: FakeJira;
  store: KvsStore;
}

export function startFixtureRuntime(options: { scopes?: string[]; limits?: Partial<RuntimeLimits> } = {}): FixtureRuntime {
  const manifest = fixtureManifest();
  if (options.scopes) manifest.permissions.scopes = options.scopes;
  const jira = new FakeJira();
  const store = new KvsStore();
  const runtime = createForgeRuntime({
    manifest,
    handlers: fixtureApp,
    jira,
    kvs: { handle: (path, init) => handleKvsRequest(store, path, init) },
    openapi: jiraScopes,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return { runtime, jira, store };
}

export const panelContext = (accountId?: string) => ({
  moduleKey: 'fixture-panel',
  ...(accountId ? { accountId } : {}),
  extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'SD-1' } },
});
