import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { CoverageRow } from '../../../src/domain/evidence/coverageTypes';
import { IssueKeyLink } from './IssueKeyLink';

const head = {
  cells: [
    { key: 'key', content: 'Issue', width: 10 },
    { key: 'summary', content: 'Summary', width: 34 },
    { key: 'type', content: 'Type', width: 10 },
    { key: 'status', content: 'Status', width: 10 },
    { key: 'resolved', content: 'Resolved', width: 11 },
    { key: 'assignee', content: 'Assignee', width: 13 },
    { key: 'via', content: 'Via', width: 12 },
  ],
};

/** The evidence issues of one clause, newest first as the report kept them, each linked to Jira. */
export function DrillDown({ row, title }: { row: CoverageRow; title: string }) {
  return (
    <section aria-labelledby="drill-down-heading" data-testid="drill-down" style={{ display: 'grid', gap: token('space.100') }}>
      <h2 id="drill-down-heading" style={{ font: token('font.heading.small'), margin: 0 }}>
        Evidence for {row.clause} {title}
      </h2>
      {row.drillDown.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>No issue evidences this clause in the period: it is a gap.</p>
      ) : (
        <DynamicTableStateless
          label={`Issues evidencing ${row.clause}`}
          head={head}
          rows={row.drillDown.map(({ issue, via }) => ({
            key: issue.id,
            cells: [
              { content: <IssueKeyLink issueKey={issue.key} /> },
              { content: issue.summary },
              { content: issue.type },
              { content: issue.status },
              { content: issue.resolutiondate?.slice(0, 10) ?? '' },
              { content: issue.assignee ?? <span style={{ color: token('color.text.subtlest') }}>Unassigned</span> },
              { content: via ? `via ${via}` : '' },
            ],
          }))}
        />
      )}
      {row.drillDownOmitted > 0 && (
        <p style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>
          and {row.drillDownOmitted} older evidence issues, counted above but not listed here.
        </p>
      )}
    </section>
  );
}
