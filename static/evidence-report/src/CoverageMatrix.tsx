import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ClauseId } from '../../../src/domain/catalog';
import type { CoverageRow } from '../../../src/domain/evidence/coverageTypes';
import type { EvidenceClauseLink } from '../../../src/services/evidence/evidenceView';
import { STATUS_LOZENGE } from './coverageLabels';

const head = {
  cells: [
    { key: 'clause', content: 'Clause / control', isSortable: true, width: 16 },
    { key: 'title', content: 'Title', width: 30 },
    { key: 'count', content: 'Evidence', isSortable: true, width: 9 },
    { key: 'via', content: 'Via mapped', width: 20 },
    { key: 'last', content: 'Last evidence', isSortable: true, width: 13 },
    { key: 'status', content: 'Status', isSortable: true, width: 12 },
  ],
};

const STATUS_ORDER = { missing: 0, stale: 1, covered: 2 } as const;
const subtle = { color: token('color.text.subtlest') };

/** Reads as a link (it opens the drill-down below); underlined while its issues are shown. */
const clauseButton = (isSelected: boolean) => ({
  padding: 0,
  border: 'none',
  background: 'none',
  cursor: 'pointer',
  font: 'inherit',
  fontWeight: token('font.weight.semibold'),
  color: token('color.link'),
  textDecoration: isSelected ? 'underline' : 'none',
});

/** One row per clause or control: evidence count, "via" a mapped clause, last evidence, stale and gap flags. */
export function CoverageMatrix({ rows, titles, selected, onSelect }: { rows: CoverageRow[]; titles: EvidenceClauseLink[]; selected: ClauseId | null; onSelect: (clause: ClauseId) => void }) {
  const titleOf = new Map(titles.map((link) => [link.clause, link.title]));
  return (
    <div data-testid="coverage-matrix">
      <DynamicTable
        label="Coverage per clause and control"
        head={head}
        rowsPerPage={50}
        defaultPage={1}
        rows={rows.map((row, position) => ({
          key: row.clause,
          testId: `coverage-row-${row.clause}`,
          // Gaps are tinted so they stand out when the lead scans a long annex.
          style: row.status === 'missing' ? { background: token('color.background.danger') } : undefined,
          cells: [
            {
              key: position,
              content: (
                <button
                  type="button"
                  aria-pressed={selected === row.clause}
                  aria-label={`Show the evidence issues of ${row.clause}`}
                  onClick={() => onSelect(row.clause)}
                  data-testid={`drill-${row.clause}`}
                  style={clauseButton(selected === row.clause)}
                >
                  {row.clause}
                </button>
              ),
            },
            { content: titleOf.get(row.clause) ?? '' },
            { key: row.direct + row.viaMapped, content: <span data-testid={`evidence-count-${row.clause}`}>{row.direct + row.viaMapped}</span> },
            {
              content:
                row.via.length === 0 ? (
                  <span style={subtle}>—</span>
                ) : (
                  <span style={{ display: 'grid' }}>
                    {row.via.map((via) => (
                      <span key={via.source}>
                        via {via.source} ({via.count})
                      </span>
                    ))}
                  </span>
                ),
            },
            { key: row.lastEvidenceDate ?? '', content: row.lastEvidenceDate ?? <span style={subtle}>none</span> },
            {
              key: STATUS_ORDER[row.status],
              content: (
                <Lozenge appearance={STATUS_LOZENGE[row.status].appearance} isBold={row.status === 'missing'}>
                  {STATUS_LOZENGE[row.status].text}
                </Lozenge>
              ),
            },
          ],
        }))}
      />
    </div>
  );
}
