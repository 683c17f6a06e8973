import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkForgeApp } from '../../scripts/forge-checks/check-app';
import type { Problem } from '../../scripts/forge-checks/problem';

const GOOD_APP = join(__dirname, 'fixtures', 'good-app');

type Breakage = (appDir: string) => void;

function replaceIn(file: string, from: string, to: string): Breakage {
  return (appDir) => {
    const path = join(appDir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture ${file} no longer contains ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  };
}

const writeFile =
  (file: string, text: string): Breakage =>
  (appDir) =>
    writeFileSync(join(appDir, file), text);

const removePath =
  (path: string): Breakage =>
  (appDir) =>
    rmSync(join(appDir, path), { recursive: true });

const CREATE_ISSUE_HANDLER = `import api, { route } from '@forge/api';

export async function createIssue(): Promise<unknown> {
  const response = await api.asApp().requestJira(route\`/rest/api/3/issue\`, { method: 'POST', body: '{}' });
  return response.json();
}
`;

const DASHBOARD_HANDLER = `import api, { route } from '@forge/api';

export async function listDashboards(id: string): Promise<unknown> {
  const response = await api.asUser().requestJira(route\`/rest/api/3/dashboard/\${id}?expand=all\`);
  return response.json();
}
`;

/** Each variant is the good fixture with exactly one thing broken. */
const VARIANTS: Record<string, Breakage[]> = {
  good: [],
  misspelledModuleType: [replaceIn('manifest.yml', 'jira:issuePanel:', 'jira:issuePanell:')],
  undeclaredResolverFunction: [replaceIn('manifest.yml', 'function: risk-panel-resolver', 'function: risk-panel-resolvr')],
  missingResourceDirectory: [removePath('static/risk-panel')],
  unbuiltCustomUi: [replaceIn('manifest.yml', 'path: static/risk-panel', 'path: static/risk-panel/build')],
  kvsWithoutStorageScope: [replaceIn('manifest.yml', '    - storage:app\n', '')],
  endpointWithoutScope: [writeFile('src/handlers/createIssue.ts', CREATE_ISSUE_HANDLER)],
  unlistedJiraOperation: [writeFile('src/handlers/listDashboards.ts', DASHBOARD_HANDLER)],
  unknownTriggerEvent: [replaceIn('manifest.yml', 'avi:jira:updated:issue', 'avil:jira:updated:issue')],
  oldRuntime: [replaceIn('manifest.yml', 'nodejs22.x', 'nodejs20.x')],
  missingHandlerExport: [replaceIn('manifest.yml', 'index.onIssueUpdated', 'index.onIssueUpdatd')],
  brokenReExport: [replaceIn('src/handlers/onIssueUpdated.ts', 'export async function onIssueUpdated', 'export async function onIssueChanged')],
  directoryInTsconfigInclude: [replaceIn('tsconfig.json', '"src/**/*.ts"', '"src"')],
};

const results = new Map<string, Problem[]>();
let workDir = '';

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'triad-forge-checks-'));
  // One check per variant, shared by the tests below: the first lint() compiles Forge's manifest schema (~10 s).
  for (const [name, breakages] of Object.entries(VARIANTS)) {
    const appDir = join(workDir, name);
    cpSync(GOOD_APP, appDir, { recursive: true });
    breakages.forEach((breakIt) => breakIt(appDir));
    results.set(name, await checkForgeApp(appDir));
  }
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function errorsOf(variant: string): Problem[] {
  return (results.get(variant) ?? []).filter((problem) => problem.level === 'error');
}

function expectError(variant: string, source: Problem['source'], message: RegExp): void {
  expect(errorsOf(variant)).toEqual(expect.arrayContaining([expect.objectContaining({ source, message: expect.stringMatching(message) })]));
}

test('passes a well-formed app with no errors and no warnings', () => {
  expect(results.get('good')).toEqual([]);
});

test('rejects a misspelled module type, naming it', () => {
  expectError('misspelledModuleType', 'manifest', /jira:issuePanell/);
});

test('rejects a resolver that names an undeclared function', () => {
  expectError('undeclaredResolverFunction', 'manifest', /risk-panel-resolvr/);
});

test('rejects a resource whose directory does not exist', () => {
  expectError('missingResourceDirectory', 'manifest', /missing resource 'static\/risk-panel'/);
});

test('says a missing Custom UI build folder needs the front-end build', () => {
  expectError('unbuiltCustomUi', 'manifest', /missing resource 'static\/risk-panel\/build'.*run the Custom UI build/);
});

test('rejects @forge/kvs use without the storage:app scope, naming the importing file', () => {
  expectError('kvsWithoutStorageScope', 'triad', /@forge\/kvs is imported \(src\/handlers\/onIssueUpdated\.ts\).*storage:app/);
});

test('rejects a requestJira call whose scope the manifest lacks, at the calling line', () => {
  expect(errorsOf('endpointWithoutScope')).toContainEqual({
    level: 'error',
    source: 'lint',
    message: expect.stringMatching(/POST \/rest\/api\/3\/issue requires "write:jira-work"/),
    file: 'src/handlers/createIssue.ts',
    line: 4,
  });
});

test('rejects a Jira call to an operation the vendored spec lacks, since its scope would go unchecked', () => {
  expect(errorsOf('unlistedJiraOperation')).toContainEqual({
    level: 'error',
    source: 'triad',
    message: expect.stringMatching(/^GET \/rest\/api\/3\/dashboard\/\{…\} is not in openapi\/operations\.json/),
    file: 'src/handlers/listDashboards.ts',
    line: 4,
  });
});

test('rejects an unknown trigger event and suggests the nearest real one', () => {
  expectError('unknownTriggerEvent', 'triad', /unknown event 'avil:jira:updated:issue' \(did you mean 'avi:jira:updated:issue'\?\)/);
});

test('rejects the nodejs20.x runtime', () => {
  expectError('oldRuntime', 'triad', /nodejs20\.x/);
});

test('rejects a handler naming an export the file does not have', () => {
  expectError('missingHandlerExport', 'triad', /handler 'index\.onIssueUpdatd'.*no export named 'onIssueUpdatd'/);
});

test('follows re-exports and rejects one that points at a missing export', () => {
  expectError('brokenReExport', 'triad', /handler 'index\.onIssueUpdated'.*no export named 'onIssueUpdated'/);
});

test('rejects a tsconfig include entry that is a folder instead of a glob', () => {
  expectError('directoryInTsconfigInclude', 'triad', /include entry 'src' is not a glob/);
});

test('reports exactly one error for each single breakage, so one mistake never hides behind noise', () => {
  const errorCounts = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, errorsOf(name).length]));
  const expected = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, name === 'good' ? 0 : 1]));
  expect(errorCounts).toEqual(expected);
});
