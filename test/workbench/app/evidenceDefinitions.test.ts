import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_USERS } from '../../../workbench/seed';
import { demoWorkbench } from './demoWorkbench';

type Answered = { ok: true; value: { id: string; name: string }[] & { id: string; name: string } } | { ok: false; error: { code: string; message: string } };

function invokeAs(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'evidence-report-page', accountId, extension: { type: 'jira:fullPage' } } }) as Promise<Answered>;
}

const definition = { name: 'Annex A', standards: ['ISO27001'], selection: [{ kind: 'annexA', standard: 'ISO27001' }], period: { kind: 'last', count: 12, unit: 'months' } };
const chair = DEMO_USERS.cabChair.accountId;
const agent = DEMO_USERS.agent.accountId;
const lead = DEMO_USERS.ismsLead.accountId;

async function saveAs(workbench: Workbench, accountId: string, name: string, id?: string): Promise<string> {
  const saved = await invokeAs(workbench, accountId, 'saveDefinition', { name, definition, ...(id === undefined ? {} : { id }) });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

describe('saved evidence report definitions on the workbench', () => {
  it('are shared with everyone, but only who saved one, or an ISMS lead, overwrites or deletes it', async () => {
    const workbench = demoWorkbench();
    const id = await saveAs(workbench, chair, 'Change evidence');

    const overwrite = await invokeAs(workbench, agent, 'saveDefinition', { id, name: 'Mine now', definition });
    const removal = await invokeAs(workbench, agent, 'deleteDefinition', { id });
    const listed = await invokeAs(workbench, agent, 'listDefinitions');

    expect(overwrite).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('Only who saved "Change evidence", or a member of isms-leads, overwrites it') } });
    expect(removal).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(listed.ok && listed.value.map((saved) => saved.name)).toEqual(['Change evidence']);

    await saveAs(workbench, chair, 'Change evidence, 12 months', id);
    expect(await invokeAs(workbench, lead, 'deleteDefinition', { id })).toMatchObject({ ok: true });
    const after = await invokeAs(workbench, chair, 'listDefinitions');
    expect(after.ok && after.value).toEqual([]);
  });
});
