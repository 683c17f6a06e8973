import { readdirSync } from 'fs';
import { join, relative, sep } from 'path';

/** Forge bundles function handlers from `src/` (the handlers directory of @forge/manifest). */
export const SOURCE_DIRECTORY = 'src';
const SOURCE_EXTENSIONS = /\.(tsx?|jsx?|cjs|mjs)$/;

/** Every source file under `src/`, as forward-slash paths relative to the app directory (`src/index.ts`). */
export function listSourceFiles(appDir: string): string[] {
  const root = join(appDir, SOURCE_DIRECTORY);
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => SOURCE_EXTENSIONS.test(entry) && !entry.endsWith('.d.ts') && !entry.split(sep).includes('node_modules'))
    .map((entry) => relative(appDir, join(root, entry)).split(sep).join('/'))
    .sort();
}
