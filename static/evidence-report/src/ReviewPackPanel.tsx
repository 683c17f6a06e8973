import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { ReviewPackView } from '../../../src/services/review/reviewResolverApi';
import { callResolver } from '../../shared/invokeClient';
import { base64Blob, downloadBlob } from './downloadBytes';
import { FieldLabel } from './FieldLabel';
import { dayIn, lastTwelveMonths, periodProblem } from './ReviewPeriod';
import { ReviewSections } from './ReviewSections';

type PackState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: ReviewPackView };

/** The management review pack: choose the period, read every section, download the PDF. */
export function ReviewPackPanel({ timeZone }: { timeZone: string }) {
  const [period, setPeriod] = useState(() => lastTwelveMonths(dayIn(new Date(), timeZone)));
  const [state, setState] = useState<PackState>({ status: 'idle' });
  const [pdf, setPdf] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const problem = periodProblem(period);

  const load = async () => {
    setState({ status: 'loading' });
    const result = await callResolver('reviewPack', period);
    setState(result.ok ? { status: 'ready', view: result.value } : { status: 'error', message: result.error.message });
  };
  const download = async () => {
    setPdf({ busy: true, error: null });
    const result = await callResolver('reviewPackPdf', period);
    if (result.ok) downloadBlob(result.value.filename, base64Blob(result.value.contentBase64, 'application/pdf'));
    setPdf({ busy: false, error: result.ok ? null : result.error.message });
  };

  return (
    <div style={{ display: 'grid', gap: token('space.250') }} data-testid="review-pack">
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Inputs to the management review (clause 9.3 of ISO/IEC 20000-1, 27001 and 42001) for one period, counted from the issues you may browse.
      </p>
      <div role="group" aria-label="Review period" style={{ display: 'flex', gap: token('space.200'), alignItems: 'end', flexWrap: 'wrap' }}>
        <div>
          <FieldLabel htmlFor="review-from">From</FieldLabel>
          <Textfield id="review-from" type="date" value={period.from} onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })} testId="review-from" />
        </div>
        <div>
          <FieldLabel htmlFor="review-to">To</FieldLabel>
          <Textfield id="review-to" type="date" value={period.to} onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })} testId="review-to" />
        </div>
        <Button appearance="primary" onClick={() => void load()} isDisabled={problem !== null} isLoading={state.status === 'loading'} testId="review-run">
          Build the review pack
        </Button>
        <Button onClick={() => void download()} isDisabled={problem !== null} isLoading={pdf.busy} testId="review-pdf">
          Download PDF
        </Button>
      </div>
      {problem !== null && <p style={{ margin: 0, color: token('color.text.danger') }}>{problem}</p>}
      {pdf.error !== null && (
        <SectionMessage appearance="error" title="The PDF could not be made">
          <p>{pdf.error}</p>
        </SectionMessage>
      )}
      <div aria-live="polite">
        {state.status === 'idle' && <p style={{ margin: 0, color: token('color.text.subtle') }}>Choose the period and build the pack.</p>}
        {state.status === 'loading' && (
          <div role="status" style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            <Spinner size="medium" label="Building the review pack" /> Building the review pack…
          </div>
        )}
        {state.status === 'error' && (
          <SectionMessage appearance="error" title="The review pack could not be built">
            <p>{state.message}</p>
          </SectionMessage>
        )}
        {state.status === 'ready' && (
          <div style={{ display: 'grid', gap: token('space.200') }}>
            <p style={{ margin: 0, color: token('color.text.subtle') }} data-testid="review-scanned">
              {state.view.pack.period.from} to {state.view.pack.period.to}: {state.view.pack.issuesScanned} issues read as you.
            </p>
            {state.view.pack.truncated && (
              <SectionMessage appearance="warning" title="Only part of the period was read">
                <p>The period holds more issues than one run reads: incident and change counts cover the first ones. Choose a shorter period.</p>
              </SectionMessage>
            )}
            <ReviewSections pack={state.view.pack} charts={state.view.charts} />
          </div>
        )}
      </div>
    </div>
  );
}
