import { useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { SavedEvidenceDefinition } from '../../../src/services/evidence/evidenceView';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { EMPTY_FORM, definitionOf, definitionProblem, formOf, type DefinitionForm } from './definitionForm';
import { DefinitionFormView } from './DefinitionFormView';
import { ReportProgress } from './ReportProgress';
import { ReportResult } from './ReportResult';
import { SavedDefinitions } from './SavedDefinitions';
import { useReportJob } from './useReportJob';
import { useScopeCheck } from './useScopeCheck';

/** The evidence report: define (or pick a saved definition), run as a job with progress, read the coverage. */
export function EvidenceReportPage({ timeZone }: { timeZone: string }) {
  const [form, setForm] = useState<DefinitionForm>(EMPTY_FORM);
  const [savedVersion, setSavedVersion] = useState(0);
  const [notice, setNotice] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  const scopeCheck = useScopeCheck(form.jql, form.scopeKind === 'jql');
  const { state: job, start, cancel } = useReportJob();
  const saved = useViewState(() => callResolver('listDefinitions', {}), (list) => list.length === 0, [savedVersion]);

  const definition = definitionOf(form, timeZone);
  const problem =
    scopeCheck.status === 'invalid' ? 'Fix the scope JQL first.'
    : scopeCheck.status === 'checking' && form.scopeKind === 'jql' ? 'Waiting for Jira to check the scope JQL…'
    : definitionProblem(definition);
  const isRunning = job.status === 'starting' || (job.status === 'job' && (job.job.status === 'queued' || job.job.status === 'running'));

  const save = async () => {
    const result = await callResolver('saveDefinition', { name: form.name.trim(), definition });
    setNotice(result.ok ? { appearance: 'success', text: `Saved “${result.value.name}”.` } : { appearance: 'error', text: result.error.message });
    setSavedVersion((version) => version + 1);
  };
  const remove = async (entry: SavedEvidenceDefinition) => {
    const result = await callResolver('deleteDefinition', { id: entry.id });
    setNotice(result.ok ? { appearance: 'success', text: `Deleted “${entry.name}”.` } : { appearance: 'error', text: result.error.message });
    setSavedVersion((version) => version + 1);
  };

  return (
    <main style={{ padding: token('space.300'), color: token('color.text'), display: 'grid', gap: token('space.250'), maxWidth: '90rem' }}>
      <header>
        <h1 style={{ font: token('font.heading.large'), margin: `0 0 ${token('space.050')}` }}>Evidence report</h1>
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          Coverage of clauses and controls by Jira issues over a period: what is evidenced, what is stale, where the gaps are.
        </p>
      </header>
      {notice && (
        <SectionMessage appearance={notice.appearance}>
          <p>{notice.text}</p>
        </SectionMessage>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(14rem, 1fr)', gap: token('space.250'), alignItems: 'start' }}>
        <DefinitionFormView form={form} scopeCheck={scopeCheck} problem={problem} isBusy={isRunning} onChange={setForm} onRun={() => start(definition)} onSave={() => void save()} />
        <SavedDefinitions
          state={saved}
          isBusy={isRunning}
          onRun={(entry) => {
            setForm(formOf(entry.definition, entry.name));
            start(entry.definition);
          }}
          onEdit={(entry) => setForm(formOf(entry.definition, entry.name))}
          onDelete={(entry) => void remove(entry)}
        />
      </div>
      <div aria-live="polite">
        {job.status === 'starting' && (
          <div role="status" style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            <Spinner size="medium" label="Starting the report" /> Starting the report…
          </div>
        )}
        {job.status === 'error' && (
          <SectionMessage appearance="error" title="The report could not run">
            <p>{job.message}</p>
          </SectionMessage>
        )}
        {job.status === 'job' && (
          <div style={{ display: 'grid', gap: token('space.200') }}>
            <ReportProgress job={job.job} onCancel={cancel} />
            {(job.job.status === 'failed' || job.job.status === 'cancelled') && (
              <SectionMessage appearance={job.job.status === 'failed' ? 'error' : 'warning'} title={job.job.status === 'failed' ? 'The report failed' : 'The report was cancelled'}>
                <p>{job.job.message ?? 'Run it again to get a result.'}</p>
              </SectionMessage>
            )}
          </div>
        )}
      </div>
      {job.status === 'job' && job.job.report && <ReportResult report={job.job.report} />}
    </main>
  );
}
