import path from 'node:path';
import { createWorkbench, type Workbench } from '../../../workbench/app/createWorkbench';
import { loadApp, loadOpenApi } from '../../../workbench/app/loadApp';
import { buildDemoSite, DEMO_NOW } from '../../../workbench/seed';

const appDir = path.resolve(__dirname, '../../..');

/** The real app (manifest.yml + src/index) on a fresh demo site, in strict contract mode, at the demo's fixed time. */
export function demoWorkbench(options: { strict?: boolean } = {}): Workbench {
  return createWorkbench({
    app: loadApp(appDir),
    openapi: loadOpenApi(appDir),
    state: buildDemoSite(),
    now: () => DEMO_NOW,
    strict: options.strict ?? true,
  });
}
