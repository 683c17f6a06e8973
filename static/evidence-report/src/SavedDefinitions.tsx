import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { SavedEvidenceDefinition } from '../../../src/services/evidence/evidenceView';
import type { ViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';

interface SavedDefinitionsProps {
  state: ViewState<SavedEvidenceDefinition[]>;
  isBusy: boolean;
  onRun: (saved: SavedEvidenceDefinition) => void;
  onEdit: (saved: SavedEvidenceDefinition) => void;
  onDelete: (saved: SavedEvidenceDefinition) => void;
}

/** Report definitions saved on this site: re-run one as is, load it into the form, or delete it. */
export function SavedDefinitions({ state, isBusy, onRun, onEdit, onDelete }: SavedDefinitionsProps) {
  return (
    <section aria-labelledby="saved-heading" data-testid="saved-definitions" style={{ display: 'grid', gap: token('space.100') }}>
      <h2 id="saved-heading" style={{ font: token('font.heading.xsmall'), margin: 0 }}>
        Saved reports
      </h2>
      <ViewStateView state={state} loadingLabel="Loading saved reports" empty="No saved report yet: name a definition and save it." errorTitle="Could not load the saved reports">
        {(saved) => (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
            {saved.map((each) => (
              <li key={each.id} data-testid={`saved-${each.id}`} style={{ display: 'grid', gap: token('space.050'), padding: token('space.100'), borderRadius: token('radius.small'), background: token('color.background.neutral.subtle'), border: `1px solid ${token('color.border')}` }}>
                <span style={{ fontWeight: token('font.weight.semibold') }}>{each.name}</span>
                <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
                  {each.definition.standards.join(', ')} · saved {each.savedAt.slice(0, 10)}
                </span>
                <span style={{ display: 'flex', gap: token('space.050') }}>
                  <Button spacing="compact" appearance="primary" isDisabled={isBusy} onClick={() => onRun(each)} aria-label={`Run ${each.name}`}>
                    Run
                  </Button>
                  <Button spacing="compact" onClick={() => onEdit(each)} aria-label={`Edit ${each.name}`}>
                    Edit
                  </Button>
                  <Button spacing="compact" appearance="subtle" onClick={() => onDelete(each)} aria-label={`Delete ${each.name}`}>
                    Delete
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </ViewStateView>
    </section>
  );
}
