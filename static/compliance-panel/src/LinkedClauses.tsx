import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { STANDARD_IDS } from '../../../src/domain/catalog/standards';
import type { LinkedClause } from '../../../src/services/complianceLinks/presentLinks';
import { standardLabel } from './groupByStandard';
import { rowStyle, subheadingStyle } from './panelStyles';

interface LinkedClausesProps {
  clauses: readonly LinkedClause[];
  canEdit: boolean;
  pending: string | null;
  onRemove(clauseId: string): void;
}

/** The clauses and controls this issue serves, under their standard, each with a remove button. */
export function LinkedClauses({ clauses, canEdit, pending, onRemove }: LinkedClausesProps) {
  if (clauses.length === 0) return <p style={{ color: token('color.text.subtle'), margin: 0 }}>No clause or control is linked yet.</p>;
  const groups = STANDARD_IDS.map((standard) => ({ standard, clauses: clauses.filter((clause) => clause.standard === standard) })).filter((group) => group.clauses.length > 0);
  return (
    <div data-testid="linked-clauses">
      {groups.map((group) => (
        <div key={group.standard} style={{ marginBottom: token('space.100') }}>
          <h3 style={subheadingStyle}>{standardLabel(group.standard)}</h3>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {group.clauses.map((clause) => (
              <li key={clause.id} style={rowStyle}>
                <Lozenge appearance="success">{clause.ref}</Lozenge>
                <span style={{ flex: 1 }}>{clause.title}</span>
                {canEdit && (
                  <Button spacing="compact" appearance="subtle" isLoading={pending === clause.id} onClick={() => onRemove(clause.id)} aria-label={`Remove ${clause.id}`}>
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
