import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import { callResolver } from '../../shared/invokeClient';
import type { ResolverError } from '../../shared/resolverApi';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { RiskForm } from './RiskForm';
import { contentOf, draftOf } from './riskDraft';
import { CATEGORY_NAMES, RISK_APPEARANCE, STATUS_NAMES, TREATMENT_NAMES } from './riskLabels';

interface RiskDetailProps {
  view: RiskView;
  accountId: string;
  /** A newer state of the risk (after a save or on "reload"). */
  onChanged: (view: RiskView) => void;
  onReload: () => void;
  onClose: () => void;
}

const sectionStyle = { display: 'grid', gap: token('space.100') } as const;
const headingStyle = { font: token('font.heading.xsmall'), margin: 0 } as const;

/** The domain writes account ids into summaries (they stay in the audit record); people read names. */
const withNames = (text: string, names: Record<string, string>) => Object.entries(names).reduce((named, [id, name]) => named.replaceAll(id, name), text);

function History({ id, version }: { id: string; version: number }) {
  const history = useViewState(() => callResolver('riskHistory', { id }), (view) => view.events.length === 0, [id, version]);
  return (
    <section style={sectionStyle} aria-label="History">
      <h3 style={headingStyle}>History</h3>
      <ViewStateView state={history} loadingLabel="Loading the history" empty="No history yet." errorTitle="Could not load the history">
        {({ events, names }) => (
          <ol data-testid="risk-history" style={{ margin: 0, paddingLeft: token('space.250'), display: 'grid', gap: token('space.075') }}>
            {events.map((event) => (
              <li key={`${event.riskVersion}-${event.kind}`}>
                <strong>{withNames(event.summary, names)}</strong>
                <span style={{ color: token('color.text.subtle') }}>
                  {' '}
                  — {names[event.actor] ?? event.actor}, {event.at.replace('T', ' ').slice(0, 16)} UTC (v{event.riskVersion})
                </span>
              </li>
            ))}
          </ol>
        )}
      </ViewStateView>
    </section>
  );
}

function LinkedIssues({ id }: { id: string }) {
  const linked = useViewState(() => callResolver('riskLinkedIssues', { id }), (view) => view.issues.length === 0, [id]);
  return (
    <section style={sectionStyle} aria-label="Linked issues">
      <h3 style={headingStyle}>Linked incidents and changes</h3>
      <ViewStateView state={linked} loadingLabel="Searching linked issues" empty={`No issue links to ${id} yet (JQL: imsRisk = "${id}").`} errorTitle="Could not search linked issues">
        {(view) => (
          <ul style={{ margin: 0, paddingLeft: token('space.250') }}>
            {view.issues.map((issue) => (
              <li key={issue.key}>
                <a href={`/browse/${issue.key}`} target="_blank" rel="noreferrer" style={{ color: token('color.link'), textDecoration: 'underline' }}>
                  {issue.key}
                </a>{' '}
                {issue.summary} <span style={{ color: token('color.text.subtle') }}>({issue.issueType}, {issue.status})</span>
              </li>
            ))}
            {view.hasMore ? <li>More issues match: search Jira for {view.jql}</li> : null}
          </ul>
        )}
      </ViewStateView>
    </section>
  );
}

function TreatmentAction({ view, onChanged }: { view: RiskView; onChanged: (view: RiskView) => void }) {
  const [summary, setSummary] = useState('');
  const [projectKey, setProjectKey] = useState('SEC');
  const [existingKey, setExistingKey] = useState('');
  const [message, setMessage] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  async function create() {
    const result = await callResolver('createTreatmentAction', { id: view.risk.id, summary, projectKey: projectKey.trim().toUpperCase() });
    if (!result.ok) return setMessage({ appearance: 'error', text: result.error.message });
    setSummary('');
    setMessage({ appearance: 'success', text: `Created ${result.value.issueKey} and recorded it on ${view.risk.id}.` });
    onChanged(result.value.risk);
  }
  async function link() {
    const result = await callResolver('linkTreatmentAction', { id: view.risk.id, issueKey: existingKey.trim().toUpperCase() });
    if (!result.ok) return setMessage({ appearance: 'error', text: result.error.message });
    setExistingKey('');
    setMessage({ appearance: 'success', text: `Linked ${result.value.issueKey} to ${view.risk.id} as a treatment action.` });
    onChanged(result.value.risk);
  }
  return (
    <section style={sectionStyle} aria-label="Treatment actions">
      <h3 style={headingStyle}>Treatment actions</h3>
      <p style={{ margin: 0 }}>{view.risk.treatmentActions.length === 0 ? 'None yet.' : view.risk.treatmentActions.join(', ')}</p>
      {view.canEdit ? (
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr auto', gap: token('space.100'), alignItems: 'end' }}>
          <label style={{ display: 'grid', gap: token('space.050') }}>
            <span style={{ font: token('font.body.small') }}>New action summary</span>
            <Textfield value={summary} onChange={(event) => setSummary((event.target as HTMLInputElement).value)} />
          </label>
          <label style={{ display: 'grid', gap: token('space.050') }}>
            <span style={{ font: token('font.body.small') }}>Project key</span>
            <Textfield value={projectKey} onChange={(event) => setProjectKey((event.target as HTMLInputElement).value)} />
          </label>
          <Button onClick={() => void create()} isDisabled={summary.trim() === ''}>
            Create issue
          </Button>
          <label style={{ display: 'grid', gap: token('space.050') }}>
            <span style={{ font: token('font.body.small') }}>Existing issue key</span>
            <Textfield value={existingKey} placeholder="e.g. SEC-12" onChange={(event) => setExistingKey((event.target as HTMLInputElement).value)} />
          </label>
          <span />
          <Button onClick={() => void link()} isDisabled={existingKey.trim() === ''}>
            Link issue
          </Button>
        </div>
      ) : null}
      {message ? <SectionMessage appearance={message.appearance}>{message.text}</SectionMessage> : null}
    </section>
  );
}

