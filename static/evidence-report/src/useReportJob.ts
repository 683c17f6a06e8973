import { useCallback, useEffect, useState } from 'react';
import type { EvidenceReportDefinitionInput } from '../../../src/domain/schemas/evidence';
import type { EvidenceJobView } from '../../../src/services/evidence/evidenceView';
import { callResolver } from '../../shared/invokeClient';

export type ReportJob =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'error'; message: string }
  | { status: 'job'; job: EvidenceJobView };

// A job checkpoints at least every few seconds; polling faster would only spend invocations.
const POLL_MS = 1000;

const isOver = (job: EvidenceJobView) => job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';

/** Starts a report and follows its job until it is done, failed or cancelled. */
export function useReportJob(): { state: ReportJob; start: (definition: EvidenceReportDefinitionInput) => void; cancel: () => void } {
  const [state, setState] = useState<ReportJob>({ status: 'idle' });
  const jobId = state.status === 'job' && !isOver(state.job) ? state.job.jobId : null;

  useEffect(() => {
    if (jobId === null) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      callResolver('jobStatus', { jobId }).then((result) => {
        if (!isCurrent) return;
        setState(result.ok ? { status: 'job', job: result.value } : { status: 'error', message: result.error.message });
      });
    }, POLL_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [jobId, state]);

  const start = useCallback((definition: EvidenceReportDefinitionInput) => {
    setState({ status: 'starting' });
    callResolver('startReport', { definition }).then((result) =>
      setState(result.ok ? { status: 'job', job: result.value } : { status: 'error', message: result.error.message }),
    );
  }, []);

  const cancel = useCallback(() => {
    if (jobId === null) return;
    callResolver('cancelReport', { jobId }).then((result) =>
      setState(result.ok ? { status: 'job', job: result.value } : { status: 'error', message: result.error.message }),
    );
  }, [jobId]);

  return { state, start, cancel };
}
