import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { ImportOutcome } from '../../../src/services/risk/importRisks';
import { callResolver } from '../../shared/invokeClient';

/** Saves text as a file through a temporary object URL: the Custom UI iframe allows downloads, not navigation. */
function download(filename: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { report } = outcome;
  if (report.ok) {
    return outcome.dryRun ? (
      <SectionMessage appearance="success" title="The file is valid">
        <p>{report.rowCount} risks are ready to import. Nothing was written yet.</p>
      </SectionMessage>
    ) : (
      <SectionMessage appearance="success" title="Imported">
        <p>Recorded {outcome.createdIds.join(', ')}.</p>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="error" title={report.summary}>
      <table data-testid="import-problems" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left' }}>Problems by row and column</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row}</td>
              <td>{problem.columnName ? `${problem.column} (${problem.columnName})` : '—'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SectionMessage>
  );
}

/** Export the register as CSV; import a CSV file after a dry run that reports each problem by row and column. */
export function CsvPanel({ canImport, onImported }: { canImport: boolean; onImported: () => void }) {
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    const result = await callResolver('exportRisksCsv', {});
    if (!result.ok) return setError(result.error.message);
    setError(null);
    download(result.value.filename, result.value.content);
  }

  async function runImport(dryRun: boolean) {
    if (!csv) return;
    setBusy(true);
    const result = await callResolver('importRisksCsv', { csv: csv.text, dryRun });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setOutcome(result.value);
    if (!dryRun && result.value.report.ok) onImported();
  }

  return (
    <section aria-label="CSV export and import" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <Button onClick={() => void exportCsv()} testId="risk-export">
          Export CSV
        </Button>
        {canImport ? (
          <>
            <label style={{ display: 'flex', gap: token('space.050'), alignItems: 'center' }}>
              <span>Import CSV</span>
              <input
                type="file"
                accept=".csv,text/csv"
                data-testid="risk-import-file"
                onChange={async (event) => {
                  const file = event.target.files?.[0];
                  setOutcome(null);
                  setCsv(file ? { name: file.name, text: await file.text() } : null);
                }}
              />
            </label>
            <Button onClick={() => void runImport(true)} isDisabled={!csv || busy} testId="risk-import-check">
              Check file (dry run)
            </Button>
            <Button appearance="primary" onClick={() => void runImport(false)} isDisabled={!csv || busy || outcome?.report.ok !== true || !outcome.dryRun}>
              Import
            </Button>
          </>
        ) : null}
      </div>
      {error ? <SectionMessage appearance="error">{error}</SectionMessage> : null}
      {outcome ? <ImportReport outcome={outcome} /> : null}
    </section>
  );
}
