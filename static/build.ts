/**
 * `npm run build:ui`: builds every Custom UI module under `static/` (each folder with an `index.html`, except
 * `shared/`) into the `build/` folder its `resources` entry in manifest.yml points at.
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
  for (const moduleDir of uiModuleDirs()) {
    await build(uiModuleConfig(moduleDir));
    console.log(`built ${path.relative(process.cwd(), path.join(moduleDir, 'build'))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
