import { createJiraSimulator, type JiraSimulator } from '../jira/simulator';
import type { SimState } from '../jira/model';
import type { JqlFunctionClause } from '../jira/jqlTypes';
import type { SimIssueEvent } from '../jira/types';
import { handleKvsRequest } from '../kvs/wire';
import { KvsStore } from '../kvs/store';
import { readAppManifest } from '../runtime/appManifest';
import { createForgeRuntime, type ForgeRuntime } from '../runtime/createForgeRuntime';
import type { OpenApiSpec } from '../runtime/requiredScopes';
import type { ScheduledTriggerOutcome } from '../runtime/scheduledTriggers';
import { installCustomFields, manifestJqlAliases } from './installApp';
import { storageEntitiesOf, type LoadedApp } from './loadApp';
import { FORGE_EVENT_TYPES, forgeEventPayload } from './productEvents';
import { TriggerDelivery } from './triggerDelivery';

export interface WorkbenchOptions {
  app: LoadedApp;
  openapi: unknown;
  state: SimState;
  /** Forge storage; a fresh store with the manifest's entities when omitted. */
  kvs?: KvsStore;
  now?: () => Date;
  /** Validate every simulator request and response against the Jira spec (tests). */
  strict?: boolean;
  /** Runtime limits override (tests use short timeouts). */
  limits?: Parameters<typeof createForgeRuntime>[0]['limits'];
}

/** One simulated Jira site with the app installed: the simulator, Forge storage and the runtime, wired together. */
export interface Workbench {
  jira: JiraSimulator;
  runtime: ForgeRuntime;
  kvs: KvsStore;
  triggers: TriggerDelivery;
  /** Waits until every trigger and queued event (including those they cause) has run. */
  settle(): Promise<void>;
  /** Runs a `scheduledTrigger` module now (the app reads the time from its own clock), then settles what it caused. */
  runScheduledTrigger(moduleKey: string): Promise<ScheduledTriggerOutcome>;
}

export function createWorkbench(options: WorkbenchOptions): Workbench {
  const { app, state } = options;
  const kvs = options.kvs ?? new KvsStore({ entities: storageEntitiesOf(app.manifest) });
  const now = options.now ?? (() => new Date());
  installCustomFields(state, app.manifest);
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const settled = work.catch((error: unknown) => console.error('workbench: trigger delivery failed', error));
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  };
  const triggers = new TriggerDelivery(track);

  // The simulator's hooks call the runtime, created just below: they only run after both exist.
  const jira = createJiraSimulator(state, {
    now,
    strict: options.strict,
    jqlAliases: manifestJqlAliases(state, app.manifest),
    jqlFunctions: Object.fromEntries(
      readAppManifest(app.manifest).jqlFunctions.map((module) => [module.name, (clause: JqlFunctionClause) => runtime.runJqlFunction(module.name, clause)]),
    ),
    onIssueEvent: (event) => triggers.deliver(() => deliverIssueEvent(event)),
    beforeTransition: async ({ issue, transition }) => {
      for (const moduleKey of transition.validatorModuleKeys ?? []) {
        // Forge hands a validator only the issue key and the statuses; it reads anything else through the API asApp.
        const verdict = await runtime.runWorkflowValidator(moduleKey, {
          issue: { key: issue.key },
          transition: { from: { id: issue.statusId }, to: { id: transition.to } },
        });
        if (!verdict.result) return { ok: false, message: verdict.errorMessage ?? `Transition refused by ${moduleKey}` };
      }
      return { ok: true };
    },
  });

  async function issueAsApp(issueId: string): Promise<unknown> {
    const response = await jira.handle({ method: 'GET', path: `/rest/api/3/issue/${issueId}`, headers: {}, actor: { kind: 'app' } });
    return response.body;
  }

  async function deliverIssueEvent(event: SimIssueEvent): Promise<unknown> {
    const issueId = event.type === 'issuelink_created' ? event.link.outwardIssueId : event.issue.id;
    const payload = forgeEventPayload(event, await issueAsApp(issueId));
    return runtime.fireProductEvent(FORGE_EVENT_TYPES[event.type], payload);
  }

  const runtime = createForgeRuntime({
    manifest: app.manifest,
    handlers: app.handlers,
    jira,
    kvs: { handle: (path, init) => handleKvsRequest(kvs, path, init) },
    openapi: options.openapi as OpenApiSpec,
    clock: { now: () => now().getTime() },
    limits: options.limits,
  });

  return {
    jira,
    runtime,
    kvs,
    triggers,
    async settle() {
      while (pending.size > 0) await Promise.all([...pending]);
      await runtime.idle();
      if (pending.size > 0) await this.settle();
    },
    async runScheduledTrigger(moduleKey) {
      const outcome = await runtime.runScheduledTrigger(moduleKey);
      await this.settle();
      return outcome;
    },
  };
}
