import { existsSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import type { AppContext } from './app-context';
import { moduleEntries, stringField } from './manifest-shape';
import { MANIFEST_FILE, manifestLineOf, type Problem } from './problem';
import { SOURCE_DIRECTORY } from './source-files';

// The order @forge/manifest tries when it looks for a handler file.
const HANDLER_EXTENSIONS = ['tsx', 'jsx', 'ts', 'js', 'cjs'];
// `<file path>.<export>`, as @forge/manifest's function handler rule reads it.
const HANDLER = /^([\p{Alpha}\d_-]+(?:\/[\p{Alpha}\d_-]+)*)\.([\p{Alpha}\d_-]+)$/u;

interface HandlerRef {
  functionKey: string;
  handler: string;
  file: string;
  exportName: string;
}

function handlerRefs(manifest: unknown): HandlerRef[] {
  return moduleEntries(manifest, 'function').flatMap((entry) => {
    const handler = stringField(entry, 'handler');
    const match = handler === undefined ? null : HANDLER.exec(handler);
    if (!handler || !match?.[1] || !match[2]) return []; // validate() reports a malformed handler
    return [{ functionKey: stringField(entry, 'key') ?? '?', handler, file: match[1], exportName: match[2] }];
  });
}

function handlerFile(appDir: string, file: string): string | undefined {
  return HANDLER_EXTENSIONS.map((extension) => join(appDir, SOURCE_DIRECTORY, `${file}.${extension}`)).find((path) => existsSync(path));
}

/**
 * Names a module really exports, following `export { x } from './y'` and `export * from './y'`.
 * A re-export of a name the target does not have stays in the export table as an alias to nothing, so an
 * alias counts only when it resolves to a declaration.
 */
function exportedNames(program: ts.Program, fileName: string): Set<string> {
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(fileName);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) return new Set(); // a script with no import/export exports nothing
  const names = checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => !(symbol.flags & ts.SymbolFlags.Alias) || (checker.getAliasedSymbol(symbol).declarations?.length ?? 0) > 0)
    .map((symbol) => symbol.getName());
  return new Set(names);
}

/**
 * Every `function.handler` (`index.myHandler`) must name an export that exists. validate() only checks that
 * the file exists and @forge/lint's handler rule (a warning) does not follow re-exports, so a renamed handler
 * would deploy and fail on first invocation.
 */
export function checkHandlerExports({ appDir, manifest }: AppContext): Problem[] {
  const refs = handlerRefs(manifest.content)
    .map((ref) => ({ ...ref, path: handlerFile(appDir, ref.file) }))
    .filter((ref): ref is HandlerRef & { path: string } => ref.path !== undefined); // validate() reports missing files
  if (refs.length === 0) return [];

  const program = ts.createProgram({
    rootNames: [...new Set(refs.map((ref) => ref.path))],
    // Only the export tables are read: no lib or @types needed, and JS handlers are read like TS ones.
    options: { allowJs: true, noEmit: true, noLib: true, types: [], module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: true },
  });
  const exportsByFile = new Map<string, Set<string>>();
  return refs.flatMap((ref): Problem[] => {
    const names = exportsByFile.get(ref.path) ?? exportedNames(program, ref.path);
    exportsByFile.set(ref.path, names);
    if (names.has(ref.exportName)) return [];
    const line = manifestLineOf(ref.handler, manifest.lines);
    return [
      {
        level: 'error',
        source: 'triad',
        message: `function '${ref.functionKey}' handler '${ref.handler}': ${SOURCE_DIRECTORY}/${ref.file} has no export named '${ref.exportName}'`,
        file: MANIFEST_FILE,
        ...(line ? { line } : {}),
      },
    ];
  });
}
