import type { SimStatus, SimWorkflow } from '../jira/model';
import type { IssueProfile } from './issueProfiles';
import { transitionBetween } from './workflowLookup';

export interface LifecycleStep {
  transitionName: string;
  from: SimStatus;
  to: SimStatus;
}

/** One of a profile's status paths, resolved against the workflow once so issue generation only walks arrays. */
export interface LifecyclePlan {
  steps: LifecycleStep[];
  /** Step counts after which the issue rests in a not-done status (0 = still in the initial status). */
  openStops: number[];
}

export function planLifecycles(profile: IssueProfile, workflow: SimWorkflow, statuses: ReadonlyMap<string, SimStatus>): [LifecyclePlan, number][] {
  return profile.lifecycles.map(([path, weight]) => {
    const status = (id: string): SimStatus => {
      const found = statuses.get(id);
      if (!found) throw new Error(`Seed profile ${profile.type} uses unknown status ${id}`);
      return found;
    };
    if (path[0] !== workflow.initialStatusId) throw new Error(`Seed profile ${profile.type} does not start in ${workflow.name}'s initial status`);
    const steps: LifecycleStep[] = [];
    const openStops: number[] = [0];
    for (let i = 1; i < path.length; i++) {
      const from = status(path[i - 1] as string);
      const to = status(path[i] as string);
      const transition = transitionBetween(workflow, from.id, to.id);
      if (!transition) throw new Error(`${workflow.name} has no transition ${from.name} → ${to.name}`);
      steps.push({ transitionName: transition.name, from, to });
      if (to.statusCategory !== 'done') openStops.push(i);
    }
    return [{ steps, openStops }, weight];
  });
}
