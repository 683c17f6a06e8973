import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../../workbench/seed';
import { demoWorkbench } from './demoWorkbench';

describe('the compliance panel on the workbench', () => {
  it('round-trips the issue context through the real resolver as the calling user', async () => {
    const workbench = demoWorkbench();
    const issue = workbench.jira.state.issues.find((candidate) => candidate.key === DEMO_ISSUE_KEYS.vpnOutage)!;

    const result = await workbench.runtime.invokeResolver({
      functionKey: 'getIssueContext',
      payload: {},
      context: { moduleKey: 'ims-compliance-panel', accountId: DEMO_USERS.agent.accountId, extension: { type: 'jira:issueContext', issue: { id: issue.id, key: issue.key } } },
    });

    expect(result).toEqual({ ok: true, value: { issueId: issue.id, issueKey: issue.key } });
    expect(workbench.runtime.metrics.invocations.resolver).toBe(1);
  });

  it('answers a catalog search with clauses of the three standards', async () => {
    const workbench = demoWorkbench();
    const result = (await workbench.runtime.invokeResolver({
      functionKey: 'searchCatalog',
      payload: { query: 'incident' },
      context: { moduleKey: 'ims-compliance-panel', accountId: DEMO_USERS.agent.accountId, extension: { type: 'jira:issueContext' } },
    })) as { ok: boolean; value: { standard: string }[] };

    expect(result.ok).toBe(true);
    expect(new Set(result.value.map((hit) => hit.standard))).toEqual(new Set(['ISO20000-1', 'ISO27001', 'ISO42001']));
  });
});
