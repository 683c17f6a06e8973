import { useDeferredValue, useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { LinkedRisk } from '../../../src/services/complianceLinks/presentLinks';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { rowStyle, sectionHeadingStyle } from './panelStyles';

interface RiskLinksProps {
  risks: readonly LinkedRisk[];
  canEdit: boolean;
  pending: string | null;
  onAdd(riskId: string): void;
  onRemove(riskId: string): void;
}

/** The risk scenarios this issue treats or realises, and a search over the register to link more. */
export function RiskLinks({ risks, canEdit, pending, onAdd, onRemove }: RiskLinksProps) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const hits = useViewState(deferredQuery === '' ? null : () => callResolver('searchRisks', { query: deferredQuery }), (found) => found.length === 0, [deferredQuery]);
  const linked = new Set<string>(risks.map((risk) => risk.id));
  return (
    <section aria-labelledby={`${inputId}-heading`} data-testid="risk-links">
      <h2 id={`${inputId}-heading`} style={sectionHeadingStyle}>
        Risks
      </h2>
      {risks.length === 0 ? (
        <p style={{ color: token('color.text.subtle'), margin: 0 }}>No risk is linked yet.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {risks.map((risk) => (
            <li key={risk.id} style={rowStyle}>
              <Lozenge appearance={risk.inRegister ? 'removed' : 'default'}>{risk.id}</Lozenge>
              <span style={{ flex: 1, color: risk.inRegister ? token('color.text') : token('color.text.subtle') }}>{risk.title}</span>
              {canEdit && (
                <Button spacing="compact" appearance="subtle" isLoading={pending === risk.id} onClick={() => onRemove(risk.id)} aria-label={`Remove ${risk.id}`}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div style={{ marginTop: token('space.150') }}>
          <label htmlFor={inputId} style={{ display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), marginBottom: token('space.050') }}>
            Search the risk register
          </label>
          <Textfield id={inputId} value={query} placeholder="e.g. R-12, phishing, supplier" onChange={(event) => setQuery(event.currentTarget.value)} testId="risk-search" />
          <div style={{ marginTop: token('space.100') }} aria-live="polite">
            <ViewStateView state={hits} loadingLabel="Searching the risk register" empty={deferredQuery === '' ? null : `No risk matches “${deferredQuery}”.`} errorTitle="Could not search the risk register">
              {(found) => (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {found.map((risk) => (
                    <li key={risk.id} style={rowStyle}>
                      <Lozenge>{risk.id}</Lozenge>
                      <span style={{ flex: 1 }}>{risk.title}</span>
                      {linked.has(risk.id) ? (
                        <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>Linked</span>
                      ) : (
                        <Button spacing="compact" isLoading={pending === risk.id} onClick={() => onAdd(risk.id)} aria-label={`Add ${risk.id}`}>
                          Add
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </ViewStateView>
          </div>
        </div>
      )}
    </section>
  );
}
