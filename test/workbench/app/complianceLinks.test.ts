import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COMPLIANCE_LINKS_ENTITY_PROPERTY } from '../../../src/domain/complianceLinks';
import { kvsLinkLedger } from '../../../src/forge/complianceLinksLedger';
import { riskKvsStore } from '../../../src/forge/riskKvsStore';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import { installKvsFetch } from '../../../workbench/kvs/testGlobals';
import { DEMO_USERS } from '../../../workbench/seed';
import { recordedRisk } from '../../unit/risk/fixtures';
import { demoWorkbench } from './demoWorkbench';

const ISSUE_KEY = 'SD-152';

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

function issueOf(workbench: Workbench) {
  return workbench.jira.state.issues.find((issue) => issue.key === ISSUE_KEY)!;
}

function invokeAs(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}) {
  const issue = issueOf(workbench);
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'ims-compliance-panel', accountId, extension: { type: 'jira:issueContext', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<Answer>;
}

async function searchKeys(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await workbench.jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, actor: { kind: 'app' }, body: { jql, fields: ['key'] } });
  expect(response.status).toBe(200);
  return (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
}

/** The register's own store writes the risk, as the register page would. */
async function seedRisk(workbench: Workbench, id: string, title: string) {
  const restore = installKvsFetch(workbench.kvs);
  try {
    expect(await riskKvsStore.write(recordedRisk({ title }, id), [])).toBe(true);
  } finally {
    restore();
  }
}

/** The append-only link events the app stored in KVS for the issue, newest first. */
async function auditTrail(workbench: Workbench) {
  const restore = installKvsFetch(workbench.kvs);
  try {
    return await kvsLinkLedger.listEvents(issueOf(workbench).id, 10);
  } finally {
    restore();
  }
}

const AGENT = DEMO_USERS.agent.accountId;

describe('the compliance links module in manifest.yml', () => {
  it('is the domain constant, so the JQL aliases the app builds are the ones Jira indexes', () => {
    const manifest = parse(readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8')) as { modules: Record<string, unknown[]> };

    expect(manifest.modules['jira:entityProperty']).toContainEqual(COMPLIANCE_LINKS_ENTITY_PROPERTY);
  });
});

describe('linking an issue to clauses and risks on the workbench', () => {
  it('lets the agent link ISO27001:A.5.24 so that JQL finds the issue by clause and by standard', async () => {
    const workbench = demoWorkbench();

    const linked = await invokeAs(workbench, AGENT, 'linkClause', { clauseId: 'ISO27001:A.5.24' });

    expect(linked).toMatchObject({ ok: true, value: { clauses: [{ id: 'ISO27001:A.5.24', standard: 'ISO27001' }], canEdit: true } });
    expect(await searchKeys(workbench, 'imsClause = "ISO27001:A.5.24"')).toEqual([ISSUE_KEY]);
    expect(await searchKeys(workbench, 'imsStandard = "ISO27001"')).toEqual([ISSUE_KEY]);
    expect(await auditTrail(workbench)).toEqual([expect.objectContaining({ kind: 'clause-linked', actor: AGENT, after: { clauses: ['ISO27001:A.5.24'], risks: [] } })]);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('shows the link and its high-confidence 20000-1 equivalent when the panel loads', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, AGENT, 'linkClause', { clauseId: 'ISO27001:A.5.24' });

    const loaded = await invokeAs(workbench, AGENT, 'getLinks');

    expect(loaded.value).toMatchObject({ links: { clauses: ['ISO27001:A.5.24'], updatedBy: AGENT }, suggestions: expect.arrayContaining([expect.objectContaining({ id: 'ISO20000-1:8.7.3.3', kind: 'equivalent' })]) });
  });

  it('removes the issue from the JQL results when the clause is unlinked', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, AGENT, 'linkClause', { clauseId: 'ISO27001:A.5.24' });

    expect(await invokeAs(workbench, AGENT, 'unlinkClause', { clauseId: 'ISO27001:A.5.24' })).toMatchObject({ ok: true });

    expect(await searchKeys(workbench, 'imsClause = "ISO27001:A.5.24"')).toEqual([]);
    expect(await searchKeys(workbench, 'imsStandard = "ISO27001"')).toEqual([]);
  });

  it('refuses the user without access and leaves the links as they were', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, AGENT, 'linkClause', { clauseId: 'ISO27001:A.5.24' });
    const before = structuredClone(issueOf(workbench).properties);

    const attempts = [
      await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'getLinks'),
      await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'linkClause', { clauseId: 'ISO42001:A.8.4' }),
      await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'unlinkClause', { clauseId: 'ISO27001:A.5.24' }),
    ];

    for (const attempt of attempts) expect(['NOT_FOUND', 'FORBIDDEN']).toContain(attempt.error?.code);
    expect(issueOf(workbench).properties).toEqual(before);
    expect(await auditTrail(workbench)).toHaveLength(1);
  });

  it('refuses a bare A.5.24 as ambiguous between 27001 and 42001 numbering', async () => {
    const workbench = demoWorkbench();

    const refused = await invokeAs(workbench, AGENT, 'linkClause', { clauseId: 'A.5.24' });

    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(refused.error!.message).toMatch(/ISO27001:A\.5\.24/);
    expect(issueOf(workbench).properties.imsLinks).toBeUndefined();
  });

  it('finds a register risk by title, links it, and JQL finds the issue by imsRisk', async () => {
    const workbench = demoWorkbench();
    await seedRisk(workbench, 'R-3', 'Phishing leads to credential theft');

    const found = await invokeAs(workbench, AGENT, 'searchRisks', { query: 'phishing' });
    expect(found).toEqual({ ok: true, value: [{ id: 'R-3', title: 'Phishing leads to credential theft' }] });

    const linked = await invokeAs(workbench, AGENT, 'linkRisk', { riskId: 'R-3' });
    expect(linked).toMatchObject({ ok: true, value: { risks: [{ id: 'R-3', title: 'Phishing leads to credential theft', inRegister: true }] } });
    expect(await searchKeys(workbench, 'imsRisk = "R-3"')).toEqual([ISSUE_KEY]);

    expect(await invokeAs(workbench, AGENT, 'unlinkRisk', { riskId: 'R-3' })).toMatchObject({ ok: true });
    expect(await searchKeys(workbench, 'imsRisk = "R-3"')).toEqual([]);
  });

  it('refuses to link a risk that is not in the register', async () => {
    const workbench = demoWorkbench();

    expect(await invokeAs(workbench, AGENT, 'linkRisk', { riskId: 'R-404' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'R-404 is not in the risk register' } });
  });
});
