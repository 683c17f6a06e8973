import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { EntityDefinition } from '../kvs/entities';

/** The app as Forge would deploy it: its parsed manifest and the loaded `src/index` module (handler exports). */
export interface LoadedApp {
  appDir: string;
  manifest: Record<string, unknown>;
  handlers: Record<string, unknown>;
}

export function loadApp(appDir: string): LoadedApp {
  const manifest = YAML.parse(fs.readFileSync(path.join(appDir, 'manifest.yml'), 'utf8')) as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- handlers are loaded the way the Forge runtime loads them
  const handlers = require(path.join(appDir, 'src', 'index')) as Record<string, unknown>;
  return { appDir, manifest, handlers };
}

/** The trimmed Jira spec the app is checked against (scopes per operation, contract tests). */
export function loadOpenApi(appDir: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(appDir, 'openapi', 'jira-platform.v3.json'), 'utf8'));
}

/** Forge storage as the app declares it: the manifest's `app.storage.entities` (custom entities and indexes). */
export function storageEntitiesOf(manifest: Record<string, unknown>): EntityDefinition[] {
  const storage = (manifest.app as { storage?: { entities?: EntityDefinition[] } } | undefined)?.storage;
  return storage?.entities ?? [];
}
