import { randomUUID } from 'node:crypto';
import type { ConsumerModule } from './appManifest';
import { InvocationError, messageOf, type InvocationFailure } from './invocation';
import { jsonResponse } from './jiraProxy';
import { jsonBytes, type RuntimeLimits } from './limits';
import type { RuntimeMetrics } from './metrics';

/**
 * The async events service behind `@forge/events`: `Queue.push` posts to `/webhook/queue/publish/...`
 * (through `__requestAtlassianAsApp`), and every pushed event becomes a consumer invocation with the
 * `AsyncEvent` shape. Failed or retry-requesting deliveries come back with a `retryContext`.
 * Delivery is asynchronous but ignores `delayInSeconds` and `retryAfter` wall-clock waits: locally an event
 * is worth running now; ordering and retry semantics are what the app must get right.
 */

interface PushEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
}

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
  retentionWindow: { startTime: string; remainingTimeMs: number };
}

export interface AsyncEvent extends PushEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  retryContext?: RetryContext;
}

interface Job {
  success: number;
  inProgress: number;
  failed: number;
  isCancelled: boolean;
  pushedAt: number;
}

export interface AsyncEventDeps {
  consumers: ConsumerModule[];
  limits: RuntimeLimits;
  metrics: RuntimeMetrics;
  now: () => number;
  runConsumer: (consumer: ConsumerModule, event: AsyncEvent) => Promise<unknown>;
  /** Registers background work so the runtime's `idle()` can wait for it. */
  track: (work: Promise<void>) => void;
  recordFailure: (failure: InvocationFailure) => void;
}

// Events are retained for 24 h; a retry carries what is left of that window.
const RETENTION_MS = 24 * 60 * 60 * 1000;

export function isQueueRequest(path: string): boolean {
  return path.startsWith('/webhook/queue/');
}

export function createAsyncEventService(deps: AsyncEventDeps) {
  const jobs = new Map<string, Job>();
  const slots = new ConcurrencySlots();

  function publish(request: { queueName?: string; jobId?: string; payload?: PushEvent[] }): Response {
    const events = request.payload ?? [];
    const queueName = request.queueName ?? '';
    const consumers = deps.consumers.filter((consumer) => consumer.queue === queueName);
    if (consumers.length === 0) return jsonResponse(400, { message: `No consumer module in the manifest listens to queue '${queueName}'` });
    if (events.length > deps.limits.pushMaxEvents) {
      return jsonResponse(413, { errorMessage: `Too many events: at most ${deps.limits.pushMaxEvents} can be pushed at once` });
    }
    if (jsonBytes(events) > deps.limits.pushMaxBytes) {
      return jsonResponse(413, { errorMessage: `Payload too big: at most ${deps.limits.pushMaxBytes / 1024} KB can be pushed at once` });
    }
    const jobId = request.jobId ?? randomUUID();
    const job: Job = { success: 0, inProgress: events.length * consumers.length, failed: 0, isCancelled: false, pushedAt: deps.now() };
    jobs.set(jobId, job);
    deps.metrics.queuePushes.requests += 1;
    deps.metrics.queuePushes.events += events.length;
    for (const pushed of events) {
      const event: AsyncEvent = { ...pushed, queueName, jobId, eventId: randomUUID() };
      for (const consumer of consumers) deliver(consumer, event, job, 0);
    }
    return jsonResponse(201, { jobId });
  }

  function deliver(consumer: ConsumerModule, event: AsyncEvent, job: Job, retryCount: number): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      if (job.isCancelled) {
        job.inProgress -= 1;
        return;
      }
      const retry = await attempt(consumer, event);
      if (!retry) {
        job.inProgress -= 1;
        job.success += 1;
        return;
      }
      if (retryCount < deps.limits.consumerMaxRetries) {
        const retentionWindow = { startTime: new Date(job.pushedAt).toISOString(), remainingTimeMs: Math.max(0, RETENTION_MS - (deps.now() - job.pushedAt)) };
        deliver(consumer, { ...event, retryContext: { retryCount: retryCount + 1, ...retry, retentionWindow } }, job, retryCount + 1);
        return;
      }
      job.inProgress -= 1;
      job.failed += 1;
      deps.recordFailure({ kind: 'consumer', moduleKey: consumer.key, jobId: event.jobId, eventId: event.eventId, message: `${retry.retryReason}: gave up after ${retryCount} retries` });
    });
    deps.track(work);
  }

  /** Runs one delivery; undefined when it succeeded, else why and with what data to retry. */
  async function attempt(consumer: ConsumerModule, event: AsyncEvent): Promise<{ retryReason: string; retryData: unknown } | undefined> {
    const release = await slots.acquire(event.concurrency);
    try {
      const result = await deps.runConsumer(consumer, event);
      if (isRetryRequest(result)) return { retryReason: result.retryOptions?.retryReason ?? 'FUNCTION_RETRY_REQUEST', retryData: result.retryOptions?.retryData };
      return undefined;
    } catch (error) {
      const timedOut = error instanceof InvocationError && error.code === 'TIMEOUT';
      return { retryReason: timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_ERR', retryData: messageOf(error) };
    } finally {
      release();
    }
  }

  return {
    handle(path: string, body: unknown): Response {
      const request = (body ?? {}) as { queueName?: string; jobId?: string; payload?: PushEvent[] };
      const job = request.jobId ? jobs.get(request.jobId) : undefined;
      if (path.startsWith('/webhook/queue/publish/')) return publish(request);
      if (path.startsWith('/webhook/queue/stats/')) {
        return job ? jsonResponse(200, { success: job.success, inProgress: job.inProgress, failed: job.failed }) : jsonResponse(404, { message: 'Job not found' });
      }
      if (path.startsWith('/webhook/queue/cancel/')) {
        if (!job) return jsonResponse(404, { message: 'Job not found' });
        job.isCancelled = true;
        return new Response(null, { status: 204 });
      }
      throw new Error(`The workbench's async events service has no endpoint ${path}`);
    },
  };
}

/** What `new InvocationError(...)` from `@forge/events` serialises to when a consumer returns it. */
function isRetryRequest(value: unknown): value is { _retry: true; retryOptions?: { retryReason?: string; retryData?: unknown } } {
  return typeof value === 'object' && value !== null && (value as { _retry?: unknown })._retry === true;
}

/** The platform caps concurrent deliveries per `concurrency.key` (across queues) at its `limit`. */
class ConcurrencySlots {
  private readonly slots = new Map<string, { active: number; waiting: Array<() => void> }>();

  async acquire(concurrency: PushEvent['concurrency']): Promise<() => void> {
    if (!concurrency) return () => {};
    const slot = this.slots.get(concurrency.key) ?? { active: 0, waiting: [] };
    this.slots.set(concurrency.key, slot);
    if (slot.active >= Math.max(1, concurrency.limit)) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    else slot.active += 1;
    return () => {
      const next = slot.waiting.shift();
      if (next) next();
      else slot.active -= 1;
    };
  }
}
