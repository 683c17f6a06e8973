/**
 * Vendors a trimmed copy of the Jira platform OpenAPI spec: only the operations listed in
 * `openapi/operations.json`, with every component they reference (transitively), plus the five empty product
 * stubs the offline Forge lint wants. Refresh deliberately when Atlassian changes the API:
 *
 *   npx tsx scripts/trim-openapi.ts [path/to/shared/jira-openapi]
 *
 * The trimmed spec feeds two readers: `@forge/lint`'s permission linter (scopes from each operation's
 * `x-atlassian-oauth2-scopes`) and the workbench's Jira simulator (request/response shapes, contract tests).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

export interface OperationRef {
  method: string;
  path: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const PRODUCT_STUB_FILES = ['jira-software.json', 'jsm.json', 'confluence.json', 'confluence-v2.json', 'bitbucket.json'] as const;
const PLATFORM_SPEC_FILE = 'jira-platform.v3.json';
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `#/components/schemas/Foo~1Bar` → ['schemas', 'Foo/Bar'] (JSON Pointer escaping, RFC 6901). */
function componentPointer(ref: string): [string, string] {
  const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
  if (!match || match[1] === undefined || match[2] === undefined) {
    throw new Error(`Unsupported $ref ${ref}: only local #/components/<kind>/<name> references are kept`);
  }
  const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');
  return [unescape(match[1]), unescape(match[2])];
}

function collectRefs(node: Json, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collectRefs(item, found));
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
}

function sortedObject(entries: Map<string, Json>): JsonObject {
  return Object.fromEntries([...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Keeps the listed operations in the spec's own path order: @forge/lint matches a call against the path
 * templates in that order (first match wins), so reordering would change which operation's scopes it checks.
 */
export function trimOpenApi(spec: JsonObject, operations: readonly OperationRef[]): JsonObject {
  const allPaths = spec.paths;
  const allComponents = spec.components;
  if (!isObject(allPaths) || !isObject(allComponents)) throw new Error('Not an OpenAPI 3 document: paths or components missing');

  const wanted = new Map<string, Set<string>>();
  for (const { method, path } of operations) {
    const operation = isObject(allPaths[path]) ? (allPaths[path] as JsonObject)[method.toLowerCase()] : undefined;
    if (!isObject(operation)) throw new Error(`Operation ${method.toUpperCase()} ${path} is not in the spec`);
    wanted.set(path, (wanted.get(path) ?? new Set()).add(method.toLowerCase()));
  }

  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(allPaths)) {
    const methods = wanted.get(path);
    if (!methods || !isObject(item)) continue;
    // Path-level keys (parameters, summary) apply to every kept method.
    paths[path] = Object.fromEntries(Object.entries(item).filter(([key]) => !HTTP_METHODS.has(key) || methods.has(key)));
  }

  const kept = new Map<string, Map<string, Json>>();
  const pending: string[] = [];
  collectRefs(paths, pending);
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const [kind, name] = componentPointer(ref);
    const section = kept.get(kind) ?? new Map<string, Json>();
    kept.set(kind, section);
    if (section.has(name)) continue;
    const source = allComponents[kind];
    const target = isObject(source) ? source[name] : undefined;
    if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    section.set(name, target);
    collectRefs(target, pending);
  }

  const components: JsonObject = {};
  for (const kind of [...kept.keys()].sort()) components[kind] = sortedObject(kept.get(kind) ?? new Map());
  if (allComponents.securitySchemes !== undefined) components.securitySchemes = allComponents.securitySchemes;

  const usedTags = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const [key, operation] of Object.entries(item as JsonObject)) {
      if (!HTTP_METHODS.has(key) || !isObject(operation) || !Array.isArray(operation.tags)) continue;
      operation.tags.forEach((tag) => typeof tag === 'string' && usedTags.add(tag));
    }
  }
  const tags = Array.isArray(spec.tags) ? spec.tags.filter((tag) => isObject(tag) && typeof tag.name === 'string' && usedTags.has(tag.name)) : [];

  const trimmed: JsonObject = { openapi: spec.openapi ?? '3.0.1', info: spec.info ?? {} };
  if (spec.servers !== undefined) trimmed.servers = spec.servers;
  trimmed.tags = tags;
  trimmed.paths = paths;
  trimmed.components = components;
  return trimmed;
}

export function readOperations(file: string): OperationRef[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { operations?: OperationRef[] };
  if (!Array.isArray(parsed.operations)) throw new Error(`${file}: expected {"operations": [{"method", "path"}]}`);
  return parsed.operations;
}

function main(): void {
  const repoRoot = resolve(__dirname, '..');
  const sourceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'jira-openapi'));
  const outDir = join(repoRoot, 'openapi');
  const operations = readOperations(join(outDir, 'operations.json'));
  const spec = JSON.parse(readFileSync(join(sourceDir, PLATFORM_SPEC_FILE), 'utf8')) as JsonObject;

  const trimmed = trimOpenApi(spec, operations);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, PLATFORM_SPEC_FILE), `${JSON.stringify(trimmed, null, 2)}\n`);
  // Copied by content, not copyFileSync: the shared folder is read-only and its mode must not follow.
  for (const stub of PRODUCT_STUB_FILES) writeFileSync(join(outDir, stub), readFileSync(join(sourceDir, stub)));

  const componentCount = Object.values(trimmed.components as JsonObject).reduce<number>((sum, section) => sum + Object.keys(section as JsonObject).length, 0);
  console.log(`openapi/${PLATFORM_SPEC_FILE}: ${operations.length} operations on ${Object.keys(trimmed.paths as JsonObject).length} paths, ${componentCount} components (from ${sourceDir})`);
}

if (require.main === module) main();
