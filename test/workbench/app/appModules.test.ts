import path from 'node:path';
import { createWorkbench, type Workbench } from '../../../workbench/app/createWorkbench';
import { loadApp, loadOpenApi } from '../../../workbench/app/loadApp';
import type { SimState } from '../../../workbench/jira/model';
import type { SimResponse } from '../../../workbench/jira/types';
import { buildDemoSite, DEMO_NOW, DEMO_USERS, PROJECT_IDS, STATUS_IDS } from '../../../workbench/seed';
import type { RecordedDelivery } from './fixtureApp/src';

const repoRoot = path.resolve(__dirname, '../../..');
const fixtureDir = path.join(__dirname, 'fixtureApp');
const APPROVE_TRANSITION_ID = '21';
const CAB_VALIDATOR = 'cab-approval-validator';

/** The demo site with the fixture app installed and its validator on the CHG workflow's "Approve" transition. */
function fixtureWorkbench(): Workbench {
  const state = buildDemoSite();
  const approve = state.workflows
    .find((workflow) => workflow.projectId === PROJECT_IDS.CHG)
    ?.transitions.find((transition) => transition.id === APPROVE_TRANSITION_ID);
  if (!approve) throw new Error('The demo CHG workflow has no Approve transition');
  approve.validatorModuleKeys = [CAB_VALIDATOR];
  return createWorkbench({ app: loadApp(fixtureDir), openapi: loadOpenApi(repoRoot), state, now: () => DEMO_NOW, strict: true });
}

function asUser(workbench: Workbench, accountId: string, method: string, requestPath: string, body?: unknown): Promise<SimResponse> {
  return workbench.jira.handle({ method, path: requestPath, headers: {}, body, actor: { kind: 'user', accountId } });
}

const asIsmsLead = (workbench: Workbench, method: string, requestPath: string, body?: unknown) =>
  asUser(workbench, DEMO_USERS.ismsLead.accountId, method, requestPath, body);

async function searchIds(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await asIsmsLead(workbench, 'POST', '/rest/api/3/search/jql', { jql, fields: ['id'], maxResults: 5000 });
  expect(response.status).toBe(200);
  return (response.body as { issues: { id: string }[] }).issues.map((issue) => issue.id).sort();
}

function openIssueIds(state: SimState, projectId: string): string[] {
  const doneStatuses = new Set(state.statuses.filter((status) => status.statusCategory === 'done').map((status) => status.id));
  return state.issues
    .filter((issue) => issue.projectId === projectId && !doneStatuses.has(issue.statusId))
    .map((issue) => issue.id)
    .sort();
}

function deliveriesFor(workbench: Workbench, issueKey: string): RecordedDelivery[] {
  return workbench.kvs
    .snapshot()
    .kv.filter(([key]) => key.startsWith(`delivery:${issueKey}:`))
    .map(([, record]) => record.value as RecordedDelivery)
    .sort((a, b) => (BigInt(a.receivedAt) < BigInt(b.receivedAt) ? -1 : 1));
}

function editSummary(workbench: Workbench, issueKey: string, summary: string): Promise<SimResponse> {
  return asIsmsLead(workbench, 'PUT', `/rest/api/3/issue/${issueKey}`, { fields: { summary } });
}

