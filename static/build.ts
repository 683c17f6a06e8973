/**
 * `npm run build:ui`: builds every Custom UI module under `static/` (each folder with an `index.html`, except
 * `shared/`) into the `build/` folder its `resources` entry in manifest.yml points at.
 * `npm run build:ui -- risk-register soa` builds only the named modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { uiModuleConfig } from './vite.config';

const staticDir = __dirname;

function uiModuleDirs(): string[] {
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => path.join(staticDir, entry.name))
    .filter((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

async function main(): Promise<void> {
  // vite is ESM-only: a dynamic import keeps this script loadable as CommonJS.
  const { build } = await import('vite');
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !uiModuleDirs().some((dir) => path.basename(dir) === name));
  if (unknown.length > 0) throw new Error(`No Custom UI module named ${unknown.join(', ')} under static/`);
  for (const moduleDir of uiModuleDirs().filter((dir) => only.length === 0 || only.includes(path.basename(dir)))) {
    await build(uiModuleConfig(moduleDir));
    console.log(`built ${path.relative(process.cwd(), path.join(moduleDir, 'build'))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
