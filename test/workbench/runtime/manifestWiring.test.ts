import { createForgeRuntime } from '../../../workbench/runtime/createForgeRuntime';
import * as fixtureApp from './fixtures/fixtureApp';
import jiraScopes from './fixtures/jira-scopes.json';
import { FakeJira, fixtureManifest } from './fixtureRuntime';

const start = (manifest: unknown, handlers: Record<string, unknown> = fixtureApp) =>
  createForgeRuntime({ manifest, handlers, jira: new FakeJira(), kvs: { handle: async () => new Response(null, { status: 204 }) }, openapi: jiraScopes });

type Functions = Array<{ key: string; handler: string; timeoutSeconds?: number }>;
const functionsOf = (manifest: ReturnType<typeof fixtureManifest>) => (manifest.modules as { function: Functions }).function;

describe('starting the runtime', () => {
  it('refuses a function whose handler names no export of src/index', () => {
    const { panelResolver: _dropped, ...handlers } = fixtureApp;

    expect(() => start(fixtureManifest(), handlers)).toThrow("src/index exports no function 'panelResolver'");
  });

  it('refuses a handler outside src/index', () => {
    const manifest = fixtureManifest();
    functionsOf(manifest)[0]!.handler = 'resolvers.panel';

    expect(() => start(manifest)).toThrow("must be 'index.<export>'");
  });

  it('refuses a consumer timeout above 900 seconds', () => {
    const manifest = fixtureManifest();
    functionsOf(manifest).find((fn) => fn.key === 'report-consumer')!.timeoutSeconds = 901;

    expect(() => start(manifest)).toThrow('timeoutSeconds 901 exceeds 900');
  });

  it('refuses a module that refers to an undefined function', () => {
    const manifest = fixtureManifest();
    (manifest.modules as { trigger: Array<{ function: string }> }).trigger[0]!.function = 'missing';

    expect(() => start(manifest)).toThrow("refers to function 'missing'");
  });
});
