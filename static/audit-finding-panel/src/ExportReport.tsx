import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { callResolver } from '../../shared/invokeClient';
import { base64Blob, downloadBlob } from '../../evidence-report/src/downloadBytes';

/** The audit report (scope, checklist with evidence, findings, conclusions) as CSV or PDF. */
export function ExportReport() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<'csv' | 'pdf' | null>(null);

  async function download(format: 'csv' | 'pdf') {
    setPending(format);
    const result = await callResolver('exportAuditReport', { format });
    setPending(null);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    const file = result.value;
    if (file.format === 'csv') downloadBlob(file.filename, new Blob([file.content], { type: 'text/csv;charset=utf-8' }));
    else downloadBlob(file.filename, base64Blob(file.contentBase64, 'application/pdf'));
  }

  return (
    <section style={{ display: 'grid', gap: token('space.100'), paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button isDisabled={pending !== null} onClick={() => void download('pdf')} testId="audit-export-pdf">
          Audit report (PDF)
        </Button>
        <Button isDisabled={pending !== null} onClick={() => void download('csv')} testId="audit-export-csv">
          Audit report (CSV)
        </Button>
      </div>
      {error !== null && (
        <SectionMessage appearance="error" title="The report was not exported">
          <p>{error}</p>
        </SectionMessage>
      )}
    </section>
  );
}
