import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NullLogger, StatsigService, type DynamicConfig, type DynamicConfigKey, type FeatureGate } from '@forge/cli-shared';
import { lint, type LintResult } from '@forge/lint';
import type { ManifestSchema } from '@forge/manifest';
import type { Problem } from './problem';

/*
 * Offline, checked by running under a socket/DNS/fetch blocker: nothing in validate() or client-side lint() calls
 * out once (1) the flag service below is used, (2) the six LOCAL_*_SWAGGER files are set, (3) the linter mode is
 * 'client-side' (the server-side linters need an Atlassian GraphQL client and login). @forge/cli-shared requires
 * `keytar` only inside its credential store, which no lint path reaches; package.json `overrides` swaps in
 * tools/keytar-offline so installing never builds the native module.
 */

/**
 * The Forge CLI asks a feature-flag service (Statsig, over HTTPS) which runtimes are deprecated and which
 * linters are switched on. No env var turns that off, so we hand lint() a flag service that never calls out and
 * answers "no value": every linter then uses its built-in default (the same as when the service is unreachable).
 */
class OfflineFeatureFlags extends StatsigService {
  constructor() {
    const noAccount = { getCredentials: () => Promise.reject(new Error('offline: no Atlassian login')) };
    const noAppConfig = { readConfigSection: () => Promise.resolve('missing' as const) };
    super(NullLogger, undefined, noAccount, noAppConfig);
  }

  override checkGate<F extends FeatureGate>(_gate: F): Promise<boolean | null> {
    return Promise.resolve(null);
  }

  override getDynamicConfig<F extends DynamicConfigKey>(_config: F): Promise<DynamicConfig[F] | null> {
    return Promise.resolve(null);
  }
}

/** The six spec files @forge/lint's permission linter reads instead of downloading them. */
function localSwaggerEnv(openapiDir: string): Record<string, string> {
  return {
    // Without USE_LOCAL_SWAGGER *and all six* paths, the permission linter fetches the specs from Atlassian.
    USE_LOCAL_SWAGGER: 'true',
    LOCAL_JIRA_SWAGGER: join(openapiDir, 'jira-platform.v3.json'),
    LOCAL_JSM_SWAGGER: join(openapiDir, 'jsm.json'),
    LOCAL_JSW_SWAGGER: join(openapiDir, 'jira-software.json'),
    LOCAL_CONF_SWAGGER: join(openapiDir, 'confluence.json'),
    LOCAL_CONF_V2_SWAGGER: join(openapiDir, 'confluence-v2.json'),
    LOCAL_BB_SWAGGER: join(openapiDir, 'bitbucket.json'),
  };
}

async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

function toProblems(results: readonly LintResult[]): Problem[] {
  return results.flatMap((result) => {
    const where = (line: number): Pick<Problem, 'file' | 'line'> => ({ file: result.file, ...(line > 0 ? { line } : {}) });
    return [
      ...result.errors.map((rule): Problem => ({ level: 'error', source: 'lint', message: rule.message, ...where(rule.line) })),
      // An "approval" is a change that needs the app's admins to re-consent on upgrade: the CLI fails on it too.
      ...result.approvals.map((rule): Problem => ({ level: 'error', source: 'lint', message: rule.message, ...where(rule.line) })),
      ...result.warnings.map((rule): Problem => ({ level: 'warning', source: 'lint', message: rule.message, ...where(rule.line) })),
    ];
  });
}

/**
 * Client-side `lint()` of @forge/lint (what `forge lint` runs before deploy): manifest rules, permission scopes of
 * `requestJira` routes, handler exports, storage modules. Must run with the app directory as cwd: it reads
 * `manifest.yml` and `tsconfig.json` from cwd, and only lints a .ts file that tsconfig's `include` globs match.
 * `files` are relative to the app directory (`src/index.ts`), as the handler linter expects.
 */
export async function runOfflineLint(manifest: ManifestSchema, files: readonly string[], openapiDir: string): Promise<Problem[]> {
  // The permission linter opens a `conf` cache under the user's config folder even with local specs: point it
  // (XDG_CONFIG_HOME, as read on Linux/CI) at a throwaway folder so the check leaves nothing behind.
  const configHome = mkdtempSync(join(tmpdir(), 'triad-forge-lint-'));
  try {
    const results = await withEnv({ ...localSwaggerEnv(openapiDir), XDG_CONFIG_HOME: configHome }, () =>
      lint([...files], manifest, 'development', { info: () => undefined }, new OfflineFeatureFlags(), { linter: { mode: 'client-side' } }),
    );
    return toProblems(results);
  } catch (error) {
    // lint() wraps parse errors in ApplicationCompileError with the file and position in the message.
    return [{ level: 'error', source: 'lint', message: `lint could not run: ${(error as Error).message}` }];
  } finally {
    rmSync(configHome, { recursive: true, force: true });
  }
}
