import type { HostBackend, HostModule } from '../host/hostBackend';
import type { Workbench } from './createWorkbench';
import type { LoadedApp } from './loadApp';

interface UiModuleEntry {
  key: string;
  resource?: string;
  title?: string;
  /** `jira:issueContext`: the collapsed panel's text. */
  label?: string;
  resolver?: { function?: string };
  /** `jira:customField`: its name, value type, Custom UI edit view and formatter. */
  name?: string;
  type?: string;
  edit?: { resource?: string };
  formatter?: { expression?: string };
}

/** The resource a module shows: its own `resource`, or for a custom field the `edit` view's. */
function resourceKeyOf(type: string, entry: UiModuleEntry): string | undefined {
  return type === 'jira:customField' ? entry.edit?.resource : entry.resource;
}

function customFieldOf(type: string, entry: UiModuleEntry): HostModule['customField'] {
  if (type !== 'jira:customField') return undefined;
  const expression = entry.formatter?.expression;
  return { fieldType: entry.type ?? 'string', ...(expression ? { formatterExpression: expression } : {}) };
}

/** Every manifest module that shows a Custom UI resource, with the resource's path. */
export function uiModulesOf(manifest: Record<string, unknown>): HostModule[] {
  const resources = (manifest.resources as { key: string; path: string }[] | undefined) ?? [];
  const modules = (manifest.modules as Record<string, UiModuleEntry[]> | undefined) ?? {};
  return Object.entries(modules).flatMap(([type, entries]) =>
    entries.flatMap((entry) => {
      const resourceKey = resourceKeyOf(type, entry);
      if (typeof resourceKey !== 'string') return [];
      const resource = resources.find((candidate) => candidate.key === resourceKey);
      if (!resource) throw new Error(`Module ${entry.key} names resource '${resourceKey}', which manifest.yml does not declare`);
      const customField = customFieldOf(type, entry);
      const title = entry.title ?? entry.name ?? entry.key;
      const label = typeof entry.label === 'string' ? { label: entry.label } : {};
      return [{ key: entry.key, type, title, resource: resource.key, resourcePath: resource.path, ...label, ...(customField ? { customField } : {}) }];
    }),
  );
}

/** The UI host's view of the workbench: pages read Jira as the chosen user; bridge calls go to the runtime. */
export function createHostBackend(app: LoadedApp, workbench: Workbench): HostBackend {
  const modules = uiModulesOf(app.manifest);
  const { jira, runtime } = workbench;
  return {
    listModules: () => modules,
    listUsers: () =>
      jira.state.users.filter((user) => user.accountType === 'atlassian' && user.active).map(({ accountId, displayName }) => ({ accountId, displayName })),
    listIssues: () => [...jira.state.issues].sort((a, b) => Number(b.id) - Number(a.id)).map(({ key, summary }) => ({ key, summary })),
    async issueView(issueKey, accountId) {
      const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=*all`;
      const response = await jira.handle({ method: 'GET', path, headers: {}, actor: { kind: 'user', accountId } });
      if (response.status === 200) return { ok: true, issue: response.body };
      const messages = (response.body as { errorMessages?: string[] } | undefined)?.errorMessages ?? [];
      return { ok: false, status: response.status, message: messages.join(' ') || `Jira answered ${response.status}` };
    },
    invoke(moduleKey, call, extensionContext, accountId) {
      const module = modules.find((candidate) => candidate.key === moduleKey);
      if (!module) return Promise.reject(new Error(`No UI module ${moduleKey}`));
      const context = { ...(extensionContext as Record<string, unknown>), moduleKey, accountId };
      return runtime.invokeResolver({ functionKey: call.functionKey, payload: call.payload, context });
    },
    async requestJira(path, init, accountId) {
      const body = init.body === undefined || init.body === '' ? undefined : (JSON.parse(init.body) as unknown);
      const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
      const response = await jira.handle({ method: init.method, path, headers, body, actor: { kind: 'user', accountId } });
      const text = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      return { status: response.status, headers: response.headers, body: text };
    },
    runScheduledTrigger: (moduleKey) => workbench.runScheduledTrigger(moduleKey),
  };
}
