import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { PRODUCT_STUB_FILES, readOperations, trimOpenApi, type JsonObject } from '../../scripts/trim-openapi';

const REPO = join(__dirname, '..', '..');
const SHARED_SPECS = join(REPO, '..', 'shared', 'jira-openapi');

const readJson = (path: string): JsonObject => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;

/** Walks into parsed JSON; undefined as soon as a key is missing. */
const at = (node: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((current, key) => (typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined), node);
const keysAt = (node: unknown, ...keys: string[]): string[] => Object.keys(at(node, ...keys) ?? {});
const vendored = readJson(join(REPO, 'openapi', 'jira-platform.v3.json'));
const operations = readOperations(join(REPO, 'openapi', 'operations.json'));

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)));
}

function resolvePointer(spec: JsonObject, ref: string): unknown {
  const segments = ref.replace(/^#\//, '').split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  return at(spec, ...segments);
}

const tinySpec = (): JsonObject => ({
  openapi: '3.0.1',
  info: { title: 'tiny', version: '1' },
  servers: [{ url: 'https://example.test' }],
  tags: [{ name: 'Issues' }, { name: 'Unused' }],
  paths: {
    '/a': {
      get: { tags: ['Issues'], 'x-atlassian-oauth2-scopes': [{ scheme: 'OAuth2', scopes: ['read:jira-work'], state: 'Current' }], responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } },
      delete: { responses: { 204: { description: 'gone' } } },
    },
    '/b': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Unused' } } } } } } },
  },
  components: {
    schemas: { A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } }, B: { type: 'string' }, Unused: { type: 'number' } },
    securitySchemes: { OAuth2: { type: 'oauth2' } },
  },
});

test('the vendored spec holds every listed operation with its OAuth scopes', () => {
  const missing = operations.filter(({ method, path }) => !at(vendored, 'paths', path, method.toLowerCase(), 'x-atlassian-oauth2-scopes'));
  expect(missing).toEqual([]);
});

test('every $ref in the vendored spec resolves inside it', () => {
  const dangling = [...new Set(refsIn(vendored))].filter((ref) => resolvePointer(vendored, ref) === undefined);
  expect(dangling).toEqual([]);
});

test('the vendored spec keeps info, servers and security schemes', () => {
  expect(at(vendored, 'info', 'title')).toBe('The Jira Cloud platform REST API');
  expect(at(vendored, 'servers')).toEqual([{ url: 'https://your-domain.atlassian.net' }]);
  expect(keysAt(vendored, 'components', 'securitySchemes')).toEqual(expect.arrayContaining(['OAuth2']));
});

test('the five empty product specs sit beside it for the offline lint', () => {
  expect(PRODUCT_STUB_FILES.filter((file) => !existsSync(join(REPO, 'openapi', file)))).toEqual([]);
});

test('trimming keeps only listed methods and the components they reach, transitively', () => {
  const trimmed = trimOpenApi(tinySpec(), [{ method: 'GET', path: '/a' }]);
  expect(keysAt(trimmed, 'paths')).toEqual(['/a']);
  expect(keysAt(trimmed, 'paths', '/a')).toEqual(['get']);
  expect(keysAt(trimmed, 'components', 'schemas')).toEqual(['A', 'B']);
  expect(trimmed.tags).toEqual([{ name: 'Issues' }]);
});

test('trimming refuses an operation the spec does not have', () => {
  expect(() => trimOpenApi(tinySpec(), [{ method: 'POST', path: '/a' }])).toThrow('Operation POST /a is not in the spec');
});

test('trimming refuses a reference it cannot resolve', () => {
  const spec = tinySpec();
  (at(spec, 'components', 'schemas') as JsonObject).B = { $ref: '#/components/schemas/Gone' };
  expect(() => trimOpenApi(spec, [{ method: 'GET', path: '/a' }])).toThrow('Unresolvable $ref #/components/schemas/Gone');
});

const sharedSpecPresent = existsSync(join(SHARED_SPECS, 'jira-platform.v3.json'));
(sharedSpecPresent ? test : test.skip)('the vendored spec is what the trim script makes from the shared spec today', () => {
  const regenerated = trimOpenApi(readJson(join(SHARED_SPECS, 'jira-platform.v3.json')), operations);
  expect(JSON.stringify(regenerated, null, 2)).toBe(JSON.stringify(vendored, null, 2));
});
