import { DEMO_USERS } from '../../../workbench/seed';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { SoaSnapshotHeader } from '../../../src/domain/soa';
import type { PdfExport } from '../../../src/services/evidence/pdfExport';
import type { SoaEvidenceView } from '../../../src/services/soa/soaEvidence';
import type { SoaVersionList } from '../../../src/services/soa/soaVersions';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'soa-page', accountId, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** Writes the clause links the way the compliance panel stores them, as the app. */
async function linkIssue(workbench: Workbench, key: string, clauses: string[]) {
  const response = await workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${key}/properties/imsLinks`,
    headers: {},
    body: { clauses, standards: [...new Set(clauses.map((clause) => clause.split(':')[0]))], risks: [], updatedAt: new Date().toISOString(), updatedBy: DEMO_USERS.ismsLead.accountId },
    actor: { kind: 'app' },
  });
  expect(response.status).toBeLessThan(300);
}

const lead = DEMO_USERS.ismsLead.accountId;

describe('SoA evidence and versions on the workbench', () => {
  it('shows A.5.24 with evidence count 1 once an issue is linked to it', async () => {
    const workbench = demoWorkbench();
    const key = workbench.jira.state.issues[0]!.key;
    const before = valueOf(await invokeAs<SoaEvidenceView>(workbench, lead, 'getSoaEvidence'));

    await linkIssue(workbench, key, ['ISO27001:A.5.24']);
    const after = valueOf(await invokeAs<SoaEvidenceView>(workbench, lead, 'getSoaEvidence'));

    const a524 = (view: SoaEvidenceView) => view.controls.find((control) => control.controlId === 'ISO27001:A.5.24');
    expect(after.controls).toHaveLength(131);
    expect(a524(before)!.evidenceCount).toBe(0);
    expect(a524(after)).toMatchObject({ evidenceCount: 1, lastEvidenceDate: expect.any(String) });
    expect(after.searchCalls).toBe(1);
  });

  it('approves version 1 as the ISMS lead, lists it with the approver and exports it as PDF', async () => {
    const workbench = demoWorkbench();

    const approved = valueOf(await invokeAs<SoaSnapshotHeader>(workbench, lead, 'approveSoaVersion'));
    const list = valueOf(await invokeAs<SoaVersionList>(workbench, lead, 'listSoaVersions', {}));
    const pdf = valueOf(await invokeAs<PdfExport>(workbench, lead, 'exportSoaPdf', { version: 1 }));
    const refused = await invokeAs<SoaSnapshotHeader>(workbench, DEMO_USERS.agent.accountId, 'approveSoaVersion');

    expect(approved.version).toBe(1);
    expect(list.versions.map((version) => version.version)).toEqual([1]);
    expect(list.people[lead]).toBe(DEMO_USERS.ismsLead.displayName);
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
