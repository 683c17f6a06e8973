import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Permissions } from '@forge/manifest';
import { createHostRouter, type CspReport } from '../host/createHostRouter';
import type { Workbench } from './createWorkbench';
import { createHostBackend } from './hostBackend';
import type { LoadedApp } from './loadApp';

export interface RunningWorkbench {
  /** Jira pages (the simulated site). */
  hostOrigin: string;
  /** The app's Custom UI resources: a second origin, so module iframes are cross-origin as on Forge's CDN. */
  resourceOrigin: string;
  cspReports: CspReport[];
  close(): Promise<void>;
}

/**
 * Serves the workbench on one port under two names: pages on `localhost`, resources on `127.0.0.1`.
 * Port 0 picks a free port (tests).
 */
export async function serveWorkbench(app: LoadedApp, workbench: Workbench, options: { port: number; listenHost?: string }): Promise<RunningWorkbench> {
  const web = express();
  const server = web.listen(options.port, options.listenHost ?? '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  const hostOrigin = `http://localhost:${port}`;
  const resourceOrigin = `http://127.0.0.1:${port}`;
  const { router, cspReports } = createHostRouter(createHostBackend(app, workbench), {
    staticRoot: app.appDir,
    hostOrigin,
    resourceOrigin,
    permissions: app.manifest.permissions as Permissions | undefined,
    cloudId: workbench.jira.state.site.cloudId,
  });
  web.use(router);
  return {
    hostOrigin,
    resourceOrigin,
    cspReports,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
