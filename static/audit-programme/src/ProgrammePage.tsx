import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { MissedRef } from '../../../src/domain/audit/programmeCoverage';
import type { ProgrammeView } from '../../../src/services/audit/programmeView';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { downloadFile } from '../../cab-panel/src/downloadFile';
import { base64Blob, downloadBlob } from '../../evidence-report/src/downloadBytes';
import { AuditForm } from './AuditForm';
import { AuditsTable } from './AuditsTable';
import { CoverageView } from './CoverageView';
import { Notice, type NoticeValue } from './Notice';
import { ProcessOwnersSection } from './ProcessOwnersSection';
import { ProgrammeHeader } from './ProgrammeHeader';
import { draftOf } from './auditDraft';
import { panel, sectionHeading } from './programmeStyles';

/** The internal audit programme: cycle and standards, audits, coverage per standard, process owners, exports. */
export function ProgrammePage() {
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const state = useViewState(() => callResolver('getProgramme', {}), () => false, [revision]);
  const reload = () => setRevision((value) => value + 1);

  async function addToAudit(view: ProgrammeView, missed: MissedRef, auditId: string) {
    const row = view.audits.find((candidate) => candidate.audit.id === auditId);
    if (row === undefined) return;
    const draft = draftOf(row.audit);
    const result = await callResolver('editAudit', { id: auditId, audit: { ...draft, scope: { ...draft.scope, refs: [...draft.scope.refs, missed.id] } }, expectedVersion: row.audit.version });
    setNotice(result.ok ? { ok: true, text: `Added ${missed.id} to ${auditId}.` } : { ok: false, title: `${missed.id} was not added to ${auditId}`, text: result.error.message });
    reload();
  }

  async function startAudit(auditId: string) {
    const result = await callResolver('startAuditIssue', { auditId });
    setNotice(
      result.ok
        ? { ok: true, text: `${auditId} runs in Jira as ${result.value.issueKey}${result.value.isNew ? `, with a checklist of ${result.value.checklistLines} lines` : ' (started before)'}.` }
        : { ok: false, title: `${auditId} was not started`, text: result.error.message },
    );
    reload();
  }

  async function exportCsv(kind: 'plan' | 'coverage') {
    const result = await callResolver('exportProgrammeCsv', { kind });
    if (!result.ok) return setNotice({ ok: false, text: result.error.message });
    downloadFile(result.value.filename, result.value.content, 'text/csv');
    setNotice({ ok: true, text: `Exported ${result.value.filename}` });
  }

  async function exportPdf() {
    const result = await callResolver('exportProgrammePdf', {});
    if (!result.ok) return setNotice({ ok: false, text: result.error.message });
    downloadBlob(result.value.filename, base64Blob(result.value.contentBase64, 'application/pdf'));
    setNotice({ ok: true, text: `Exported ${result.value.filename}` });
  }

  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.200') }}>
      <header>
        <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>Internal audit programme</h1>
        <p style={{ margin: 0, color: token('color.text.subtle') }}>One programme for ISO/IEC 20000-1, 27001 and 42001 (clause 9.2): every clause 4–10 and every applicable control audited within the cycle, by impartial auditors.</p>
      </header>
      <Notice notice={notice} testId="programme-page-message" />
      <ViewStateView state={state} loadingLabel="Loading the audit programme" empty="" errorTitle="Could not load the audit programme">
        {(view) => (
          <>
            <ProgrammeHeader key={`header-${view.programme?.version ?? 0}`} view={view} onSaved={reload} />
            {view.programme !== null && view.cycle !== null && (
              <>
                <section aria-labelledby="audits-heading" style={panel}>
                  <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
                    <h2 id="audits-heading" style={{ ...sectionHeading, flex: 1 }}>Audits</h2>
                    {view.canEdit && editing === null && <Button appearance="primary" onClick={() => setEditing('new')} testId="audit-add">Plan an audit</Button>}
                    <Button onClick={() => void exportCsv('plan')} testId="export-plan-csv">Audit plan CSV</Button>
                    <Button onClick={() => void exportCsv('coverage')} testId="export-coverage-csv">Coverage CSV</Button>
                    <Button onClick={() => void exportPdf()} testId="export-pdf">Programme PDF</Button>
                  </div>
                  {editing !== null && (
                    <AuditForm
                      key={editing}
                      audit={editing === 'new' ? null : (view.audits.find((row) => row.audit.id === editing)?.audit ?? null)}
                      standards={view.programme.standards}
                      cycleFrom={view.cycle.from}
                      people={view.people}
                      onCancel={() => setEditing(null)}
                      onSaved={(audit) => {
                        setEditing(null);
                        setNotice({ ok: true, text: `Saved ${audit.id} ${audit.title}.` });
                        reload();
                      }}
                    />
                  )}
                  <AuditsTable rows={view.audits} people={view.people} canEdit={view.canEdit} onEdit={(id) => setEditing(id)} onStart={(id) => void startAudit(id)} />
                </section>
                {view.coverage !== null && <CoverageView coverage={view.coverage} audits={view.audits} canEdit={view.canEdit} onAdd={(missed, auditId) => void addToAudit(view, missed, auditId)} />}
                <ProcessOwnersSection key={`owners-${view.owners.version}`} owners={view.owners} people={view.people} canEdit={view.canEdit} onSaved={reload} />
              </>
            )}
          </>
        )}
      </ViewStateView>
    </main>
  );
}
