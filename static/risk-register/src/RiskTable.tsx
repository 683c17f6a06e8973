import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import { CATEGORY_NAMES, RISK_APPEARANCE, STATUS_NAMES } from './riskLabels';

const head = {
  cells: [
    { key: 'id', content: 'Id', width: 6 },
    { key: 'title', content: 'Title', width: 26 },
    { key: 'category', content: 'Category', width: 9 },
    { key: 'owner', content: 'Owner', width: 14 },
    { key: 'inherent', content: 'Inherent', width: 8 },
    { key: 'residual', content: 'Residual', width: 8 },
    { key: 'status', content: 'Status', width: 8 },
    { key: 'review', content: 'Next review', width: 10 },
    { key: 'acceptance', content: 'Acceptance', width: 11 },
  ],
};

function AcceptanceBadge({ row }: { row: RiskView }) {
  if (row.risk.acceptance === null) return <Lozenge>not accepted</Lozenge>;
  if (row.isAcceptanceOutdated) return <Lozenge appearance="removed">acceptance outdated</Lozenge>;
  return <Lozenge appearance="success">accepted</Lozenge>;
}

/** The register in index order; a row's id opens the risk. */
export function RiskTable({ rows, onOpen }: { rows: RiskView[]; onOpen: (id: string) => void }) {
  return (
    <div data-testid="risk-table">
      <DynamicTableStateless
        caption="Risks"
        head={head}
        rows={rows.map(({ risk, ...row }) => ({
          key: risk.id,
          testId: `risk-row-${risk.id}`,
          cells: [
            {
              key: 'id',
              content: (
                <button type="button" onClick={() => onOpen(risk.id)} style={{ background: 'none', border: 'none', padding: 0, color: token('color.link'), cursor: 'pointer', font: token('font.body'), textDecoration: 'underline' }}>
                  {risk.id}
                </button>
              ),
            },
            { key: 'title', content: risk.title },
            { key: 'category', content: CATEGORY_NAMES[risk.category] },
            { key: 'owner', content: row.names[risk.owner] ?? risk.owner },
            { key: 'inherent', content: <Lozenge appearance={RISK_APPEARANCE[row.inherentClass]} isBold={row.inherentClass === 'critical'}>{row.inherentClass}</Lozenge> },
            { key: 'residual', content: <Lozenge appearance={RISK_APPEARANCE[row.residualClass]} isBold={row.residualClass === 'critical'}>{row.residualClass}</Lozenge> },
            { key: 'status', content: STATUS_NAMES[risk.status] },
            {
              key: 'review',
              content: (
                <span style={{ color: row.isReviewOverdue ? token('color.text.danger') : token('color.text') }}>
                  {risk.nextReviewDate}
                  {row.isReviewOverdue ? ' (overdue)' : ''}
                </span>
              ),
            },
            { key: 'acceptance', content: <AcceptanceBadge row={{ risk, ...row }} /> },
          ],
        }))}
      />
    </div>
  );
}
