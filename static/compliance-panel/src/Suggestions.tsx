import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { LinkSuggestion } from '../../../src/domain/complianceLinks/suggestions';
import { rowStyle, sectionHeadingStyle } from './panelStyles';

interface SuggestionsProps {
  suggestions: readonly LinkSuggestion[];
  canEdit: boolean;
  pending: string | null;
  onAdd(clauseId: string): void;
}

const CONFIDENCE_APPEARANCE = { high: 'success', medium: 'moved', low: 'default' } as const;

/**
 * Cross-standard suggestions from the catalog mappings. A high-confidence mapping reads "equivalent" with an Add
 * button; medium and low ones are shown for the agent to judge, with the same button but no claim of equivalence.
 */
export function Suggestions({ suggestions, canEdit, pending, onAdd }: SuggestionsProps) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h2 id="suggestions-heading" style={sectionHeadingStyle}>
        Suggested from the mappings
      </h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.id} style={rowStyle} data-testid={`suggestion-${suggestion.id}`}>
            <Lozenge appearance={CONFIDENCE_APPEARANCE[suggestion.confidence]}>{suggestion.kind === 'equivalent' ? 'equivalent' : `${suggestion.confidence} confidence`}</Lozenge>
            <span style={{ flex: 1 }}>
              <strong>{suggestion.id}</strong> {suggestion.title}
              <span style={{ display: 'block', font: token('font.body.small'), color: token('color.text.subtle') }}>because {suggestion.because.join(', ')} is linked</span>
            </span>
            {canEdit && (
              <Button spacing="compact" appearance={suggestion.kind === 'equivalent' ? 'primary' : 'default'} isLoading={pending === suggestion.id} onClick={() => onAdd(suggestion.id)} aria-label={`Add ${suggestion.id}`}>
                Add
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
