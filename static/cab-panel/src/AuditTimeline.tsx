import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AuditEventKind } from '../../../src/domain/schemas/cab';
import type { CabView } from '../../../src/services/cab/cabView';
import { utcText } from './cabLabels';
import { headingStyle, subtleText } from './panelStyles';

const KIND_NAMES: Record<AuditEventKind, string> = {
  'record-created': 'started',
  'answers-edited': 'answers',
  'risk-changed': 'risk',
  'vote-recorded': 'decision',
  'approvals-invalidated': 'invalidated',
  'status-changed': 'status',
};

/**
 * The record's append-only audit trail, newest first as the backend sends it. Events carry account ids only; the
 * names of people who voted are known from their votes, anyone else is shown by account id.
 */
export function AuditTimeline({ view }: { view: CabView }) {
  const names = new Map(view.votes.map((vote) => [vote.accountId, vote.displayName]));
  return (
    <section aria-labelledby="cab-audit-heading">
      <h3 id="cab-audit-heading" style={headingStyle}>
        Audit trail
      </h3>
      {view.audit.length === 0 ? (
        <p style={subtleText}>Nothing recorded yet.</p>
      ) : (
        <ol data-testid="cab-audit" style={{ listStyle: 'none', margin: 0, padding: 0, borderLeft: `2px solid ${token('color.border')}` }}>
          {view.audit.map((event) => (
            <li
              key={`${event.recordVersion}-${event.kind}-${event.at}`}
              data-testid="cab-audit-event"
              style={{ display: 'grid', gap: token('space.025'), padding: `${token('space.050')} 0 ${token('space.100')} ${token('space.150')}` }}
            >
              <span style={{ display: 'flex', alignItems: 'flex-start', gap: token('space.075') }}>
                <span style={{ flexShrink: 0 }}>
                  <Lozenge appearance={event.kind === 'approvals-invalidated' ? 'moved' : 'default'}>{KIND_NAMES[event.kind]}</Lozenge>
                </span>
                {/* Summaries of large edits run long: two lines here, the whole text on hover and for screen readers. */}
                <span title={event.summary} style={clampTwoLines}>
                  {event.summary}
                </span>
              </span>
              <span style={subtleText}>
                {utcText(event.at)} · {names.get(event.actor) ?? event.actor}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const clampTwoLines = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', minWidth: 0 } as const;
