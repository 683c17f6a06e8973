import { useDeferredValue, useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { StandardId } from '../../../src/domain/catalog/standards';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { fieldLabel } from './programmeStyles';

const KIND_LABEL = { clause: 'clause', control: 'control', group: 'control group', scope: 'whole standard part' } as const;

/** Type-ahead over clauses, controls and control groups of the programme's standards; chosen refs show as chips. */
export function ScopePicker({ refs, standards, onChange }: { refs: string[]; standards: readonly StandardId[]; onChange: (refs: string[]) => void }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const hits = useViewState(deferred === '' ? null : () => callResolver('searchAuditScope', { query: deferred, standards: [...standards] }), (list) => list.length === 0, [deferred, standards.join()]);
  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <label htmlFor={inputId} style={fieldLabel}>Scope: clauses, controls and control groups</label>
      <ul aria-label="Audit scope" data-testid="audit-scope-refs" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.075') }}>
        {refs.length === 0 && <li style={{ color: token('color.text.subtlest') }}>Nothing yet: search below.</li>}
        {refs.map((ref) => (
          <li key={ref} style={{ display: 'flex', alignItems: 'center', gap: token('space.025'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.small'), paddingLeft: token('space.075') }}>
            <span>{ref}</span>
            <Button appearance="subtle" spacing="compact" onClick={() => onChange(refs.filter((item) => item !== ref))} aria-label={`Remove ${ref} from the scope`}>×</Button>
          </li>
        ))}
      </ul>
      <Textfield id={inputId} value={query} placeholder="e.g. 8.5, A.8, supplier" onChange={(event) => setQuery(event.currentTarget.value)} testId="audit-scope-search" />
      <div aria-live="polite">
        <ViewStateView state={hits} loadingLabel="Searching the catalog" empty={deferred === '' ? '' : `No clause or control matches “${deferred}”.`} errorTitle="Could not search the catalog">
          {(list) => (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: '14rem', overflowY: 'auto' }}>
              {list.map((hit) => (
                <li key={hit.id} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', padding: `${token('space.025')} 0` }}>
                  <Lozenge appearance={hit.kind === 'clause' ? 'default' : 'new'}>{hit.id}</Lozenge>
                  <span style={{ flex: 1 }}>{hit.title} <span style={{ color: token('color.text.subtlest') }}>({KIND_LABEL[hit.kind]})</span></span>
                  {refs.includes(hit.id) ? (
                    <span style={{ color: token('color.text.subtle') }}>In scope</span>
                  ) : (
                    <Button spacing="compact" onClick={() => onChange([...refs, hit.id])} aria-label={`Add ${hit.id} to the scope`} testId={`scope-add-${hit.id}`}>Add</Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </ViewStateView>
      </div>
    </div>
  );
}
