import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { ApprovalRequirement } from '../../../src/domain/cab/approvals';
import type { CabView } from '../../../src/services/cab/cabView';
import { roleLabel } from './cabLabels';
import { headingStyle, subtleText } from './panelStyles';
import { VoteForm } from './VoteForm';
import { VoteList } from './VoteList';

function givenFor(view: CabView, requirement: ApprovalRequirement): number {
  const missing = view.missing.find((candidate) => candidate.role === requirement.role);
  return missing === undefined ? requirement.count : missing.given;
}

/** Who must approve and what is still missing, the votes cast, and the caller's own decision (or why they have none). */
export function ApprovalsBlock({ view, onVoted }: { view: CabView; onVoted: (view: CabView) => void }) {
  return (
    <section aria-labelledby="cab-approvals-heading" style={{ display: 'grid', gap: token('space.150') }}>
      <h3 id="cab-approvals-heading" style={headingStyle}>
        Approvals
      </h3>
      {view.requirements.length === 0 ? (
        <p style={subtleText}>{view.riskClass === null ? 'The required approvals follow from the risk, once the checklist is complete.' : 'This change needs no approval.'}</p>
      ) : (
        <ul data-testid="cab-requirements" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075') }}>
          {view.requirements.map((requirement) => {
            const given = givenFor(view, requirement);
            const isMet = given >= requirement.count;
            return (
              <li key={`${requirement.role}-${requirement.phase}`} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100') }}>
                <span>
                  {roleLabel(requirement.role, requirement.count)}
                  {requirement.phase === 'after-implementation' && <span style={{ color: token('color.text.subtle') }}> · after implementation</span>}
                </span>
                <Lozenge appearance={isMet ? 'success' : 'default'}>
                  {given} of {requirement.count}
                </Lozenge>
              </li>
            );
          })}
        </ul>
      )}
      <VoteList votes={view.votes} />
      {view.votableRoles.length > 0 ? (
        <VoteForm key={view.version} view={view} onVoted={onVoted} />
      ) : (
        view.voteRefusal !== null && (
          <SectionMessage appearance="information" title="You cannot vote on this change">
            <p data-testid="cab-vote-refusal">{view.voteRefusal}</p>
          </SectionMessage>
        )
      )}
    </section>
  );
}
