import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { EvidenceCsvKind } from '../../../src/services/evidence/evidenceView';
import { callResolver } from '../../shared/invokeClient';
import { base64Blob, downloadBlob } from './downloadBytes';

type Export = EvidenceCsvKind | 'pdf';

/** CSV of the matrix or of the evidence issues, and the PDF audit pack, of a finished report. */
export function ExportButtons({ jobId }: { jobId: string }) {
  const [busy, setBusy] = useState<Export | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportAs = async (kind: Export) => {
    setBusy(kind);
    setError(null);
    if (kind === 'pdf') {
      const result = await callResolver('exportPdf', { jobId });
      if (result.ok) downloadBlob(result.value.filename, base64Blob(result.value.contentBase64, 'application/pdf'));
      else setError(result.error.message);
    } else {
      const result = await callResolver('exportCsv', { jobId, kind });
      // The content already starts with a BOM, so spreadsheet apps read it as UTF-8.
      if (result.ok) downloadBlob(result.value.filename, new Blob([result.value.content], { type: 'text/csv;charset=utf-8' }));
      else setError(result.error.message);
    }
    setBusy(null);
  };
  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <div role="group" aria-label="Export" style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        <Button onClick={() => void exportAs('matrix')} isLoading={busy === 'matrix'} testId="export-csv-matrix">
          CSV: coverage matrix
        </Button>
        <Button onClick={() => void exportAs('evidence')} isLoading={busy === 'evidence'} testId="export-csv-evidence">
          CSV: evidence issues
        </Button>
        <Button onClick={() => void exportAs('pdf')} isLoading={busy === 'pdf'} testId="export-pdf">
          PDF audit pack
        </Button>
      </div>
      {error !== null && (
        <SectionMessage appearance="error" title="The export failed">
          <p>{error}</p>
        </SectionMessage>
      )}
    </div>
  );
}
