import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { AUDIT_STATUSES, type Audit, type AuditStatus } from '../../../src/domain/audit/auditPlan';
import type { StandardId } from '../../../src/domain/catalog/standards';
import { callResolver } from '../../shared/invokeClient';
import { Notice, type NoticeValue } from './Notice';
import { ScopePicker } from './ScopePicker';
import { fieldLabel, listOf, nativeInput, panel, sectionHeading } from './programmeStyles';

interface AuditFormProps {
  /** The audit being edited, or null for a new one. */
  audit: Audit | null;
  standards: readonly StandardId[];
  cycleFrom: string;
  people: Readonly<Record<string, string>>;
  onSaved: (audit: Audit) => void;
  onCancel: () => void;
}

/** Plans a new audit or changes one; the backend checks the cycle, the standards and the auditors' impartiality. */
export function AuditForm({ audit, standards, cycleFrom, people, onSaved, onCancel }: AuditFormProps) {
  const peopleListId = useId();
  const [title, setTitle] = useState(audit?.title ?? '');
  const [refs, setRefs] = useState<string[]>(audit?.scope.refs ?? []);
  const [processes, setProcesses] = useState(audit?.scope.processes.join(', ') ?? '');
  const [projects, setProjects] = useState(audit?.scope.projects.join(', ') ?? '');
  const [criteria, setCriteria] = useState(audit?.criteria ?? '');
  const [plannedStart, setPlannedStart] = useState(audit?.plannedStart ?? cycleFrom);
  const [plannedEnd, setPlannedEnd] = useState(audit?.plannedEnd ?? cycleFrom);
  const [leadAuditor, setLeadAuditor] = useState(audit?.leadAuditor ?? '');
  const [team, setTeam] = useState(audit?.team.join(', ') ?? '');
  const [status, setStatus] = useState<AuditStatus>(audit?.status ?? 'planned');
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    setIsSaving(true);
    const draft = {
      title,
      scope: { refs, processes: listOf(processes), projects: listOf(projects).map((key) => key.toUpperCase()) },
      criteria,
      plannedStart,
      plannedEnd,
      leadAuditor: leadAuditor.trim() === '' ? null : leadAuditor.trim(),
      team: listOf(team),
      status,
    };
    const result = audit === null ? await callResolver('createAudit', { audit: draft }) : await callResolver('editAudit', { id: audit.id, audit: draft, expectedVersion: audit.version });
    setIsSaving(false);
    if (!result.ok) return setNotice({ ok: false, title: audit === null ? 'The audit was not planned' : `${audit.id} was not saved`, text: result.error.message });
    onSaved(result.value);
  }

  return (
    <form onSubmit={(event) => { event.preventDefault(); void save(); }} data-testid="audit-form" aria-labelledby="audit-form-heading" style={panel}>
      <h3 id="audit-form-heading" style={sectionHeading}>{audit === null ? 'Plan an audit' : `Edit ${audit.id}`}</h3>
      <datalist id={peopleListId}>
        {Object.entries(people).map(([accountId, name]) => <option key={accountId} value={accountId}>{name}</option>)}
      </datalist>
      <label style={fieldLabel}>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} style={nativeInput} />
      </label>
      <ScopePicker refs={refs} standards={standards} onChange={setRefs} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: token('space.150') }}>
        <label style={fieldLabel}>
          Processes (comma-separated)
          <input value={processes} onChange={(event) => setProcesses(event.target.value)} placeholder="e.g. Change management, Incident management" style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Jira projects (keys, comma-separated)
          <input value={projects} onChange={(event) => setProjects(event.target.value)} placeholder="e.g. CHG, SD" style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Planned start
          <input type="date" value={plannedStart} onChange={(event) => setPlannedStart(event.target.value)} style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Planned end
          <input type="date" value={plannedEnd} onChange={(event) => setPlannedEnd(event.target.value)} style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Lead auditor (account id)
          <input list={peopleListId} value={leadAuditor} onChange={(event) => setLeadAuditor(event.target.value)} style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Audit team (account ids, comma-separated)
          <input list={peopleListId} value={team} onChange={(event) => setTeam(event.target.value)} style={nativeInput} />
        </label>
        <label style={fieldLabel}>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as AuditStatus)} style={nativeInput}>
            {AUDIT_STATUSES.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </label>
      </div>
      <label style={fieldLabel}>
        Audit criteria
        <textarea value={criteria} onChange={(event) => setCriteria(event.target.value)} rows={2} placeholder="e.g. ISO/IEC 27001:2022 clauses 4–10, the information security policy" style={nativeInput} />
      </label>
      <Notice notice={notice} testId="audit-form-message" />
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button appearance="primary" type="submit" isLoading={isSaving} testId="audit-save">{audit === null ? 'Plan audit' : 'Save audit'}</Button>
        <Button appearance="subtle" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
