import fs from 'node:fs';
import path from 'node:path';
import { createWorkbench, type Workbench } from '../../../workbench/app/createWorkbench';
import { uiModulesOf } from '../../../workbench/app/hostBackend';
import { loadApp, loadOpenApi } from '../../../workbench/app/loadApp';
import { serveWorkbench, type RunningWorkbench } from '../../../workbench/app/serve';
import { buildDemoSite, DEMO_NOW } from '../../../workbench/seed';

export const APP_ROOT = path.resolve(__dirname, '../../..');

export interface RunningHost extends RunningWorkbench {
  workbench: Workbench;
}

/** Fails early with the fix when the Custom UI has not been built: the host serves the built resources only. */
function assertUiBuilt(manifest: Record<string, unknown>): void {
  for (const module of uiModulesOf(manifest)) {
    const index = path.join(APP_ROOT, module.resourcePath, 'index.html');
    if (!fs.existsSync(index)) throw new Error(`${module.resourcePath}/index.html is missing: run npm run build:ui before the E2E tests`);
  }
}

/** The real app on a fresh demo site (strict Jira contract), served on a free port as `npm start` serves it. */
export async function startHost(): Promise<RunningHost> {
  const app = loadApp(APP_ROOT);
  assertUiBuilt(app.manifest);
  const workbench = createWorkbench({
    app,
    openapi: loadOpenApi(APP_ROOT),
    state: buildDemoSite(),
    now: () => DEMO_NOW,
    strict: true,
  });
  const running = await serveWorkbench(app, workbench, { port: 0 });
  return { ...running, workbench };
}
