import { existsSync } from 'fs';
import { join } from 'path';
import { validate, type ManifestSchema } from '@forge/manifest';
import { MANIFEST_FILE, type Problem } from './problem';

/** The manifest as read by @forge/manifest: `typed` only when it passed the JSON schema. */
export interface ParsedManifest {
  typed: ManifestSchema | undefined;
  /** The parsed YAML even when the schema rejected it, so our own checks still run on a broken manifest. */
  content: unknown;
  lines: string[];
}

// Resource folders that are front-end build output: missing simply means "not built yet", and saying so saves
// the reader a hunt (check:forge runs after the Custom UI build in `npm test`).
const BUILD_OUTPUT_SEGMENT = /(^|\/)(build|dist)(\/|$)/;

export function withBuildHint(problem: Problem, appDir: string): Problem {
  const missing = /^missing resource '([^']+)'/.exec(problem.message)?.[1];
  if (missing === undefined || !BUILD_OUTPUT_SEGMENT.test(missing) || existsSync(join(appDir, missing))) return problem;
  return { ...problem, message: `${problem.message} (front-end build output: run the Custom UI build before check:forge)` };
}

/**
 * Full `validate()`: schema, module types, function keys, handler files under src/, resource folders.
 * Must run with the app directory as cwd: handler and resource paths resolve from the manifest's folder, but
 * some validators (translations) resolve from cwd.
 */
export async function validateManifest(): Promise<{ problems: Problem[]; manifest: ParsedManifest }> {
  const result = await validate(false, MANIFEST_FILE);
  const problems = (result.errors ?? []).map(
    (error): Problem => ({
      level: error.level,
      source: 'manifest',
      message: error.message,
      file: MANIFEST_FILE,
      ...(error.line ? { line: error.line } : {}),
    }),
  );
  const object = result.manifestObject;
  return {
    problems,
    manifest: {
      typed: object?.typedContent as ManifestSchema | undefined,
      content: object?.yamlContent as unknown,
      lines: object?.yamlContentByLine ?? [],
    },
  };
}
