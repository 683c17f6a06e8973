import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { ViewStateView } from '../../shared/ViewStateView';
import { CatalogSearch } from './CatalogSearch';
import { IssueBadge } from './IssueBadge';
import { LinkedClauses } from './LinkedClauses';
import { sectionHeadingStyle } from './panelStyles';
import { RiskLinks } from './RiskLinks';
import { Suggestions } from './Suggestions';
import { useComplianceLinks } from './useComplianceLinks';

/** The issue panel: the clauses and risks this issue is linked to, suggestions from the mappings, and search to add more. */
export function CompliancePanel() {
  const { view, pending, actionError, run, dismissError } = useComplianceLinks();
  return (
    <main style={{ display: 'grid', gap: token('space.200'), padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <IssueBadge />
      <ViewStateView state={view} loadingLabel="Loading the compliance links" empty={null} errorTitle="Could not load the compliance links">
        {(links) => (
          <>
            {actionError !== null && (
              <SectionMessage appearance="error" title="The link was not changed" actions={[<Button key="dismiss" appearance="subtle" spacing="compact" onClick={dismissError}>Dismiss</Button>]}>
                <p data-testid="action-error">{actionError}</p>
              </SectionMessage>
            )}
            {!links.canEdit && <p style={{ color: token('color.text.subtle'), margin: 0 }}>You can see these links; changing them needs the Edit Issues permission.</p>}
            <section aria-labelledby="linked-clauses-heading">
              <h2 id="linked-clauses-heading" style={sectionHeadingStyle}>
                Clauses and controls
              </h2>
              <LinkedClauses clauses={links.clauses} canEdit={links.canEdit} pending={pending} onRemove={(clauseId) => void run({ kind: 'unlinkClause', clauseId })} />
            </section>
            <Suggestions suggestions={links.suggestions} canEdit={links.canEdit} pending={pending} onAdd={(clauseId) => void run({ kind: 'linkClause', clauseId })} />
            <CatalogSearch linkedIds={new Set(links.links.clauses)} canEdit={links.canEdit} pending={pending} onAdd={(clauseId) => void run({ kind: 'linkClause', clauseId })} />
            <RiskLinks
              risks={links.risks}
              canEdit={links.canEdit}
              pending={pending}
              onAdd={(riskId) => void run({ kind: 'linkRisk', riskId })}
              onRemove={(riskId) => void run({ kind: 'unlinkRisk', riskId })}
            />
          </>
        )}
      </ViewStateView>
    </main>
  );
}
