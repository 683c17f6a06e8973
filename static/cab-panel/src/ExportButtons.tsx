import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { callResolver } from '../../shared/invokeClient';
import { downloadFile } from './downloadFile';
import { headingStyle } from './panelStyles';

type ExportFormat = 'json' | 'csv';
const MEDIA_TYPES: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv' };

/** The decision record for auditors, as the backend renders it (answers, score, votes, audit trail). */
export function ExportButtons() {
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(format: ExportFormat) {
    setPending(format);
    setError(null);
    const result = await callResolver('exportDecision', { format });
    setPending(null);
    if (result.ok) downloadFile(result.value.filename, result.value.content, MEDIA_TYPES[format]);
    else setError(result.error.message);
  }

  return (
    <section aria-labelledby="cab-export-heading" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="cab-export-heading" style={headingStyle}>
        Decision record
      </h3>
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button onClick={() => exportAs('json')} isLoading={pending === 'json'} testId="cab-export-json">
          Export JSON
        </Button>
        <Button onClick={() => exportAs('csv')} isLoading={pending === 'csv'} testId="cab-export-csv">
          Export CSV
        </Button>
      </div>
      {error !== null && (
        <SectionMessage appearance="error" title="The export failed">
          <p>{error}</p>
        </SectionMessage>
      )}
    </section>
  );
}
