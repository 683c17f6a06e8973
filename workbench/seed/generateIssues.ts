import type { SimChangelogEntry, SimChangelogItem, SimComment, SimIssue, SimResolution, SimStatus, SimWorkflow } from '../jira/model';
import { adfParagraphs } from './adf';
import { DEMO_USERS, STAFF_USERS } from './demoUsers';
import { DECLINED_STATUS_IDS, ISSUE_PROFILES, type IssueProfile, type IssueTypeKey, type SummaryTemplate } from './issueProfiles';
import { type LifecyclePlan, type LifecycleStep, planLifecycles } from './lifecyclePlans';
import type { SeededRandom } from './random';
import { ISSUE_TYPE_IDS, PROJECT_IDS, RESOLUTION_IDS } from './siteCatalog';
import { SLOT_NAMES, VOCABULARY } from './vocabulary';
import { workflowFor } from './workflowLookup';

export const DAY_MS = 86_400_000;

export type IssueCounts = Record<IssueTypeKey, number>;

export interface GenerateIssuesInput {
  rng: SeededRandom;
  now: Date;
  counts: IssueCounts;
  /** Issues are created between `windowDays` and `quietDays` before `now`. */
  windowDays: number;
  quietDays: number;
  maxCommentsPerIssue: number;
  workflows: readonly SimWorkflow[];
  statuses: readonly SimStatus[];
  resolutions: readonly SimResolution[];
  /** Last-used numbers (the simulator's `ids.ts` convention); advanced in place. */
  counters: Record<string, number>;
}

/** What the link pass needs to know about a generated issue, kept beside the issue rather than on it. */
export interface GeneratedIssue {
  issue: SimIssue;
  type: IssueTypeKey;
  createdMs: number;
  escalatesTo: SummaryTemplate['escalatesTo'];
}

interface TypeSetup {
  profile: IssueProfile;
  projectId: string;
  issueTypeId: string;
  initialStatusId: string;
  lifecycles: [LifecyclePlan, number][];
}

export function nextCounter(counters: Record<string, number>, name: string): string {
  const next = (counters[name] ?? 0) + 1;
  counters[name] = next;
  return String(next);
}

/** Seconds precision: Jira stores milliseconds, but whole seconds read better in the UI and in test failures. */
function isoAt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => slots[name] ?? match);
}

function drawSlots(rng: SeededRandom, year: number): Record<string, string> {
  const slots: Record<string, string> = { cve: `CVE-${year}-${rng.int(10000, 49999)}` };
  for (const name of SLOT_NAMES) slots[name] = rng.pick(VOCABULARY[name]);
  return slots;
}

/** Exact counts per type, shuffled, so a seed gives the same mix however large the site. */
function shuffledTypes(rng: SeededRandom, counts: IssueCounts): IssueTypeKey[] {
  const order: IssueTypeKey[] = [];
  for (const type of Object.keys(counts) as IssueTypeKey[]) for (let i = 0; i < counts[type]; i++) order.push(type);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const swap = order[i] as IssueTypeKey;
    order[i] = order[j] as IssueTypeKey;
    order[j] = swap;
  }
  return order;
}

function setupTypes(input: GenerateIssuesInput): Record<IssueTypeKey, TypeSetup> {
  const statuses = new Map(input.statuses.map((s) => [s.id, s]));
  const setups = {} as Record<IssueTypeKey, TypeSetup>;
  for (const type of Object.keys(ISSUE_PROFILES) as IssueTypeKey[]) {
    const profile = ISSUE_PROFILES[type];
    const projectId = PROJECT_IDS[profile.projectKey];
    const issueTypeId = ISSUE_TYPE_IDS[type];
    const workflow = workflowFor(input.workflows, projectId, issueTypeId);
    if (!workflow) throw new Error(`No workflow for ${type} in ${profile.projectKey}`);
    setups[type] = { profile, projectId, issueTypeId, initialStatusId: workflow.initialStatusId, lifecycles: planLifecycles(profile, workflow, statuses) };
  }
  return setups;
}

/** Who moves an issue along: customers answer, the CAB decides (never on its own change), automation closes. */
function authorOf(step: LifecycleStep, issue: SimIssue): string {
  switch (step.transitionName) {
    case 'Submit for review':
    case 'Respond to support':
      return issue.reporterAccountId;
    case 'Approve':
    case 'Reject':
      return issue.reporterAccountId === DEMO_USERS.cabChair.accountId ? DEMO_USERS.cabMember.accountId : DEMO_USERS.cabChair.accountId;
    case 'Close':
      return issue.projectId === PROJECT_IDS.SD ? STAFF_USERS.automation.accountId : (issue.assigneeAccountId ?? issue.reporterAccountId);
    default:
      return issue.assigneeAccountId ?? issue.reporterAccountId;
  }
}

function statusItem(step: LifecycleStep): SimChangelogItem {
  return { field: 'status', fieldId: 'status', from: step.from.id, fromString: step.from.name, to: step.to.id, toString: step.to.name };
}

/** Cumulative, strictly ordered instants for `count` steps spread over `spanMs` after `startMs`. */
function stepTimes(rng: SeededRandom, startMs: number, spanMs: number, count: number): number[] {
  const gaps: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const gap = 0.2 + rng.next();
    gaps.push(gap);
    total += gap;
  }
  const times: number[] = [];
  let at = startMs;
  for (const gap of gaps) {
    at += (gap / total) * spanMs;
    times.push(at);
  }
  return times;
}

