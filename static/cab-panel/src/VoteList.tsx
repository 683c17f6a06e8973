import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CabView } from '../../../src/services/cab/cabView';
import { roleName, utcText } from './cabLabels';
import { subtleText } from './panelStyles';

type PresentedVote = CabView['votes'][number];

function standingOf(vote: PresentedVote): { text: string; appearance: 'success' | 'moved' | 'default' } {
  if (vote.isInvalidated) return { text: 'invalidated: answers changed', appearance: 'moved' };
  return vote.isCounted ? { text: 'counted', appearance: 'success' } : { text: 'not counted', appearance: 'default' };
}

/** Every decision cast on the change, with whether it still counts (a later answer edit invalidates it). */
export function VoteList({ votes }: { votes: CabView['votes'] }) {
  if (votes.length === 0) return <p style={subtleText}>No decision yet.</p>;
  return (
    <ul data-testid="cab-votes" aria-label="Decisions" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
      {votes.map((vote) => {
        const standing = standingOf(vote);
        return (
          <li
            key={`${vote.accountId}-${vote.role}-${vote.at}`}
            data-testid="cab-vote"
            style={{
              display: 'grid',
              gap: token('space.050'),
              padding: `${token('space.075')} ${token('space.100')}`,
              borderRadius: token('radius.small'),
              border: `1px solid ${token('color.border')}`,
              opacity: vote.isInvalidated ? 0.8 : 1,
            }}
          >
            <span style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.075') }}>
              <strong>{vote.displayName}</strong>
              <span style={{ color: token('color.text.subtle') }}>as {roleName(vote.role)}</span>
              <Lozenge appearance={vote.decision === 'approve' ? 'success' : 'removed'} isBold>
                {vote.decision === 'approve' ? 'approved' : 'rejected'}
              </Lozenge>
              <Lozenge appearance={standing.appearance}>{standing.text}</Lozenge>
            </span>
            {vote.comment !== '' && <span>“{vote.comment}”</span>}
            <span style={subtleText}>{utcText(vote.at)}</span>
          </li>
        );
      })}
    </ul>
  );
}