/** One risk: its assessment, what the caller may do with it, edit form, history and linked work. */
export function RiskDetail({ view, accountId, onChanged, onReload, onClose }: RiskDetailProps) {
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const { risk } = view;

  async function run(action: 'acceptRisk' | 'markRiskReviewed') {
    const result = await callResolver(action, { id: risk.id, expectedVersion: risk.version });
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    onChanged(result.value);
  }

  return (
    <article data-testid="risk-detail" aria-label={`Risk ${risk.id}`} style={{ display: 'grid', gap: token('space.200'), padding: token('space.200'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium') }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
        <h2 style={{ font: token('font.heading.small'), margin: 0 }}>
          {risk.id} · {risk.title} <span style={{ color: token('color.text.subtle'), font: token('font.body') }}>v{risk.version}</span>
        </h2>
        <div style={{ display: 'flex', gap: token('space.100') }}>
          {view.canAccept && (risk.acceptance === null || view.isAcceptanceOutdated) ? (
            <Button appearance="primary" onClick={() => void run('acceptRisk')} testId="risk-accept">
              Accept residual risk
            </Button>
          ) : null}
          {view.canEdit ? <Button onClick={() => void run('markRiskReviewed')}>Mark reviewed</Button> : null}
          {view.canEdit && !editing ? <Button onClick={() => setEditing(true)} testId="risk-edit">Edit</Button> : null}
          <Button appearance="subtle" onClick={onClose}>
            Close
          </Button>
        </div>
      </header>
      {failure ? <SectionMessage appearance="error">{failure.message}</SectionMessage> : null}
      {view.isAcceptanceOutdated ? (
        <SectionMessage appearance="warning" title="Acceptance outdated">
          The risk changed after {view.names[risk.acceptance?.acceptedBy ?? ''] ?? risk.acceptance?.acceptedBy} accepted it on {risk.acceptance?.acceptedAt.slice(0, 10)}: its owner must accept it again.
        </SectionMessage>
      ) : null}
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${token('space.050')} ${token('space.200')}`, margin: 0 }}>
        <dt>Category</dt>
        <dd style={{ margin: 0 }}>{CATEGORY_NAMES[risk.category]}</dd>
        <dt>Owner</dt>
        <dd style={{ margin: 0 }}>{view.names[risk.owner] ?? risk.owner}</dd>
        <dt>Inherent</dt>
        <dd style={{ margin: 0 }}>
          <Lozenge appearance={RISK_APPEARANCE[view.inherentClass]}>{view.inherentClass}</Lozenge> likelihood {risk.inherent.likelihood} × impact {risk.inherent.impact}
        </dd>
        <dt>Residual</dt>
        <dd style={{ margin: 0 }}>
          <Lozenge appearance={RISK_APPEARANCE[view.residualClass]}>{view.residualClass}</Lozenge> likelihood {risk.residual.likelihood} × impact {risk.residual.impact}
        </dd>
        <dt>Treatment</dt>
        <dd style={{ margin: 0 }}>{TREATMENT_NAMES[risk.treatment]}</dd>
        <dt>Controls</dt>
        <dd style={{ margin: 0 }}>{risk.controls.length === 0 ? 'None' : risk.controls.join(', ')}</dd>
        <dt>Status</dt>
        <dd style={{ margin: 0 }}>{STATUS_NAMES[risk.status]}</dd>
        <dt>Next review</dt>
        <dd style={{ margin: 0 }}>
          {risk.nextReviewDate} (every {risk.reviewCadenceDays} days)
        </dd>
      </dl>
      {editing ? (
        <RiskForm
          key={risk.version}
          heading={`Edit ${risk.id}`}
          initial={draftOf(risk, accountId)}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            onReload();
          }}
          onSubmit={async (draft) => {
            const result = await callResolver('editRisk', { id: risk.id, edit: contentOf(draft), expectedVersion: risk.version });
            if (!result.ok) return result.error;
            setEditing(false);
            onChanged(result.value);
            return null;
          }}
        />
      ) : null}
      <TreatmentAction view={view} onChanged={onChanged} />
      <LinkedIssues id={risk.id} />
      <History id={risk.id} version={risk.version} />
    </article>
  );
}
