import type { AppContext } from './app-context';
import { runtimeName } from './manifest-shape';
import { MANIFEST_FILE, manifestLineOf, type Problem } from './problem';

const MINIMUM_NODE_MAJOR = 22;

/**
 * DESIGN §2 fixes the runtime at nodejs22.x or newer. The manifest schema still accepts nodejs20.x and Forge
 * only warns about it (from a remote deprecation list the offline lint cannot read), so we refuse it here.
 */
export function checkRuntime({ manifest }: AppContext): Problem[] {
  const name = runtimeName(manifest.content);
  if (name === undefined) return []; // the schema validation reports a missing runtime
  const major = /^nodejs(\d+)\.x$/.exec(name)?.[1];
  if (major !== undefined && Number(major) >= MINIMUM_NODE_MAJOR) return [];
  const line = manifestLineOf(name, manifest.lines);
  return [
    {
      level: 'error',
      source: 'triad',
      message: `app.runtime.name is '${name}': Triad runs on nodejs${MINIMUM_NODE_MAJOR}.x or newer`,
      file: MANIFEST_FILE,
      ...(line ? { line } : {}),
    },
  ];
}
