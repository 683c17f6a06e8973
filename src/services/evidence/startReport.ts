import { EvidenceReportDefinitionSchema } from '../../domain/schemas/evidence';
import { parsePayload, type HandlerResult } from '../../handlers/shared/result';
import type { Clock } from '../../ports/clock';
import type { EvidenceJobRecord, EvidenceJobStore, EvidenceQueue, EvidenceUserJiraPort } from '../../ports/evidence';
import type { EvidenceJobView } from './evidenceView';
import { presentJob } from './presentJob';
import { planReport, restrictToProjects } from './reportPlan';
import { validateScope } from './validateScope';

export interface StartDeps {
  jobs: EvidenceJobStore;
  queue: EvidenceQueue;
  /** Jira as the user starting the report. */
  userJira: EvidenceUserJiraPort;
  clock: Clock;
  newJobId: () => string;
}

/**
 * Validates and plans a report, records the job and queues its first step. Every report runs as a job: the
 * consumer answers within one step for small sites, and one code path means one permission model (see PermissionMode).
 */
export async function startReport(deps: StartDeps, input: unknown, accountId: string): Promise<HandlerResult<EvidenceJobView>> {
  const definition = parsePayload(EvidenceReportDefinitionSchema, input);
  if (!definition.ok) return definition;
  if (definition.value.scope.kind === 'jql') {
    const scope = await validateScope(deps.userJira, definition.value.scope.jql);
    if (!scope.ok) return scope;
  }
  const startedAt = deps.clock.now().toISOString();
  const plan = planReport(definition.value, startedAt);
  if (!plan.ok) return plan;
  const projectIds = await deps.userJira.browsableProjectIds();
  const job: EvidenceJobRecord = {
    jobId: deps.newJobId(),
    status: 'queued',
    startedBy: accountId,
    startedAt,
    definition: definition.value,
    projectIds,
    searchJql: projectIds.length === 0 ? plan.value.search.jql : restrictToProjects(plan.value.search.jql, projectIds),
    step: 0,
    pagesFetched: 0,
    issuesScanned: 0,
    workMs: 0,
  };
  await deps.jobs.putJob(job);
  await deps.queue.push({ jobId: job.jobId, step: 0 });
  return presentJob(deps.jobs, job);
}
