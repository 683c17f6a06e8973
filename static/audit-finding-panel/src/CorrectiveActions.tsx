import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { NonconformityView } from '../../../src/services/audit/auditPanelView';
import { callResolver } from '../../shared/invokeClient';
import { InputField, blockStyle, headingStyle, subtleText } from './fields';
import { SaveErrorMessage, type SaveError } from './saveError';

/** The corrective actions (Jira issues) with their current status; create a new one or link an existing issue. */
export function CorrectiveActions({ nc, canEdit, onSaved, onReload }: { nc: NonconformityView; canEdit: boolean; onSaved: (nc: NonconformityView) => void; onReload: () => void }) {
  const id = useId();
  const [summary, setSummary] = useState('');
  const [issueKey, setIssueKey] = useState('');
  const [error, setError] = useState<SaveError>(null);
  const [pending, setPending] = useState<'create' | 'link' | null>(null);

  async function run(kind: 'create' | 'link') {
    setPending(kind);
    const result =
      kind === 'create'
        ? await callResolver('createCorrectiveAction', { summary: summary.trim(), expectedVersion: nc.version })
        : await callResolver('linkCorrectiveAction', { issueKey: issueKey.trim().toUpperCase(), expectedVersion: nc.version });
    setPending(null);
    if (!result.ok) return setError({ message: result.error.message, isConflict: result.error.code === 'CONFLICT' });
    setError(null);
    setSummary('');
    setIssueKey('');
    onSaved(result.value);
  }

  return (
    <section aria-labelledby={`${id}-heading`} style={{ ...blockStyle, paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <h2 id={`${id}-heading`} style={headingStyle}>
        Corrective actions
      </h2>
      {nc.correctiveActions.length === 0 ? (
        <p style={subtleText}>No corrective action yet.</p>
      ) : (
        <ul data-testid="audit-actions" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075') }}>
          {nc.correctiveActions.map((action) => (
            <li key={action.issueId} data-testid="audit-action" style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
              <strong>{action.issueKey}</strong>
              {action.summary !== null && <span>{action.summary}</span>}
              <Lozenge appearance={action.isDone ? 'success' : action.status === null ? 'removed' : 'inprogress'}>{action.status ?? 'not found'}</Lozenge>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: token('space.100'), alignItems: 'end' }}>
            <InputField id={`${id}-summary`} label="New corrective action" help="Creates a Corrective action issue linked to this nonconformity." value={summary} onChange={setSummary} />
            <div style={{ paddingBottom: token('space.250') }}>
              <Button appearance="primary" isDisabled={pending !== null || summary.trim() === ''} onClick={() => void run('create')} testId="audit-create-action">
                Create corrective action
              </Button>
            </div>
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: token('space.100'), alignItems: 'end' }}>
            <InputField id={`${id}-link`} label="Existing issue" help="An issue that already does the work, e.g. CHG-120." value={issueKey} onChange={setIssueKey} />
            <div style={{ paddingBottom: token('space.250') }}>
              <Button isDisabled={pending !== null || issueKey.trim() === ''} onClick={() => void run('link')}>
                Link as corrective action
              </Button>
            </div>
          </div>
        </>
      )}
      <SaveErrorMessage error={error} title="The corrective action was not recorded" onReload={onReload} testId="audit-action-error" />
    </section>
  );
}
