import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import type { EscalationClaim, ImpactDomain } from '../../../src/domain/classification';
import { headingStyle } from './RegulatoryClockList';

const DOMAIN_PATHS: Record<ImpactDomain, string> = {
  security: 'Security escalation',
  service: 'Service escalation',
  ai: 'AI escalation',
};

function stateOf(escalation: EscalationClaim): { text: string; appearance: 'success' | 'default' | 'moved' } {
  // A withdrawn domain keeps its issue (removal never deletes anything): the panel says so rather than hiding it.
  if (escalation.withdrawnAt !== undefined) return { text: 'withdrawn', appearance: 'moved' };
  return escalation.state === 'done' ? { text: 'done', appearance: 'success' } : { text: 'in progress', appearance: 'default' };
}

/** Which escalation paths ran for this issue; a claimed one is still being started by the trigger. */
export function EscalationList({ escalations }: { escalations: EscalationClaim[] }) {
  return (
    <section aria-labelledby="escalations-heading">
      <h3 id="escalations-heading" style={headingStyle}>Escalations</h3>
      {escalations.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>No escalation yet: it starts when the classification is saved.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075') }}>
          {escalations.map((escalation) => (
            <li key={escalation.domain} data-testid={`escalation-${escalation.domain}`} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
              <span>{DOMAIN_PATHS[escalation.domain]}</span>
              {escalation.escalationIssueKey !== undefined && <IssueLink issueKey={escalation.escalationIssueKey} />}
              <Lozenge appearance={stateOf(escalation).appearance}>{stateOf(escalation).text}</Lozenge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The escalation issue, opened through the bridge: the panel's iframe cannot link into Jira by itself. */
function IssueLink({ issueKey }: { issueKey: string }) {
  return (
    <Button appearance="subtle" spacing="compact" onClick={() => void router.navigate({ target: 'issue', issueKey })} aria-label={`Open ${issueKey}`}>
      {issueKey}
    </Button>
  );
}
