import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import type { Permissions } from '@forge/manifest';
import type { HostBackend, HostModule } from './hostBackend';
import { type ColorMode, type SiteIdentity, customFieldEditContext, dashboardGadgetContext, issueModuleContext, pageModuleContext } from './moduleContext';
import { resourceCsp } from './resourceCsp';
import { injectBridgeScript } from './resourceHtml';
import { html, page } from './pages/html';
import { topNav } from './pages/chrome';
import { errorView, indexView, isIssueModule, modulePageView } from './pages/indexPage';
import { issueView } from './pages/issueViewPage';
import { DASHBOARD_GADGET_TYPE, dashboardView } from './pages/dashboardPage';
import { customFieldRowHtml } from './pages/customFieldRow';
import { hostBridgeScript, moduleFrame, resourceUrl } from './pages/moduleFrame';

export interface HostRouterOptions {
  /** The app root: each module's `resourcePath` (from manifest.yml) is relative to it. */
  staticRoot: string;
  /** Origin of the pages (the simulated Jira site), e.g. `http://localhost:3000`. */
  hostOrigin: string;
  /**
   * Origin the Custom UI resources are served from; must differ from `hostOrigin` (e.g. `http://127.0.0.1:3000`,
   * or another port) so that, as on Forge's CDN, the iframe is cross-origin and can reach Jira only via the bridge.
   */
  resourceOrigin: string;
  /** The manifest's `permissions`: its `content` and `external` entries shape the resources' CSP, as on Forge. */
  permissions?: Permissions;
  cloudId?: string;
  environmentId?: string;
}

export interface CspReport {
  documentUri: string;
  violatedDirective: string;
  blockedUri: string;
}

const ASSETS_DIR = path.join(__dirname, 'assets');

function hostOf(origin: string): string {
  return new URL(origin).host;
}

/** Routes of one origin only: the other origin's requests fall through (and end as 404). */
function forOrigin(origin: string, router: Router) {
  const host = hostOf(origin);
  return (req: Request, res: Response, next: NextFunction) => (req.headers.host === host ? router(req, res, next) : next());
}

