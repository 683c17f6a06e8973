import path from 'node:path';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import { createWorkbench, type Workbench } from '../../../workbench/app/createWorkbench';
import { loadApp, loadOpenApi } from '../../../workbench/app/loadApp';
import { buildDemoSite, DEMO_NOW, DEMO_USERS } from '../../../workbench/seed';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const LEAD = DEMO_USERS.ismsLead.accountId;
const OWNER = DEMO_USERS.aiOwner.accountId;
const DAY_MS = 86_400_000;
const appDir = path.resolve(__dirname, '../../..');

// The app reads the time from its own clock (new Date()), as on Forge; only Date is faked, timers stay real.
beforeEach(() => {
  jest.useFakeTimers({
    now: DEMO_NOW,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  });
});
afterEach(() => jest.useRealTimers());

const advanceDays = (days: number) => jest.setSystemTime(new Date(Date.now() + days * DAY_MS));

function reviewWorkbench(): Workbench {
  return createWorkbench({ app: loadApp(appDir), openapi: loadOpenApi(appDir), state: buildDemoSite(), now: () => new Date(), strict: true });
}

async function invoke<T>(workbench: Workbench, moduleKey: string, accountId: string, functionKey: string, payload: unknown): Promise<T> {
  const answer = (await workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey, accountId, extension: { type: 'jira:fullPage' } } })) as Answered<T>;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** A risk whose next review is `cadenceDays` from today. */
async function createRisk(workbench: Workbench, title: string, cadenceDays: number): Promise<RiskView> {
  return invoke<RiskView>(workbench, 'risk-register-page', LEAD, 'createRisk', {
    risk: { title, category: 'security', owner: OWNER, inherent: { likelihood: 3, impact: 4 }, treatment: 'mitigate', reviewCadenceDays: cadenceDays },
  });
}

const reviewTasks = (workbench: Workbench) =>
  workbench.jira.state.issues.filter((issue) => issue.labels.includes('ims-review') && !issue.labels.includes('ims-review-digest'));
const tasksFor = (workbench: Workbench, riskId: string) => reviewTasks(workbench).filter((issue) => issue.summary.includes(`: ${riskId} `));

async function runReviews(workbench: Workbench) {
  workbench.runtime.resetMetrics();
  const outcome = await workbench.runScheduledTrigger('recurring-reviews');
  expect(outcome).toMatchObject({ ok: true, statusCode: 200 });
  const counts = (JSON.parse((outcome as { body: string }).body) as { counts: Record<string, number> }).counts;
  return { counts, restCalls: workbench.runtime.metrics.restCalls.total, kvsCalls: workbench.runtime.metrics.kvsCalls.total };
}

describe('recurring reviews on the demo site', () => {
  it('opens one task per review due within the lead time, assigned to the owner, and none twice on the same day', async () => {
    const workbench = reviewWorkbench();
    const risk = await createRisk(workbench, 'Phishing of staff credentials', 10);

    const first = await runReviews(workbench);
    const second = await runReviews(workbench);

    const [task, ...more] = tasksFor(workbench, risk.risk.id);
    expect(more).toHaveLength(0);
    expect(task!.summary).toBe(`Risk review due ${risk.risk.nextReviewDate}: ${risk.risk.id} Phishing of staff credentials`);
    expect(task!.assigneeAccountId).toBe(OWNER);
    expect(workbench.jira.state.projects.find((project) => project.id === task!.projectId)?.key).toBe('IMS');
    expect(first.counts).toMatchObject({ due: 1, created: 1 });
    expect(second.counts).toMatchObject({ due: 1, created: 0, unchanged: 1 });
    expect(workbench.runtime.failures).toEqual([]);
    console.info(`recurring reviews: first run ${first.restCalls} REST / ${first.kvsCalls} KVS calls, second run ${second.restCalls} REST / ${second.kvsCalls} KVS calls`);
  });

  it('catches up after missed days: reviews that opened on either skipped day get their task once', async () => {
    const workbench = reviewWorkbench();
    const opensTomorrow = await createRisk(workbench, 'Supplier outage', 15);
    const opensInTwoDays = await createRisk(workbench, 'Model drift', 16);
    await runReviews(workbench);
    expect(reviewTasks(workbench)).toHaveLength(0);

    advanceDays(2);
    const caughtUp = await runReviews(workbench);
    await runReviews(workbench);

    expect(tasksFor(workbench, opensTomorrow.risk.id)).toHaveLength(1);
    expect(tasksFor(workbench, opensInTwoDays.risk.id)).toHaveLength(1);
    expect(caughtUp.counts).toMatchObject({ created: 2 });
  });

  it('moves the open task when the risk review date moves, instead of opening another', async () => {
    const workbench = reviewWorkbench();
    const risk = await createRisk(workbench, 'Ransomware on file servers', 10);
    await runReviews(workbench);
    await invoke(workbench, 'risk-register-page', LEAD, 'editRisk', { id: risk.risk.id, edit: { reviewCadenceDays: 12 }, expectedVersion: risk.risk.version });

    const moved = await runReviews(workbench);

    const [task, ...more] = tasksFor(workbench, risk.risk.id);
    expect(more).toHaveLength(0);
    expect(task!.summary).toContain('Risk review due 2026-12-06');
    expect(moved.counts).toMatchObject({ created: 0, updated: 1 });
  });

  it('creates each task once when the platform delivers the same run twice at once', async () => {
    const workbench = reviewWorkbench();
    const risks = [await createRisk(workbench, 'Phishing', 5), await createRisk(workbench, 'Backup failure', 8), await createRisk(workbench, 'Insider misuse', 12)];

    const outcomes = await Promise.all([workbench.runScheduledTrigger('recurring-reviews'), workbench.runScheduledTrigger('recurring-reviews')]);

    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    for (const risk of risks) expect(tasksFor(workbench, risk.risk.id)).toHaveLength(1);
    const digests = workbench.jira.state.issues.filter((issue) => issue.labels.includes('ims-review-digest'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.comments).toHaveLength(1);
  });

  it('sends the ISMS lead one digest a day listing what opened and the stale controls', async () => {
    const workbench = reviewWorkbench();
    const risk = await createRisk(workbench, 'Phishing of staff credentials', 3);

    await runReviews(workbench);
    await runReviews(workbench);

    const [digest, ...more] = workbench.jira.state.issues.filter((issue) => issue.labels.includes('ims-review-digest'));
    expect(more).toHaveLength(0);
    expect(digest!.assigneeAccountId).toBe(LEAD);
    expect(digest!.comments).toHaveLength(1);
    const text = JSON.stringify(digest!.comments[0]!.body);
    expect(text).toContain(`${risk.risk.id} Phishing of staff credentials`);
    expect(text).toMatch(/Applicable SoA controls without evidence|Every applicable SoA control/);
  });
});
