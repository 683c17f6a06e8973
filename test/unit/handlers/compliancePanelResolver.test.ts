import { compliancePanelResolver } from '../../../src';

// The platform calls a resolver with the Custom UI call and a runtime payload naming the principal.
function call(functionKey: string, payload: unknown) {
  return compliancePanelResolver(
    {
      call: { functionKey, payload },
      context: { extension: { type: 'jira:issueContext', issue: { id: '10001', key: 'SD-1' } } },
    } as never,
    { principal: { accountId: 'agent-1' } } as never,
  );
}

describe('compliance panel resolver', () => {
  it('tells the panel its issue from the invocation context', async () => {
    await expect(call('getIssueContext', {})).resolves.toEqual({ ok: true, value: { issueId: '10001', issueKey: 'SD-1' } });
  });

  it('finds change management in 20000-1 and 27001 with the canonical ids', async () => {
    const result = (await call('searchCatalog', { query: 'change management' })) as { ok: true; value: { id: string }[] };
    const ids = result.value.map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining(['ISO20000-1:8.5.1', 'ISO27001:A.8.32']));
  });

  it('refuses an empty search with a message the panel can show', async () => {
    await expect(call('searchCatalog', { query: '  ' })).resolves.toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'query: Type a clause number or words from its heading.' },
    });
  });
});