function colorModeOf(req: Request): ColorMode {
  return req.query.theme === 'dark' ? 'dark' : 'light';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The UI host: Jira-like pages on `hostOrigin` that embed the app's Custom UI modules as cross-origin iframes
 * served from `resourceOrigin`, with the bridge and the CSP Forge would apply. Mount it on a server listening on
 * both origins (one port with two host names, or two ports).
 */
export function createHostRouter(backend: HostBackend, options: HostRouterOptions): { router: Router; cspReports: CspReport[] } {
  if (hostOf(options.hostOrigin) === hostOf(options.resourceOrigin)) {
    throw new Error('hostOrigin and resourceOrigin must differ: Custom UI runs cross-origin from the product');
  }
  const site: SiteIdentity = {
    siteUrl: options.hostOrigin,
    cloudId: options.cloudId ?? '00000000-0000-4000-8000-0000000c10d1',
    environmentId: options.environmentId ?? '00000000-0000-4000-8000-00000000e4e1',
  };
  const cspReports: CspReport[] = [];
  const router = express.Router();
  router.use(forOrigin(options.hostOrigin, hostPages(backend, options, site, cspReports)));
  router.use(forOrigin(options.resourceOrigin, resources(backend, options, cspReports)));
  return { router, cspReports };
}

function hostPages(backend: HostBackend, options: HostRouterOptions, site: SiteIdentity, cspReports: CspReport[]): Router {
  const router = express.Router();
  router.use('/host/assets', express.static(ASSETS_DIR, { index: false }));

  const viewer = (req: Request) => {
    const users = backend.listUsers();
    const wanted = typeof req.query.as === 'string' ? req.query.as : undefined;
    const user = users.find((candidate) => candidate.accountId === wanted) ?? users[0];
    if (!user) throw new Error('The workbench has no users to act as');
    return { users, accountId: user.accountId, colorMode: colorModeOf(req), accountQuery: `as=${encodeURIComponent(user.accountId)}&theme=${colorModeOf(req)}` };
  };
  const chrome = (req: Request, v: ReturnType<typeof viewer>) => topNav({ users: v.users, accountId: v.accountId, colorMode: v.colorMode, currentPath: req.path });

  router.get('/', async (req, res) => {
    const v = viewer(req);
    const body = html`${chrome(req, v)}${indexView({ modules: backend.listModules(), issues: backend.listIssues(), users: v.users, accountQuery: v.accountQuery })}`;
    res.type('html').send(await page({ title: 'Triad workbench', colorMode: v.colorMode, body }));
  });

  router.get('/browse/:issueKey', async (req, res) => {
    const v = viewer(req);
    const view = await backend.issueView(req.params.issueKey, v.accountId);
    if (!view.ok) {
      res.status(view.status).type('html').send(await page({ title: req.params.issueKey, colorMode: v.colorMode, body: html`${chrome(req, v)}${errorView(view.status, view.message)}` }));
      return;
    }
    const framesOf = (type: string) =>
      backend
        .listModules()
        .filter((module) => module.type === type)
        .map((module) => ({ module, frame: moduleFrame(module, issueModuleContext(site, module, v.accountId, v.colorMode, view.issue), options.resourceOrigin) }));
    const panels = framesOf('jira:issuePanel');
    const contexts = framesOf('jira:issueContext');
    const customFields = (await customFieldIds(backend, v.accountId)).map(({ module, fieldId }) => {
      const value = (view.issue as { fields?: Record<string, unknown> }).fields?.[fieldId] ?? null;
      const field = { fieldId, fieldType: module.customField?.fieldType ?? 'string', fieldValue: value };
      const editContext = customFieldEditContext(site, module, v.accountId, v.colorMode, view.issue, field);
      return customFieldRowHtml({ module, fieldId, value, editContext, editSrc: resourceUrl(module, options.resourceOrigin) });
    });
    const body = html`${chrome(req, v)}${issueView({ issue: view.issue, panels, contexts, customFields, accountQuery: v.accountQuery })}`;
    const title = `${req.params.issueKey} - Triad workbench`;
    res.type('html').send(await page({ title, colorMode: v.colorMode, body, scripts: hostBridgeScript(options.resourceOrigin) }));
  });

  // One dashboard holding every gadget of the app, each with its own gadget id on dashboard 10000.
  router.get('/dashboard', async (req, res) => {
    const v = viewer(req);
    const gadgets = backend
      .listModules()
      .filter((module) => module.type === DASHBOARD_GADGET_TYPE)
      .map((module, index) => ({
        module,
        frame: moduleFrame(module, dashboardGadgetContext(site, module, v.accountId, v.colorMode, { dashboardId: '10000', gadgetId: String(20000 + index) }), options.resourceOrigin),
      }));
    res.type('html').send(await page({ title: 'Dashboard - Triad workbench', colorMode: v.colorMode, body: html`${chrome(req, v)}${dashboardView(gadgets)}`, scripts: hostBridgeScript(options.resourceOrigin) }));
  });

  router.get('/module/:moduleKey', async (req, res) => {
    const v = viewer(req);
    const module = backend.listModules().find((candidate) => candidate.key === req.params.moduleKey);
    if (!module || isIssueModule(module)) {
      const message = module ? `${module.key} is shown on an issue: open an issue view instead` : `No UI module ${req.params.moduleKey} in the manifest`;
      res.status(404).type('html').send(await page({ title: 'Not found', colorMode: v.colorMode, body: html`${chrome(req, v)}${errorView(404, message)}` }));
      return;
    }
    const frame = moduleFrame(module, pageModuleContext(site, module, v.accountId, v.colorMode), options.resourceOrigin);
    res.type('html').send(await page({ title: module.title, colorMode: v.colorMode, body: html`${chrome(req, v)}${modulePageView(module, frame)}`, scripts: hostBridgeScript(options.resourceOrigin) }));
  });

  // Only the host page's own script may call the API: a JSON body forces a CORS preflight the host never grants.
  router.use('/api', (req, res, next) => {
    if (req.method === 'POST' && (!req.is('application/json') || (req.headers.origin !== undefined && req.headers.origin !== options.hostOrigin))) {
      res.status(403).json({ error: 'The workbench API answers the host page only' });
      return;
    }
    next();
  });
  router.use('/api', express.json({ limit: '6mb' }));

  // Scheduled triggers do not fire on a clock locally: `curl -X POST <host>/admin/scheduled/recurring-reviews` runs one.
  router.post('/admin/scheduled/:moduleKey', async (req, res) => {
    try {
      const outcome = await backend.runScheduledTrigger(req.params.moduleKey ?? '');
      res.status(outcome.ok ? 200 : 502).json(outcome);
    } catch (error) {
      res.status(404).json({ error: errorMessage(error) });
    }
  });

  router.post('/api/invoke', async (req, res) => {
    const { moduleKey, call, context } = req.body as { moduleKey?: string; call?: { functionKey?: unknown; payload?: unknown }; context?: { accountId?: unknown; moduleKey?: unknown } };
    const module = backend.listModules().find((candidate) => candidate.key === moduleKey);
    if (!module || typeof call?.functionKey !== 'string' || typeof context?.accountId !== 'string' || context.moduleKey !== moduleKey) {
      res.status(400).json({ error: 'invoke needs a known moduleKey, call.functionKey and the module context' });
      return;
    }
    try {
      const value = await backend.invoke(module.key, { functionKey: call.functionKey, payload: call.payload }, context, context.accountId);
      res.json({ value });
    } catch (error) {
      res.status(500).json({ error: `Resolver ${module.key}/${call.functionKey} failed: ${errorMessage(error)}` });
    }
  });

  router.post('/api/requestJira', async (req, res) => {
    const { accountId, path: restPath, method, headers, body } = req.body as { accountId?: unknown; path?: unknown; method?: unknown; headers?: Record<string, string>; body?: string };
    if (typeof accountId !== 'string' || typeof restPath !== 'string' || !restPath.startsWith('/') || typeof method !== 'string') {
      res.status(400).json({ error: 'requestJira needs an accountId, a path starting with / and a method' });
      return;
    }
    try {
      res.json({ value: await backend.requestJira(restPath, { method, headers, body }, accountId) });
    } catch (error) {
      res.status(502).json({ error: `requestJira ${method} ${restPath} failed: ${errorMessage(error)}` });
    }
  });

  router.get('/api/csp-reports', (_req, res) => {
    res.json({ value: cspReports });
  });
  return router;
}

/**
 * The app's custom fields with their Jira field ids. Jira numbers a Forge field `customfield_N` at install; its
 * `schema.custom` ends with the module key (`ari:cloud:ecosystem::extension/.../<module key>`), as on a real site.
 */
async function customFieldIds(backend: HostBackend, accountId: string): Promise<{ module: HostModule; fieldId: string }[]> {
  const modules = backend.listModules().filter((module) => module.type === 'jira:customField');
  if (modules.length === 0) return [];
  const response = await backend.requestJira('/rest/api/3/field', { method: 'GET' }, accountId);
  if (response.status !== 200) throw new Error(`GET /rest/api/3/field answered ${response.status}: cannot place the app's custom fields`);
  const fields = JSON.parse(response.body) as { id: string; schema?: { custom?: string } }[];
  return modules.flatMap((module) => {
    const field = fields.find((candidate) => candidate.schema?.custom?.endsWith(`/${module.key}`));
    return field ? [{ module, fieldId: field.id }] : [];
  });
}

function resources(backend: HostBackend, options: HostRouterOptions, cspReports: CspReport[]): Router {
  const router = express.Router();
  const reportPath = '/__forge/csp-report';

  router.get('/__forge/bridge.js', (_req, res) => {
    res.sendFile(path.join(ASSETS_DIR, 'frameBridge.js'));
  });

  router.post(reportPath, express.json({ type: ['application/csp-report', 'application/json', 'application/reports+json'] }), (req, res) => {
    const report = (req.body as { 'csp-report'?: Record<string, string> })['csp-report'];
    if (report) {
      const entry = { documentUri: report['document-uri'] ?? '', violatedDirective: report['violated-directive'] ?? '', blockedUri: report['blocked-uri'] ?? '' };
      cspReports.push(entry);
      console.warn(`[csp] ${entry.documentUri} blocked ${entry.blockedUri} (${entry.violatedDirective})`);
    }
    res.status(204).end();
  });

  router.use('/resources/:resourceKey', (req, res, next) => {
    const module: HostModule | undefined = backend.listModules().find((candidate) => candidate.resource === req.params.resourceKey);
    if (!module) {
      res.status(404).type('text').send(`No resource ${req.params.resourceKey} in the manifest`);
      return;
    }
    const resourceDir = path.resolve(options.staticRoot, module.resourcePath);
    if (req.path === '/' || req.path === '/index.html') {
      const indexFile = path.join(resourceDir, 'index.html');
      if (!fs.existsSync(indexFile)) {
        res.status(404).type('text').send(`Resource ${module.resource} is not built (${module.resourcePath}/index.html is missing): run npm run build:ui`);
        return;
      }
      const built = fs.readFileSync(indexFile, 'utf8');
      const served = injectBridgeScript(built, '/__forge/bridge.js', options.hostOrigin);
      res.setHeader('Content-Security-Policy', resourceCsp(served, options.permissions, { hostOrigin: options.hostOrigin, reportUri: `${options.resourceOrigin}${reportPath}` }));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.type('html').send(served);
      return;
    }
    express.static(resourceDir, { index: false, fallthrough: false })(req, res, next);
  });
  return router;
}
