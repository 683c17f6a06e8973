import { DEFAULT_RECURRING_REVIEW_SETTINGS, type AiImpactFacts, type RecurringReviewSettings, type RiskReviewFacts, type SoaApproval } from '../../../src/domain/reviews';
import type { AdfDocument } from '../../../src/domain/classification';
import type { ReviewItemRecord, ReviewJira, ReviewRunRecord, ReviewSources, ReviewStore, ReviewTaskClaim, ReviewTaskFields, ReviewTaskState } from '../../../src/ports/reviewsPorts';
import type { RecurringReviewPorts } from '../../../src/services/reviews/ports';

export class FakeReviewStore implements ReviewStore {
  current: RecurringReviewSettings = DEFAULT_RECURRING_REVIEW_SETTINGS;
  readonly claims = new Map<string, ReviewTaskClaim>();
  readonly takeovers = new Set<string>();
  readonly items = new Map<string, ReviewItemRecord>();
  readonly digests = new Set<string>();
  digestIssue: string | undefined;
  runs: ReviewRunRecord[] = [];

  async settings() {
    return this.current;
  }
  async saveSettings(settings: RecurringReviewSettings) {
    this.current = settings;
  }
  async readClaim(taskKey: string) {
    return this.claims.get(taskKey);
  }
  async claim(claim: ReviewTaskClaim) {
    if (this.claims.has(claim.taskKey)) return false;
    this.claims.set(claim.taskKey, claim);
    return true;
  }
  async takeOver(staleClaimedAt: string, fresh: ReviewTaskClaim) {
    const marker = `${fresh.taskKey}:${staleClaimedAt}`;
    if (this.takeovers.has(marker)) return false;
    this.takeovers.add(marker);
    this.claims.set(fresh.taskKey, fresh);
    return true;
  }
  async saveClaim(claim: ReviewTaskClaim) {
    this.claims.set(claim.taskKey, claim);
  }
  async readItem(kind: string, itemId: string) {
    return this.items.get(`${kind}:${itemId}`);
  }
  async saveItem(kind: string, itemId: string, record: ReviewItemRecord) {
    this.items.set(`${kind}:${itemId}`, record);
  }
  async claimDigest(day: string) {
    if (this.digests.has(day)) return false;
    this.digests.add(day);
    return true;
  }
  async digestIssueKey() {
    return this.digestIssue;
  }
  async saveDigestIssueKey(issueKey: string) {
    this.digestIssue = issueKey;
  }
  async saveRun(run: ReviewRunRecord) {
    this.runs.push(run);
  }
  async lastRun() {
    return this.runs.at(-1) ?? null;
  }
}

export class FakeSources implements ReviewSources {
  risks: RiskReviewFacts[] = [];
  soa: SoaApproval | null = null;
  systems: AiImpactFacts[] = [];
  stale: { controlId: string; lastEvidenceDate: string | null }[] = [];
  staleChecks = 0;
  readonly riskQueries: string[] = [];

  async risksDueBy(lastDay: string) {
    this.riskQueries.push(lastDay);
    return this.risks.filter((risk) => risk.nextReviewDate <= lastDay && risk.status !== 'closed');
  }
  async latestSoaApproval() {
    return this.soa;
  }
  async aiSystems() {
    return this.systems;
  }
  async staleControls() {
    this.staleChecks += 1;
    return this.stale;
  }
}

export interface FakeIssue {
  key: string;
  fields: ReviewTaskFields;
  labels: string[];
  state: ReviewTaskState;
  comments: AdfDocument[];
}

export class FakeReviewJira implements ReviewJira {
  readonly issues: FakeIssue[] = [];
  lead: string | null = 'lead-1';
  calls = 0;
  failSummaryContaining: string | undefined;

  async createTask(task: ReviewTaskFields & { projectKey: string; issueTypeName: string; labels: string[] }) {
    this.calls += 1;
    if (this.failSummaryContaining !== undefined && task.summary.includes(this.failSummaryContaining)) throw new Error('Jira answered 500');
    const key = `${task.projectKey}-${this.issues.length + 1}`;
    this.issues.push({ key, fields: { summary: task.summary, description: task.description, dueDate: task.dueDate, assignee: task.assignee }, labels: [...task.labels], state: 'open', comments: [] });
    return { key };
  }
  async updateTask(issueKey: string, fields: ReviewTaskFields, addLabel?: string) {
    this.calls += 1;
    const issue = this.find(issueKey);
    issue.fields = fields;
    if (addLabel !== undefined && !issue.labels.includes(addLabel)) issue.labels.push(addLabel);
  }
  async taskState(issueKey: string) {
    this.calls += 1;
    return this.issues.find((issue) => issue.key === issueKey)?.state ?? 'missing';
  }
  async findTaskByLabel(_projectKey: string, label: string) {
    this.calls += 1;
    return this.issues.find((issue) => issue.labels.includes(label))?.key ?? null;
  }
  async addComment(issueKey: string, body: AdfDocument) {
    this.calls += 1;
    const issue = this.issues.find((candidate) => candidate.key === issueKey && candidate.state !== 'missing');
    if (!issue) return false;
    issue.comments.push(body);
    return true;
  }
  async projectLead() {
    this.calls += 1;
    return this.lead;
  }

  find(key: string): FakeIssue {
    const issue = this.issues.find((candidate) => candidate.key === key);
    if (!issue) throw new Error(`No issue ${key}`);
    return issue;
  }
  reviewTasks(): FakeIssue[] {
    return this.issues.filter((issue) => !issue.labels.includes('ims-review-digest'));
  }
}

export class FakeClock {
  constructor(public current: Date) {}
  now() {
    return this.current;
  }
  advanceDays(days: number) {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export function fakeReviewPorts(now = '2026-11-24T06:00:00Z') {
  const ports = { store: new FakeReviewStore(), sources: new FakeSources(), jira: new FakeReviewJira(), clock: new FakeClock(new Date(now)) };
  return ports satisfies RecurringReviewPorts;
}

export const risk = (id: string, nextReviewDate: string, owner = 'owner-1'): RiskReviewFacts => ({ id, title: `Risk ${id}`, owner, status: 'treating', nextReviewDate });
