import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AlignmentRow } from '../../../src/services/soa/soaReports';

const cell = { padding: token('space.100'), borderBottom: `1px solid ${token('color.border')}`, verticalAlign: 'top', textAlign: 'left' } as const;
const decision = (applicable: boolean, status: string) => (applicable ? status : 'excluded');

/** 42001 controls beside their high-confidence 27001 equivalents: diverging decisions stand out for review. */
export function AlignmentView({ rows }: { rows: AlignmentRow[] }) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }} data-testid="soa-alignment">
      <caption style={{ textAlign: 'left', font: token('font.heading.xsmall'), padding: `${token('space.100')} 0` }}>ISO/IEC 42001 controls and their ISO/IEC 27001 equivalents (high confidence)</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>ISO/IEC 42001 control</th>
          <th scope="col" style={cell}>Decision</th>
          <th scope="col" style={cell}>ISO/IEC 27001 equivalents</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.controlId}>
            <td style={cell}><strong>{row.controlId}</strong> {row.title}</td>
            <td style={cell}><Lozenge>{decision(row.applicable, row.implementationStatus)}</Lozenge></td>
            <td style={cell}>
              <ul style={{ margin: 0, paddingLeft: token('space.200') }}>
                {row.related.map((related) => (
                  <li key={related.controlId}>
                    <strong>{related.controlId}</strong> {related.title} ({related.relation}):{' '}
                    <Lozenge appearance={decision(related.applicable, related.implementationStatus) === decision(row.applicable, row.implementationStatus) ? 'success' : 'moved'}>
                      {decision(related.applicable, related.implementationStatus)}
                    </Lozenge>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
