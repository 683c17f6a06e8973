import { readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import type { AppContext } from './app-context';
import { declaredScopes } from './manifest-shape';
import { MANIFEST_FILE, manifestLineOf, type Problem } from './problem';

const KVS_PACKAGE = /^@forge\/kvs(\/|$)/;

function importsKvs(source: string): boolean {
  // preProcessFile sees import/export-from, require() and import() without type-checking: fast on every file.
  return ts.preProcessFile(source, true, true).importedFiles.some(({ fileName }) => KVS_PACKAGE.test(fileName));
}

/**
 * @forge/lint only knows the old `storage` export of @forge/api; an app on @forge/kvs without `storage:app`
 * deploys cleanly and then fails on its first KVS call.
 */
export function checkStorageScope({ appDir, manifest, sourceFiles }: AppContext): Problem[] {
  if (declaredScopes(manifest.content).has('storage:app')) return [];
  const users = sourceFiles.filter((file) => importsKvs(readFileSync(join(appDir, file), 'utf8')));
  if (users.length === 0) return [];
  const line = manifestLineOf('scopes', manifest.lines);
  return [
    {
      level: 'error',
      source: 'triad',
      message: `@forge/kvs is imported (${users.join(', ')}) but permissions.scopes lacks 'storage:app'`,
      file: MANIFEST_FILE,
      ...(line ? { line } : {}),
    },
  ];
}
