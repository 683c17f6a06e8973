import { useDeferredValue, useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { groupByStandard, standardLabel } from './groupByStandard';

interface CatalogSearchProps {
  /** Ids already linked: their hits say so instead of offering Add. */
  linkedIds: ReadonlySet<string>;
  canEdit: boolean;
  pending: string | null;
  onAdd(clauseId: string): void;
}

/** Searches clauses and controls of the three standards; hits are grouped by standard, each with an Add action. */
export function CatalogSearch({ linkedIds, canEdit, pending, onAdd }: CatalogSearchProps) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const state = useViewState(
    deferredQuery === '' ? null : () => callResolver('searchCatalog', { query: deferredQuery }),
    (hits) => hits.length === 0,
    [deferredQuery],
  );
  return (
    <section aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId} style={{ display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), marginBottom: token('space.050') }}>
        Search clauses and controls
      </label>
      <Textfield
        id={inputId}
        value={query}
        placeholder="e.g. incident, A.5.24, supplier"
        onChange={(event) => setQuery(event.currentTarget.value)}
        testId="catalog-search"
      />
      <div style={{ marginTop: token('space.150') }} aria-live="polite">
        <ViewStateView
          state={state}
          loadingLabel="Searching the catalog"
          empty={deferredQuery === '' ? 'Type to search ISO/IEC 20000-1, 27001 and 42001.' : `No clause or control matches “${deferredQuery}”.`}
          errorTitle="Could not search the catalog"
        >
          {(hits) =>
            groupByStandard(hits).map((group) => (
              <div key={group.standard} style={{ marginBottom: token('space.150') }}>
                <h3 style={{ font: token('font.heading.xxsmall'), color: token('color.text.subtle'), margin: `0 0 ${token('space.050')}` }}>{standardLabel(group.standard)}</h3>
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {group.hits.map((hit) => (
                    <li key={hit.id} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', padding: `${token('space.050')} 0` }}>
                      <Lozenge appearance={hit.kind === 'control' ? 'new' : 'default'}>{hit.ref}</Lozenge>
                      <span style={{ flex: 1 }}>{hit.title}</span>
                      {linkedIds.has(hit.id) ? (
                        <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>Linked</span>
                      ) : (
                        canEdit && (
                          <Button spacing="compact" isLoading={pending === hit.id} onClick={() => onAdd(hit.id)} aria-label={`Add ${hit.id}`}>
                            Add
                          </Button>
                        )
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          }
        </ViewStateView>
      </div>
    </section>
  );
}
