import type { ClauseId } from '../../../src/domain/catalog';
import type { CoverageCheckpoint, EvidenceIssue } from '../../../src/domain/evidence';
import {
  JiraRateLimited,
  type EvidenceJobRecord,
  type EvidenceJobStore,
  type EvidencePageRequest,
  type EvidenceQueue,
  type EvidenceSearchPort,
  type EvidenceUserJiraPort,
} from '../../../src/ports/evidence';
import { splitIntoParts } from '../../../src/services/evidence/checkpointParts';
import { runReportStep, type StepOutcome } from '../../../src/services/evidence/runReportStep';

export const NOW = new Date('2026-11-24T12:00:00Z');
export const clock = { now: () => NOW };

// Like KVS: a value over 240 KiB is refused.
const KVS_VALUE_LIMIT = 240 * 1024;

/** KVS in memory; values are stored as JSON, as the platform does, so nothing shares references with the worker. */
export class MemoryJobStore implements EvidenceJobStore {
  readonly values = new Map<string, string>();
  cancelled = new Set<string>();
  /** Fails the next putJob once (a crash between writing the checkpoint and switching to it). */
  failNextPutJob = false;

  private set(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (Buffer.byteLength(text) > KVS_VALUE_LIMIT) throw new Error(`KVS value too large for ${key}`);
    this.values.set(key, text);
  }

  async getJob(jobId: string) {
    const text = this.values.get(`job:${jobId}`);
    return text === undefined ? undefined : (JSON.parse(text) as EvidenceJobRecord);
  }
  async putJob(job: EvidenceJobRecord) {
    if (this.failNextPutJob) {
      this.failNextPutJob = false;
      throw new Error('simulated crash');
    }
    this.set(`job:${job.jobId}`, job);
  }
  async writeCheckpoint(jobId: string, generation: number, checkpoint: CoverageCheckpoint) {
    const parts = splitIntoParts(JSON.stringify(checkpoint));
    parts.forEach((part, index) => this.set(`cp:${jobId}:${generation}:${index}`, part));
    return parts.length;
  }
  async readCheckpoint(jobId: string, generation: number, parts: number) {
    const texts = Array.from({ length: parts }, (_, index) => this.values.get(`cp:${jobId}:${generation}:${index}`));
    if (texts.some((text) => text === undefined)) return undefined;
    return JSON.parse(texts.map((text) => JSON.parse(text as string) as string).join('')) as unknown;
  }
  async deleteCheckpoint(jobId: string, generation: number, parts: number) {
    for (let index = 0; index < parts; index += 1) this.values.delete(`cp:${jobId}:${generation}:${index}`);
  }
  async requestCancel(jobId: string) {
    this.cancelled.add(jobId);
  }
  async isCancelRequested(jobId: string) {
    return this.cancelled.has(jobId);
  }
  checkpointKeys(): string[] {
    return [...this.values.keys()].filter((key) => key.startsWith('cp:'));
  }
}

export class RecordingQueue implements EvidenceQueue {
  readonly pending: { event: { jobId: string; step: number }; delayInSeconds?: number }[] = [];
  readonly pushed: { event: { jobId: string; step: number }; delayInSeconds?: number }[] = [];
  async push(event: { jobId: string; step: number }, delayInSeconds?: number) {
    const entry = delayInSeconds === undefined ? { event } : { event, delayInSeconds };
    this.pending.push(entry);
    this.pushed.push(entry);
  }
}

type Fault = { atPage: number; kind: 'crash' } | { atPage: number; kind: 'rate-limited'; retryAfterSeconds: number };

/** Search pages over a fixed list of issues; the token is the offset. Faults fire once, before the page's answer. */
export class FakeSearch implements EvidenceSearchPort {
  readonly requests: EvidencePageRequest[] = [];
  countCalls = 0;
  private readonly faults: Fault[] = [];
  constructor(private readonly issues: EvidenceIssue[]) {}

  failAt(fault: Fault): void {
    this.faults.push(fault);
  }

  async searchPage(request: EvidencePageRequest) {
    const offset = Number(request.nextPageToken ?? '0');
    const page = offset / request.maxResults;
    const fault = this.faults.findIndex((candidate) => candidate.atPage === page);
    if (fault >= 0) {
      const [fired] = this.faults.splice(fault, 1);
      if (fired?.kind === 'crash') throw new Error('simulated crash');
      if (fired?.kind === 'rate-limited') throw new JiraRateLimited(fired.retryAfterSeconds);
    }
    this.requests.push(request);
    const end = offset + request.maxResults;
    return { issues: this.issues.slice(offset, end), ...(end < this.issues.length ? { nextPageToken: String(end) } : {}) };
  }

  async approximateCount() {
    this.countCalls += 1;
    return this.issues.length;
  }
}

export class FakeUserJira implements EvidenceUserJiraPort {
  constructor(
    private readonly projects: string[] = ['10000', '10001'],
    private readonly errorsFor: (jql: string) => string[] = () => [],
  ) {}
  async jqlErrors(jql: string) {
    return this.errorsFor(jql);
  }
  async browsableProjectIds() {
    return this.projects;
  }
}

/** Issues linked to `clauses`, resolved on consecutive days before NOW, ids from 10001. */
export function issuesLinkedTo(count: number, clausesOf: (index: number) => ClauseId[]): EvidenceIssue[] {
  return Array.from({ length: count }, (_, index) => ({
    id: String(10001 + index),
    key: `SD-${index + 1}`,
    summary: `Evidence ${index + 1}`,
    type: 'Task',
    status: 'Done',
    resolutiondate: new Date(NOW.getTime() - (index % 300) * 86_400_000).toISOString(),
    assignee: index % 2 === 0 ? 'Ines Lead' : null,
    clauses: clausesOf(index),
  }));
}

/**
 * Delivers queued events like the platform: one at a time, and an invocation that throws is delivered again.
 * `elapsedPerPage` advances the fake stopwatch per search request, to exercise the time budget.
 */
export async function drain(
  deps: { jobs: MemoryJobStore; search: FakeSearch; queue: RecordingQueue; budgetMs?: number; elapsedPerPage?: number },
): Promise<{ outcomes: StepOutcome[]; invocations: number; failures: number }> {
  const outcomes: StepOutcome[] = [];
  let failures = 0;
  let invocations = 0;
  while (deps.queue.pending.length > 0) {
    const next = deps.queue.pending[0]!;
    invocations += 1;
    const requestsBefore = deps.search.requests.length;
    const elapsed = () => (deps.search.requests.length - requestsBefore) * (deps.elapsedPerPage ?? 0);
    try {
      outcomes.push(await runReportStep({ jobs: deps.jobs, search: deps.search, queue: deps.queue, clock, elapsed, ...(deps.budgetMs === undefined ? {} : { budgetMs: deps.budgetMs }) }, next.event));
      deps.queue.pending.shift();
    } catch {
      failures += 1;
      if (failures > 20) throw new Error('the job keeps failing');
    }
  }
  return { outcomes, invocations, failures };
}
