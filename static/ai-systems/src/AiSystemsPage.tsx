import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AiSystem } from '../../../src/domain/aiSystems';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { AiSystemForm } from './AiSystemForm';

const cell = { padding: token('space.100'), borderBottom: `1px solid ${token('color.border')}`, verticalAlign: 'top', textAlign: 'left' } as const;

/** The AI system register (ISO 42001): systems, their stage and impact assessment, with what is overdue flagged. */
export function AiSystemsPage({ accountId }: { accountId: string }) {
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<AiSystem | 'new' | null>(null);
  const register = useViewState(() => callResolver('listAiSystems', {}), () => false, [revision]);
  const saved = () => {
    setEditing(null);
    setRevision(revision + 1);
  };
  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.200') }}>
      <header>
        <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>AI system register</h1>
        <p style={{ margin: 0, color: token('color.text.subtle') }}>The AI systems the organisation develops or uses (ISO/IEC 42001 A.4, A.5, A.6): owner, lifecycle stage and impact assessment.</p>
      </header>
      <ViewStateView state={register} loadingLabel="Loading the AI system register" empty="" errorTitle="Could not load the AI system register">
        {(view) => (
          <>
            {view.canCreate && editing === null && (
              <div><Button appearance="primary" onClick={() => setEditing('new')} testId="ai-system-add">Add AI system</Button></div>
            )}
            {editing !== null && <AiSystemForm {...(editing === 'new' ? {} : { system: editing })} defaultOwner={accountId} onSaved={saved} onCancel={() => setEditing(null)} />}
            {view.rows.length === 0 ? (
              <p style={{ color: token('color.text.subtle') }} data-testid="ai-systems-empty">No AI system is registered yet.</p>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }}>
                <caption style={{ textAlign: 'left', font: token('font.heading.xsmall'), padding: `${token('space.100')} 0` }}>Registered AI systems</caption>
                <thead>
                  <tr>{['System', 'Owner', 'Lifecycle stage', 'Impact assessment', 'Linked risks', 'Actions'].map((heading) => <th key={heading} scope="col" style={{ ...cell, font: token('font.body.small'), color: token('color.text.subtle') }}>{heading}</th>)}</tr>
                </thead>
                <tbody>
                  {view.rows.map(({ system, problems, canEdit }) => (
                    <tr key={system.id} data-testid={`ai-system-row-${system.id}`}>
                      <td style={cell}>
                        <strong>{system.id}</strong> {system.name}
                        <div style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{system.purpose}</div>
                        {problems.length > 0 && (
                          <ul data-testid={`ai-system-problems-${system.id}`} style={{ margin: `${token('space.050')} 0 0`, paddingLeft: token('space.200'), color: token('color.text.danger'), font: token('font.body.small') }}>
                            {problems.map((problem) => <li key={problem}>{problem}</li>)}
                          </ul>
                        )}
                      </td>
                      <td style={cell}>{view.people[system.owner] ?? system.owner}</td>
                      <td style={cell}><Lozenge appearance={system.lifecycleStage === 'retirement' ? 'default' : 'inprogress'}>{system.lifecycleStage}</Lozenge></td>
                      <td style={cell}>
                        {system.lastImpactAssessment === undefined ? <em>none yet</em> : `${system.lastImpactAssessment.on}: ${system.lastImpactAssessment.result}`}
                        {system.impactAssessmentDue !== undefined && <div style={{ font: token('font.body.small') }}>next due {system.impactAssessmentDue}</div>}
                      </td>
                      <td style={cell}>{system.linkedRisks.join(', ')}</td>
                      <td style={cell}>{canEdit && <Button onClick={() => setEditing(system)}>Edit<span style={{ position: 'absolute', clipPath: 'inset(50%)' }}> {system.id}</span></Button>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </ViewStateView>
    </main>
  );
}
