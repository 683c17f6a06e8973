import type { SimState } from './model';
import type { SimActor, SimIssueEvent, TransitionCheck } from './types';
import type { AppJqlFunction, JqlAlias } from './jqlTypes';

/** What every route handler gets: the state, who is calling and the simulator's options. */
export interface SimContext {
  state: SimState;
  actor: SimActor;
  /** The account that writes show as author: the user, or the app's own account for asApp calls. */
  actorAccountId: string;
  now(): Date;
  jqlAliases: JqlAlias[];
  jqlFunctions: Record<string, AppJqlFunction>;
  emit(event: SimIssueEvent): void;
  beforeTransition: TransitionCheck;
}

export function nowIso(ctx: SimContext): string {
  return ctx.now().toISOString();
}

export function selfUrl(ctx: SimContext, path: string): string {
  return `${ctx.state.site.baseUrl.replace(/\/$/, '')}${path}`;
}