export function generateIssues(input: GenerateIssuesInput): GeneratedIssue[] {
  const { rng, counters } = input;
  const nowMs = input.now.getTime();
  const year = input.now.getUTCFullYear();
  const setups = setupTypes(input);
  const resolutionNames = new Map(input.resolutions.map((r) => [r.id, r.name]));
  const order = shuffledTypes(rng, input.counts);
  const firstMs = nowMs - input.windowDays * DAY_MS;
  const slotMs = ((input.windowDays - input.quietDays) * DAY_MS) / Math.max(order.length, 1);
  const generated: GeneratedIssue[] = [];

  for (let index = 0; index < order.length; index++) {
    const type = order[index] as IssueTypeKey;
    const { profile, projectId, issueTypeId, initialStatusId, lifecycles } = setups[type];
    // One slot per issue, jittered inside it: creation times ascend, so keys follow creation order.
    const createdMs = firstMs + (index + rng.next()) * slotMs;
    const slots = drawSlots(rng, year);
    const template = rng.pick(profile.summaries);
    const labels = [...(template.labels ?? [])];
    if (rng.chance(0.3)) {
      const extra = rng.pick(profile.labels);
      if (!labels.includes(extra)) labels.push(extra);
    }

    const plan = rng.weighted(lifecycles);
    const ageMs = nowMs - createdMs;
    const doneChance = Math.min(0.97, ageMs / (profile.daysToDone[1] * DAY_MS));
    const isDone = rng.chance(doneChance);
    const stepCount = isDone ? plan.steps.length : rng.pick(plan.openStops);
    const steps = plan.steps.slice(0, stepCount);
    const spanMs = isDone
      ? Math.min(ageMs * 0.95, (profile.daysToDone[0] + rng.next() * (profile.daysToDone[1] - profile.daysToDone[0])) * DAY_MS)
      : ageMs * (0.05 + rng.next() * 0.85);
    const times = stepTimes(rng, createdMs, spanMs, steps.length);

    const issue: SimIssue = {
      id: nextCounter(counters, 'issueId'),
      key: `${profile.projectKey}-${nextCounter(counters, `issueKey:${profile.projectKey}`)}`,
      projectId,
      issueTypeId,
      statusId: steps[steps.length - 1]?.to.id ?? initialStatusId,
      summary: fill(template.text, slots),
      description: adfParagraphs([fill(rng.pick(profile.descriptions), slots), fill(rng.pick(profile.impacts), slots)]),
      labels,
      priorityId: rng.weighted(profile.priorities),
      assigneeAccountId: steps.length === 0 && rng.chance(0.5) ? null : rng.pick(profile.assignees),
      reporterAccountId: rng.pick(profile.reporters),
      created: isoAt(createdMs),
      updated: isoAt(createdMs),
      resolutiondate: null,
      resolutionId: null,
      customFields: {},
      properties: {},
      comments: [],
      changelog: [],
    };

    let lastMs = createdMs;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s] as LifecycleStep;
      const at = times[s] as number;
      const items = [statusItem(step)];
      if (step.from.statusCategory !== 'done' && step.to.statusCategory === 'done') {
        const resolutionId = DECLINED_STATUS_IDS.includes(step.to.id) ? RESOLUTION_IDS.wontDo : rng.weighted(profile.resolutions);
        items.push({ field: 'resolution', fieldId: 'resolution', from: null, fromString: null, to: resolutionId, toString: resolutionNames.get(resolutionId) ?? null });
        issue.resolutionId = resolutionId;
        issue.resolutiondate = isoAt(at);
      }
      const entry: SimChangelogEntry = { id: nextCounter(counters, 'changelogId'), authorAccountId: authorOf(step, issue), created: isoAt(at), items };
      issue.changelog.push(entry);
      lastMs = at;
    }

    // Comments fall while the issue is worked on: before it was resolved, or any time until now if still open.
    const commentUntilMs = isDone ? lastMs : nowMs - 60_000;
    const commentCount = Math.floor(rng.next() * rng.next() * (input.maxCommentsPerIssue + 1));
    const commentTimes = stepTimes(rng, createdMs, (commentUntilMs - createdMs) * 0.98, commentCount);
    for (const at of commentTimes) {
      // Scanners report vulnerabilities but never discuss them.
      const people = [issue.reporterAccountId, issue.assigneeAccountId].filter((id): id is string => id !== null && id !== STAFF_USERS.automation.accountId);
      const authors = people.length > 0 ? people : [...profile.assignees];
      if (profile.projectKey === 'CHG') authors.push(DEMO_USERS.cabMember.accountId);
      const comment: SimComment = {
        id: nextCounter(counters, 'commentId'),
        authorAccountId: rng.pick(authors),
        body: adfParagraphs([fill(rng.pick(profile.comments), slots)]),
        created: isoAt(at),
        updated: isoAt(at),
      };
      issue.comments.push(comment);
      if (at > lastMs) lastMs = at;
    }
    issue.updated = isoAt(lastMs);
    generated.push({ issue, type, createdMs, escalatesTo: template.escalatesTo });
  }
  return generated;
}
