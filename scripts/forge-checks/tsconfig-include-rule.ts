import { existsSync, statSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import type { AppContext } from './app-context';
import type { Problem } from './problem';

const TSCONFIG = 'tsconfig.json';
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/**
 * @forge/lint expands each tsconfig `include` entry with `glob` and lints a .ts file only if it is in that
 * expansion. TypeScript reads `"src"` as "everything under src", but glob expands it to the folder itself, so
 * lint silently skips every file under it. Only globs (`src/**\/*.ts`) or single files work for both.
 */
export function checkTsconfigInclude({ appDir }: AppContext): Problem[] {
  const path = join(appDir, TSCONFIG);
  if (!existsSync(path)) return [];
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) return [{ level: 'error', source: 'triad', message: `cannot read ${TSCONFIG}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`, file: TSCONFIG }];
  const include: unknown = (config as { include?: unknown }).include;
  if (!Array.isArray(include)) return [];
  return include
    .filter((entry): entry is string => typeof entry === 'string' && !GLOB_CHARACTERS.test(entry))
    .filter((entry) => (existsSync(join(appDir, entry)) ? statSync(join(appDir, entry)).isDirectory() : !/\.\w+$/.test(entry)))
    .map((entry): Problem => ({
      level: 'error',
      source: 'triad',
      message: `${TSCONFIG} include entry '${entry}' is not a glob: @forge/lint would skip the files under it; write '${entry.replace(/\/$/, '')}/**/*.ts'`,
      file: TSCONFIG,
    }));
}
