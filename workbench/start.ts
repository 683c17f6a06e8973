/**
 * `npm start`: the workbench on the embedded demo site. Serves the simulated Jira pages on http://localhost:PORT
 * and the app's Custom UI resources on http://127.0.0.1:PORT (a second origin, as Forge's CDN is).
 * State persists under .workbench/ between runs; `npm start -- --reset` starts from the demo seed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KvsStore } from './kvs/store';
import { loadKvsStore, saveKvsStore, KVS_FILE_NAME } from './kvs/persistence';
import { buildDemoSite } from './seed';
import { createWorkbench } from './app/createWorkbench';
import { loadApp, loadOpenApi, storageEntitiesOf } from './app/loadApp';
import { loadSiteState, saveSiteState } from './app/persistence';
import { serveWorkbench } from './app/serve';

const appDir = path.resolve(__dirname, '..');
const stateDir = path.join(appDir, '.workbench');
const args = process.argv.slice(2);
const port = Number(process.env.PORT ?? 8700);

async function main(): Promise<void> {
  if (args.includes('--reset')) fs.rmSync(stateDir, { recursive: true, force: true });
  const app = loadApp(appDir);
  const state = loadSiteState(stateDir) ?? buildDemoSite();
  const entities = storageEntitiesOf(app.manifest);
  const kvs = fs.existsSync(path.join(stateDir, KVS_FILE_NAME)) ? await loadKvsStore(stateDir, { entities }) : new KvsStore({ entities });
  const workbench = createWorkbench({ app, openapi: loadOpenApi(appDir), state, kvs });
  const running = await serveWorkbench(app, workbench, { port, listenHost: process.env.HOST ?? '127.0.0.1' });
  console.log(`Triad workbench: open ${running.hostOrigin}/  (state in .workbench/; npm start -- --reset starts over)`);

  // Persist every few seconds and on exit, so a restart keeps what the user did.
  const save = async () => {
    saveSiteState(stateDir, state);
    await saveKvsStore(kvs, stateDir);
  };
  const timer = setInterval(() => void save(), 5000);
  const stop = () => {
    clearInterval(timer);
    void Promise.all([running.close(), save()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
