import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { FindingRow } from '../../../src/services/audit/auditPanelView';
import { headingStyle, subtleText } from './fields';

const kindAppearance = (row: FindingRow) => (row.kind === 'nonconformity-major' ? 'removed' : row.kind === 'nonconformity-minor' ? 'moved' : 'default');

/** The audit's findings; each nonconformity says whether it may close or what it still lacks. */
export function FindingList({ findings }: { findings: readonly FindingRow[] }) {
  return (
    <section aria-labelledby="audit-findings-heading">
      <h2 id="audit-findings-heading" style={headingStyle}>
        Findings ({findings.length})
      </h2>
      {findings.length === 0 ? (
        <p style={subtleText}>No findings yet.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {findings.map((finding) => (
            <li key={finding.issueKey} data-testid="audit-finding" style={{ display: 'grid', gap: token('space.025') }}>
              <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
                <strong>{finding.issueKey}</strong>
                <Lozenge appearance={kindAppearance(finding)}>{finding.kindLabel}</Lozenge>
                <Lozenge appearance={finding.isDone ? 'success' : 'default'}>{finding.status}</Lozenge>
              </div>
              <span>{finding.summary}</span>
              {finding.closure !== null && !finding.isDone && (
                <span style={subtleText}>{finding.closure.canClose ? 'Ready to close.' : `Cannot close yet: ${finding.closure.missing.join('; ')}.`}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
