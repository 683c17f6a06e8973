import { useDeferredValue, useId, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { ClauseId, StandardId } from '../../../src/domain/catalog';
import { pageCatalog } from './catalog';
import type { AnnexStandard, DefinitionForm } from './definitionForm';
import { FieldLabel } from './FieldLabel';

type Selection = Pick<DefinitionForm, 'clauses' | 'annexA' | 'subtrees'>;

const SUBTREE_SHORTCUTS: { id: ClauseId; label: string }[] = [{ id: 'ISO20000-1:8' as ClauseId, label: 'Clause 8 of ISO20000-1' }];
const ANNEXES: AnnexStandard[] = ['ISO27001', 'ISO42001'];

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <li style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), padding: `${token('space.025')} ${token('space.025')} ${token('space.025')} ${token('space.100')}`, border: `1px solid ${token('color.border')}`, borderRadius: token('radius.small'), background: token('color.background.neutral.subtle') }}>
      <span>{label}</span>
      <Button appearance="subtle" spacing="compact" onClick={onRemove} aria-label={`Remove ${label}`}>
        ×
      </Button>
    </li>
  );
}

/** Clause and control selection: type-ahead over the catalog, whole annexes, and a clause with everything under it. */
export function ClausePicker({ value, standards, onChange }: { value: Selection; standards: StandardId[]; onChange: (next: Selection) => void }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const hits = useMemo(() => (deferred === '' ? [] : pageCatalog().search(deferred, { standards: standards.length > 0 ? standards : undefined, limit: 8 })), [deferred, standards]);
  const addClause = (id: ClauseId) => !value.clauses.includes(id) && onChange({ ...value, clauses: [...value.clauses, id] });
  const addSubtree = (id: ClauseId) => !value.subtrees.includes(id) && onChange({ ...value, subtrees: [...value.subtrees, id] });
  const isEmpty = value.clauses.length + value.annexA.length + value.subtrees.length === 0;
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
      <legend style={{ font: token('font.heading.xsmall'), marginBottom: token('space.100') }}>Clauses and controls</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100') }}>
        {ANNEXES.map((standard) => (
          <Button key={standard} isDisabled={value.annexA.includes(standard)} onClick={() => onChange({ ...value, annexA: [...value.annexA, standard] })} testId={`add-annex-${standard}`}>
            All of Annex A ({standard})
          </Button>
        ))}
        {SUBTREE_SHORTCUTS.map((shortcut) => (
          <Button key={shortcut.id} isDisabled={value.subtrees.includes(shortcut.id)} onClick={() => addSubtree(shortcut.id)}>
            {shortcut.label}
          </Button>
        ))}
      </div>
      <FieldLabel htmlFor={inputId}>Search a clause or control</FieldLabel>
      <Textfield id={inputId} value={query} placeholder="e.g. A.8.32, change management, 8.5.1" onChange={(event) => setQuery(event.currentTarget.value)} testId="clause-search" />
      {deferred !== '' && (
        <ul aria-label="Matching clauses and controls" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}>
          {hits.length === 0 && <li style={{ color: token('color.text.subtle') }}>No clause or control matches “{deferred}”.</li>}
          {hits.map(({ entry }) => (
            <li key={entry.id} style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
              <Lozenge appearance={entry.kind === 'control' ? 'new' : 'default'}>{entry.id}</Lozenge>
              <span style={{ flex: 1 }}>{entry.title}</span>
              <Button spacing="compact" isDisabled={value.clauses.includes(entry.id)} onClick={() => addClause(entry.id)} aria-label={`Add ${entry.id}`} testId={`add-clause-${entry.id}`}>
                Add
              </Button>
              {pageCatalog().children(entry.id).length > 0 && (
                <Button spacing="compact" isDisabled={value.subtrees.includes(entry.id)} onClick={() => addSubtree(entry.id)} aria-label={`Add ${entry.id} with everything under it`}>
                  Add with sub-clauses
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isEmpty ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>Nothing chosen: the report covers every clause and control of the chosen standards.</p>
      ) : (
        <ul aria-label="Chosen clauses and controls" data-testid="chosen-clauses" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.075') }}>
          {value.annexA.map((standard) => (
            <Chip key={standard} label={`All of Annex A (${standard})`} onRemove={() => onChange({ ...value, annexA: value.annexA.filter((each) => each !== standard) })} />
          ))}
          {value.subtrees.map((id) => (
            <Chip key={id} label={`${id} and everything under it`} onRemove={() => onChange({ ...value, subtrees: value.subtrees.filter((each) => each !== id) })} />
          ))}
          {value.clauses.map((id) => (
            <Chip key={id} label={id} onRemove={() => onChange({ ...value, clauses: value.clauses.filter((each) => each !== id) })} />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
