import type { SimState } from './model';
import type { SimContext } from './context';
import { findTemplate } from './contract/matchPath';
import { validateAgainstSpec } from './contract/validateAgainstSpec';
import { FaultKnobs } from './faults';
import { JiraRestError, errorResponse, json } from './http';
import type { AppJqlFunction, JqlAlias } from './jqlTypes';
import { appFieldRoutes } from './routes/appFields';
import { changelogBulkRoutes } from './routes/changelogBulk';
import { commentRoutes } from './routes/comments';
import { issueRoutes } from './routes/issues';
import { linkRoutes } from './routes/links';
import { metadataRoutes } from './routes/metadata';
import { permissionRoutes } from './routes/permissionChecks';
import { projectRoutes } from './routes/projects';
import { propertyRoutes } from './routes/properties';
import type { Route } from './routes/route';
import { searchRoutes } from './routes/search';
import { transitionRoutes } from './routes/transitions';
import { userRoutes } from './routes/users';
import type { SimIssueEvent, SimRequest, SimResponse, TransitionCheck } from './types';

export interface JiraSimulatorOptions {
  now(): Date;
  jqlAliases?: JqlAlias[];
  /** The app's `jira:jqlFunction`s by their JQL name; searches precompute them before the engine runs. */
  jqlFunctions?: Record<string, AppJqlFunction>;
  onIssueEvent?(event: SimIssueEvent): void;
  /** Runs the workflow validators of a transition; a refusal becomes Jira's 400 with the validator's message. */
  beforeTransition?: TransitionCheck;
  /** Validate every request and response body against the Jira spec and throw on a mismatch (tests use this). */
  strict?: boolean;
  /** The app's own Jira account: author of asApp writes. Defaults to the state's first `app` account. */
  appAccountId?: string;
}

export interface JiraSimulator {
  handle(req: SimRequest): Promise<SimResponse>;
  readonly faults: FaultKnobs;
  readonly state: SimState;
}

const ROUTES: Route[] = [
  ...issueRoutes,
  ...propertyRoutes,
  ...searchRoutes,
  ...commentRoutes,
  ...linkRoutes,
  ...transitionRoutes,
  ...permissionRoutes,
  ...metadataRoutes,
  ...projectRoutes,
  ...userRoutes,
  ...appFieldRoutes,
  ...changelogBulkRoutes,
];

/** The operations the simulator serves, as the spec names them (each must be listed in `openapi/operations.json`). */
export function simulatedOperations(): { method: string; path: string }[] {
  return ROUTES.map((r) => ({ method: r.method, path: r.template }));
}

export class ContractViolation extends Error {
  constructor(readonly violations: string[]) {
    super(`Jira simulator broke the spec:\n  ${violations.join('\n  ')}`);
  }
}

function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  const candidates = ROUTES.filter((r) => r.method === method);
  const found = findTemplate(candidates.map((r) => r.template), path);
  if (!found) return null;
  return { route: candidates.find((r) => r.template === found.template)!, params: found.params };
}

export function createJiraSimulator(state: SimState, options: JiraSimulatorOptions): JiraSimulator {
  const faults = new FaultKnobs();
  const appAccountId = options.appAccountId ?? state.users.find((u) => u.accountType === 'app')?.accountId ?? 'app';

  function contextFor(req: SimRequest): SimContext {
    return {
      state,
      actor: req.actor,
      actorAccountId: req.actor.kind === 'user' ? req.actor.accountId : appAccountId,
      now: options.now,
      jqlAliases: options.jqlAliases ?? [],
      jqlFunctions: options.jqlFunctions ?? {},
      emit: (event) => options.onIssueEvent?.(event),
      beforeTransition: options.beforeTransition ?? (async () => ({ ok: true })),
    };
  }

  async function dispatch(req: SimRequest): Promise<SimResponse> {
    const method = req.method.toUpperCase();
    const [path = '', queryString = ''] = req.path.split('?', 2);
    const match = findRoute(method, path);
    // Fail loudly: an unknown route means the app calls something the simulator (and maybe the spec) lacks.
    if (!match) return json(404, { errorMessages: [`Jira simulator has no route for ${method} ${path}`], errors: {} });
    if (options.strict && req.body !== undefined) {
      const violations = validateAgainstSpec({ method, path: match.route.template, requestBody: req.body });
      if (violations.length > 0) throw new ContractViolation(violations);
    }
    let response: SimResponse;
    try {
      response = await match.route.handle(contextFor(req), { params: match.params, query: new URLSearchParams(queryString), body: req.body });
    } catch (error) {
      if (!(error instanceof JiraRestError)) throw error;
      response = errorResponse(error);
    }
    if (options.strict) {
      const violations = validateAgainstSpec({ method, path: match.route.template, status: response.status, responseBody: response.body });
      if (violations.length > 0) throw new ContractViolation(violations);
    }
    return response;
  }

  return {
    state,
    faults,
    async handle(req) {
      return (await faults.apply(req.method, req.path)) ?? dispatch(req);
    },
  };
}
