import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { CabRole, VoteDecision } from '../../../src/domain/schemas/cab';
import type { CabView } from '../../../src/services/cab/cabView';
import { roleName } from './cabLabels';
import { callResolver } from '../../shared/invokeClient';
import { FieldNotes, RadioGroupField, describedBy } from '../../shared/classification/formFields';

const REJECT_NEEDS_COMMENT = 'A rejection needs a comment saying what must change.';

/**
 * Approve or reject in one of the caller's votable roles. The vote carries the hash of the answers shown, so a
 * decision on answers someone changed meanwhile is refused by the backend instead of counted.
 */
export function VoteForm({ view, onVoted }: { view: CabView; onVoted: (view: CabView) => void }) {
  const id = useId();
  const [role, setRole] = useState<CabRole>(view.votableRoles[0] ?? 'cab-member');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<VoteDecision | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);

  async function cast(decision: VoteDecision) {
    if (decision === 'reject' && comment.trim() === '') {
      setProblem(REJECT_NEEDS_COMMENT);
      return;
    }
    setPending(decision);
    const result = await callResolver('vote', { decision, comment: comment.trim(), role, answersHash: view.answersHash });
    setPending(null);
    if (result.ok) onVoted(result.value);
    else setServerError(result.error.message);
  }

  return (
    <div data-testid="cab-vote-form" style={{ display: 'grid', gap: token('space.150'), paddingTop: token('space.100'), borderTop: `1px solid ${token('color.border')}` }}>
      {view.votableRoles.length > 1 && (
        <RadioGroupField
          id={`${id}-role`}
          legend="Vote as"
          help="You hold several roles this change needs: each is a separate decision."
          options={view.votableRoles.map((candidate) => ({ value: candidate, label: roleName(candidate) }))}
          value={role}
          onChange={setRole}
        />
      )}
      <div>
        <label htmlFor={`${id}-comment`} style={{ display: 'block', marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
          Comment{view.votableRoles.length === 1 ? ` (as ${roleName(role)})` : ''}
        </label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          rows={2}
          aria-invalid={problem !== undefined}
          aria-describedby={describedBy(`${id}-comment`, problem)}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setProblem(undefined);
            setServerError(null);
          }}
          style={{
            width: '100%',
            boxSizing: 'border-box',
            padding: token('space.075'),
            font: token('font.body'),
            color: token('color.text'),
            background: token('color.background.input'),
            border: `1px solid ${problem === undefined ? token('color.border.input') : token('color.border.danger')}`,
            borderRadius: token('radius.small'),
            resize: 'vertical',
          }}
        />
        <FieldNotes id={`${id}-comment`} help="Optional when approving; required when rejecting." problem={problem} />
      </div>
      {serverError !== null && (
        <SectionMessage appearance="error" title="Your decision was not recorded">
          <p data-testid="cab-vote-error">{serverError}</p>
        </SectionMessage>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button appearance="primary" onClick={() => cast('approve')} isLoading={pending === 'approve'} isDisabled={pending !== null} testId="cab-approve">
          Approve
        </Button>
        <Button appearance="danger" onClick={() => cast('reject')} isLoading={pending === 'reject'} isDisabled={pending !== null} testId="cab-reject">
          Reject
        </Button>
      </div>
    </div>
  );
}