describe('an app JQL function in search', () => {
  it('finds exactly the issues of the JQL the function returns', async () => {
    const workbench = fixtureWorkbench();

    const ids = await searchIds(workbench, 'issue in openIn("SD")');

    const expected = openIssueIds(workbench.jira.state, PROJECT_IDS.SD);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
  });

  it('passes the clause the call stands in for to the function, so NOT IN is the function answer for NOT IN', async () => {
    const workbench = fixtureWorkbench();

    const ids = await searchIds(workbench, 'project = SD AND issue not in openIn("SD")');

    const open = new Set(openIssueIds(workbench.jira.state, PROJECT_IDS.SD));
    const sdIds = workbench.jira.state.issues.filter((issue) => issue.projectId === PROJECT_IDS.SD).map((issue) => issue.id);
    expect(ids).toEqual(sdIds.filter((id) => !open.has(id)).sort());
    expect(ids.length).toBeGreaterThan(0);
  });

  it('counts the same issues in approximate-count', async () => {
    const workbench = fixtureWorkbench();

    const response = await asIsmsLead(workbench, 'POST', '/rest/api/3/search/approximate-count', { jql: 'issue in openIn("SD")' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ count: openIssueIds(workbench.jira.state, PROJECT_IDS.SD).length });
  });

  it('asks the app once per distinct call in a query', async () => {
    const workbench = fixtureWorkbench();

    await searchIds(workbench, 'issue in openIn("SD") OR issue in openIn("SD") OR issue in openIn("CHG")');

    expect(workbench.runtime.metrics.invocations.jqlFunction).toBe(2);
  });

  it("answers the function's error as Jira's 400 with the function's message", async () => {
    const workbench = fixtureWorkbench();

    const response = await asIsmsLead(workbench, 'POST', '/rest/api/3/search/jql', { jql: 'issue in openIn("not a key")', fields: ['id'] });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorMessages: ['openIn() needs a project key such as "SD", not "not a key".'] });
  });

  it('reports the function error per query in jql/parse', async () => {
    const workbench = fixtureWorkbench();

    const response = await asIsmsLead(workbench, 'POST', '/rest/api/3/jql/parse', { queries: ['issue in openIn("SD")', 'issue in openIn("x")'] });

    expect(response.status).toBe(200);
    const [valid, refused] = (response.body as { queries: { errors?: string[]; structure?: unknown }[] }).queries;
    expect(valid?.errors).toBeUndefined();
    expect(valid?.structure).toBeDefined();
    expect(refused?.errors).toEqual(['openIn() needs a project key such as "SD", not "x".']);
  });
});

describe('a function-based workflow validator', () => {
  function changeInReview(workbench: Workbench) {
    const issue = workbench.jira.state.issues.find((candidate) => candidate.projectId === PROJECT_IDS.CHG && candidate.statusId === STATUS_IDS.inReview);
    if (!issue) throw new Error('The demo site has no CHG issue in review');
    return issue;
  }

  const approve = (workbench: Workbench, issueKey: string) =>
    asUser(workbench, DEMO_USERS.cabChair.accountId, 'POST', `/rest/api/3/issue/${issueKey}/transitions`, { transition: { id: APPROVE_TRANSITION_ID } });

  it("refuses the transition with the validator's message and leaves the status as it was", async () => {
    const workbench = fixtureWorkbench();
    const issue = changeInReview(workbench);
    issue.labels = issue.labels.filter((label) => label !== 'cab-approved');

    const response = await approve(workbench, issue.key);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorMessages: [`${issue.key} needs the CAB's approval (label "cab-approved") before it can be approved.`] });
    expect(issue.statusId).toBe(STATUS_IDS.inReview);
  });

  it('allows the transition once the issue has the label', async () => {
    const workbench = fixtureWorkbench();
    const issue = changeInReview(workbench);
    const labelled = await asUser(workbench, DEMO_USERS.cabChair.accountId, 'PUT', `/rest/api/3/issue/${issue.key}`, {
      update: { labels: [{ add: 'cab-approved' }] },
    });
    expect(labelled.status).toBe(204);

    const response = await approve(workbench, issue.key);

    expect(response.status).toBe(204);
    expect(issue.statusId).toBe(STATUS_IDS.approved);
  });
});

describe('the issue-updated trigger under delivery faults', () => {
  it('is delivered twice for one edit when every event is sent in two copies', async () => {
    const workbench = fixtureWorkbench();
    workbench.triggers.knobs.copies = 2;

    expect((await editSummary(workbench, 'SD-1', 'Printer on fire')).status).toBe(204);
    await workbench.settle();

    const deliveries = deliveriesFor(workbench, 'SD-1');
    expect(deliveries).toHaveLength(2);
    expect(new Set(deliveries.map((delivery) => delivery.changelogId)).size).toBe(1);
    expect(deliveries[0]?.changes).toEqual(['summary=Printer on fire']);
  });

  it('delivers two held edits in reverse order when released reversed', async () => {
    const workbench = fixtureWorkbench();
    Object.assign(workbench.triggers.knobs, { hold: true, reverseOnRelease: true });

    await editSummary(workbench, 'SD-1', 'First edit');
    await editSummary(workbench, 'SD-1', 'Second edit');
    await workbench.settle();
    expect(deliveriesFor(workbench, 'SD-1')).toEqual([]);
    await workbench.triggers.release();
    await workbench.settle();

    expect(deliveriesFor(workbench, 'SD-1').map((delivery) => delivery.changes)).toEqual([['summary=Second edit'], ['summary=First edit']]);
  });
});
