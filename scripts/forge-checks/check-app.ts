import { resolve } from 'path';
import type { AppContext } from './app-context';
import { checkHandlerExports } from './handler-exports-rule';
import { checkJiraOperations } from './jira-operations-rule';
import { validateManifest, withBuildHint } from './manifest-validation';
import { runOfflineLint } from './offline-lint';
import type { Problem } from './problem';
import { checkRuntime } from './runtime-rule';
import { listSourceFiles } from './source-files';
import { checkStorageScope } from './storage-scope-rule';
import { checkTriggerEvents } from './trigger-events-rule';
import { checkTsconfigInclude } from './tsconfig-include-rule';

export interface CheckOptions {
  /** Folder with the six OpenAPI specs for the offline lint; defaults to this repository's `openapi/`. */
  openapiDir?: string;
}

const TRIAD_RULES: ((app: AppContext) => Problem[])[] = [
  checkStorageScope,
  checkTriggerEvents,
  checkRuntime,
  checkHandlerExports,
  checkTsconfigInclude,
  checkJiraOperations,
];

// validate() and lint() resolve manifest.yml, tsconfig.json and source paths from process.cwd(), which is
// global: checks of two apps must not interleave.
let cwdQueue: Promise<unknown> = Promise.resolve();

function inDirectory<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const next = cwdQueue.then(async () => {
    const previous = process.cwd();
    process.chdir(dir);
    try {
      return await run();
    } finally {
      process.chdir(previous);
    }
  });
  cwdQueue = next.catch(() => undefined);
  return next;
}

/** lint() re-runs the manifest validators, so a manifest error would otherwise be reported twice. */
function withoutRepeats(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file ?? ''}:${problem.line ?? ''}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Everything `forge deploy` would refuse (and a few things it would let through), offline:
 * `validate()` of @forge/manifest, client-side `lint()` of @forge/lint against the vendored specs, then
 * Triad's own rules. Never throws for a broken app: every finding is a Problem.
 */
export function checkForgeApp(appDir: string, options: CheckOptions = {}): Promise<Problem[]> {
  const app = resolve(appDir);
  const openapiDir = resolve(options.openapiDir ?? resolve(__dirname, '..', '..', 'openapi'));
  return inDirectory(app, async () => {
    const { problems: manifestProblems, manifest } = await validateManifest();
    const sourceFiles = listSourceFiles(app);
    const lintProblems: Problem[] = manifest.typed
      ? await runOfflineLint(manifest.typed, sourceFiles, openapiDir)
      : [{ level: 'warning', source: 'lint', message: 'skipped: lint needs a manifest that passes the schema validation above' }];
    const context: AppContext = { appDir: app, manifest, sourceFiles, openapiDir };
    const problems = withoutRepeats([...manifestProblems, ...lintProblems, ...TRIAD_RULES.flatMap((rule) => rule(context))]);
    return problems.map((problem) => withBuildHint(problem, app));
  });
}
