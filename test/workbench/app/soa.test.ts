import { DEMO_USERS } from '../../../workbench/seed';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { SoaSummary } from '../../../src/domain/soa';
import type { SoaView } from '../../../src/services/soa/getSoa';
import type { SoaRow } from '../../../src/services/soa/presentSoa';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'soa-page', accountId, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const lead = DEMO_USERS.ismsLead.accountId;
const implementA51 = { applicable: true, justification: 'Management approved the policy set', inclusionReasons: ['risk treatment'], implementationStatus: 'implemented' };

describe('the SoA page on the workbench', () => {
  it('stores the 131 entries once when ten first loads run at the same time', async () => {
    const workbench = demoWorkbench();

    const views = await Promise.all(Array.from({ length: 10 }, () => invokeAs<SoaView>(workbench, lead, 'getSoa', { filter: 'all' })));
    const again = valueOf(await invokeAs<SoaView>(workbench, lead, 'getSoa', { standard: 'ISO42001' }));

    expect(views.map((view) => valueOf(view).rows.length)).toEqual(Array(10).fill(131));
    expect(again.rows).toHaveLength(38);
    expect(again.canEdit).toBe(true);
  });

  it('lets the ISMS lead mark A.5.1 implemented, and the summary and history show it', async () => {
    const workbench = demoWorkbench();

    const row = valueOf(await invokeAs<SoaRow>(workbench, lead, 'editSoaEntry', { controlId: 'ISO27001:A.5.1', edit: implementA51, expectedVersion: 1 }));
    const summary = valueOf(await invokeAs<SoaSummary>(workbench, lead, 'getSoaSummary'));
    const implemented = valueOf(await invokeAs<SoaView>(workbench, lead, 'getSoa', { standard: 'ISO27001', filter: 'implemented' }));
    const history = valueOf(await invokeAs<{ controlId: string; actor: string }[]>(workbench, lead, 'getSoaHistory', {}));

    expect(row.entry).toMatchObject({ version: 2, implementationStatus: 'implemented' });
    expect(summary.byStandard.ISO27001).toMatchObject({ implemented: 1, applicable: 93 });
    expect(implemented.rows.map((candidate) => candidate.entry.controlId)).toEqual(['ISO27001:A.5.1']);
    expect(implemented.people[lead]).toBe(DEMO_USERS.ismsLead.displayName);
    expect(history).toEqual([expect.objectContaining({ controlId: 'ISO27001:A.5.1', actor: lead })]);
  });

  it('refuses the agent an SoA edit, checked against their Jira groups', async () => {
    const workbench = demoWorkbench();

    const answer = await invokeAs<SoaRow>(workbench, DEMO_USERS.agent.accountId, 'editSoaEntry', { controlId: 'ISO27001:A.5.1', edit: implementA51, expectedVersion: 1 });

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a second edit made on the same version with who changed it', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<SoaRow>(workbench, lead, 'editSoaEntry', { controlId: 'ISO27001:A.5.1', edit: implementA51, expectedVersion: 1 }));

    const stale = await invokeAs<SoaRow>(workbench, lead, 'editSoaEntry', { controlId: 'ISO27001:A.5.1', edit: { implementationStatus: 'partial' }, expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`changed by ${DEMO_USERS.ismsLead.displayName}`) } });
  });

  it('refuses a malformed edit before touching storage', async () => {
    const workbench = demoWorkbench();

    const answer = await invokeAs<SoaRow>(workbench, lead, 'editSoaEntry', { controlId: 'ISO20000-1:8.6.1', edit: {}, expectedVersion: 1 });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('exports the SoA as CSV with a header and one row per control', async () => {
    const workbench = demoWorkbench();

    const csv = valueOf(await invokeAs<{ filename: string; content: string }>(workbench, lead, 'exportSoaCsv'));

    expect(csv.content.trim().split(/\r?\n/)).toHaveLength(132);
  });
});
