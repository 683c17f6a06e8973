import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CabSettingsView } from '../../../src/services/settings/manageCabSettings';
import type { SettingsProblem } from '../../../src/services/settings/settingsProblems';
import { describedBy, FieldNotes } from '../../shared/classification/formFields';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { cabDraftOf, cabDraftProblems, cabProblemsByInput, cabSettingsInputOf, JSON_INPUTS, type CabDraftInput } from './cabSettingsDraft';

const INPUTS: Record<CabDraftInput, { label: string; help: string }> = {
  changeIssueTypes: { label: 'Change issue types', help: 'Issue type names, comma-separated: the CAB checklist applies to these issues only.' },
  gatedStatuses: { label: 'Gated target statuses', help: 'Statuses a change may enter only once the CAB approved it, comma-separated.' },
  plannedStartField: { label: 'Planned start field', help: 'Jira field id the agenda reads as the planned start (e.g. duedate).' },
  roleGroups: { label: 'CAB roles by group (JSON)', help: 'Jira group name → CAB roles its members hold, e.g. {"cab-members": ["cab-member"]}.' },
  matrix: { label: 'Risk matrix (JSON)', help: '5 rows (likelihood 1–5) of 5 classes (impact 1–5); classes never decrease along a row or column.' },
  policy: { label: 'Approval policy and CAB quorum (JSON)', help: 'Roles and counts per risk class, section and change type; the quorum is the cab-member count.' },
  template: { label: 'Checklist template (JSON)', help: 'Sections and questions. Saving changed questions creates a new template version; existing records keep theirs.' },
};

/** The admin page's CAB section: which issues are changes, the gate, roles, matrix, approvals and the checklist. */
export function CabSettingsSection() {
  const loaded = useViewState(() => callResolver('getCabSettings', {}), () => false, []);
  return (
    <section aria-label="CAB" style={{ display: 'grid', gap: token('space.150'), marginTop: token('space.500') }}>
      <h2 style={{ font: token('font.heading.medium'), margin: 0 }}>CAB</h2>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>How the change advisory board checklist scores, who approves, and which transitions wait for it.</p>
      <ViewStateView state={loaded} loadingLabel="Loading the CAB configuration" empty={null} errorTitle="Could not open the CAB configuration">
        {(view) => <CabSettingsForm initial={view} />}
      </ViewStateView>
    </section>
  );
}

function CabSettingsForm({ initial }: { initial: CabSettingsView }) {
  const [draft, setDraft] = useState(() => cabDraftOf(initial.settings));
  const [templateVersion, setTemplateVersion] = useState(initial.settings.template.version);
  const [serverProblems, setServerProblems] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const problems = cabDraftProblems(draft);
  const problemOf = (input: CabDraftInput) => problems.get(input) ?? serverProblems.get(input);

  function change(input: CabDraftInput, value: string) {
    setDraft((current) => ({ ...current, [input]: value }));
    setOutcome(null);
  }

  async function save() {
    setSaving(true);
    const result = await callResolver('saveCabSettings', { settings: cabSettingsInputOf(draft) });
    setSaving(false);
    if (result.ok) {
      setDraft(cabDraftOf(result.value.settings));
      setTemplateVersion(result.value.settings.template.version);
      setServerProblems(new Map());
      setOutcome({ appearance: 'success', text: `CAB configuration saved (checklist template version ${result.value.settings.template.version}).` });
      return;
    }
    setServerProblems(cabProblemsByInput(problemsIn(result.error)));
    setOutcome({ appearance: 'error', text: result.error.message });
  }

  const field = (input: CabDraftInput) => {
    const isJson = (JSON_INPUTS as readonly string[]).includes(input);
    const id = `cab-${input}`;
    const problem = problemOf(input);
    return (
      <div key={input}>
        <label htmlFor={id} style={labelStyle}>{INPUTS[input].label}</label>
        {isJson ? (
          <textarea
            id={id}
            name={input}
            value={draft[input]}
            rows={input === 'template' ? 16 : 6}
            spellCheck={false}
            onChange={(event) => change(input, event.currentTarget.value)}
            aria-describedby={describedBy(id, problem)}
            aria-invalid={problem !== undefined}
            style={textareaStyle}
          />
        ) : (
          <Textfield id={id} name={input} value={draft[input]} onChange={(event) => change(input, event.currentTarget.value)} aria-describedby={describedBy(id, problem)} isInvalid={problem !== undefined} />
        )}
        <FieldNotes id={id} help={INPUTS[input].help} problem={problem} />
      </div>
    );
  };

  return (
    <form
      aria-label="CAB configuration"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gap: token('space.300') }}
    >
      {(['changeIssueTypes', 'gatedStatuses', 'plannedStartField', 'roleGroups', 'policy', 'matrix'] as const).map(field)}
      <p style={{ margin: 0, color: token('color.text.subtle') }}>Checklist template version in force: {templateVersion}</p>
      {field('template')}
      {outcome && (
        <div role="status">
          <SectionMessage appearance={outcome.appearance} title={outcome.appearance === 'success' ? 'Saved' : 'Not saved'}>
            <p>{outcome.text}</p>
          </SectionMessage>
        </div>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isDisabled={problems.size > 0 || isSaving}>
          Save CAB configuration
        </Button>
        <Button appearance="subtle" onClick={() => setDraft(cabDraftOf(initial.defaults))}>
          Reset CAB to defaults
        </Button>
      </div>
    </form>
  );
}

/** INVALID_INPUT answers carry the backend's problems by setting; other errors have none. */
function problemsIn(error: object): SettingsProblem[] {
  const { problems } = error as { problems?: unknown };
  return Array.isArray(problems) ? (problems as SettingsProblem[]) : [];
}

const labelStyle = {
  display: 'block',
  marginBottom: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
} as const;

const textareaStyle = {
  width: '100%',
  boxSizing: 'border-box',
  font: token('font.code'),
  padding: token('space.100'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
} as const;
