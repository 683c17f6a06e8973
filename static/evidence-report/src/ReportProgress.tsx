import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { EvidenceJobView } from '../../../src/services/evidence/evidenceView';

function etaText(seconds: number | null): string {
  if (seconds === null) return 'estimating time left';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** A running report: percentage, issues scanned so far and time left, with a way to stop it. */
export function ReportProgress({ job, onCancel }: { job: EvidenceJobView; onCancel: () => void }) {
  const percent = Math.min(100, Math.max(0, Math.round(job.percent)));
  const isRunning = job.status === 'queued' || job.status === 'running';
  return (
    <section aria-label="Report progress" data-testid="report-progress" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: token('space.200') }}>
        <span data-testid="progress-text">
          <strong>{percent}%</strong> · {job.issuesScanned.toLocaleString('en')} issues scanned
          {isRunning && ` · ${job.status === 'queued' ? 'queued' : etaText(job.etaSeconds)}`}
        </span>
        {isRunning && (
          <Button appearance="subtle" onClick={onCancel} testId="cancel-report">
            Cancel
          </Button>
        )}
      </div>
      <div
        role="progressbar"
        aria-label="Report progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        style={{ height: token('space.100'), borderRadius: token('radius.small'), background: token('color.background.neutral'), overflow: 'hidden' }}
      >
        <div style={{ width: `${percent}%`, height: '100%', background: job.status === 'done' ? token('color.background.success.bold') : token('color.background.brand.bold'), transition: 'width 0.3s' }} />
      </div>
    </section>
  );
}
