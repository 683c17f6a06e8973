import { useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { SettingsView } from '../../../src/services/settings/manageSettings';
import type { SettingsProblem } from '../../../src/services/settings/settingsProblems';
import { CheckboxField, describedBy, FieldGroup, FieldNotes, RadioGroupField } from '../../shared/classification/formFields';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { CabSettingsSection } from './CabSettingsSection';
import { RecurringReviewsSection } from './RecurringReviewsSection';
import { draftOf, draftProblems, problemsByInput, settingsInputOf, type SettingsDraft } from './settingsDraft';

type TextInput = Exclude<keyof SettingsDraft, 'gdpr' | 'nis2' | 'aiAct' | 'nis2SeverityThreshold'>;

const TEXT_INPUTS: Record<TextInput, { label: string; help: string }> = {
  securityProjectKey: { label: 'Security project key', help: 'Project of the linked security incident; leave empty to switch security escalation off.' },
  securityIssueType: { label: 'Security issue type', help: 'Issue type of the security incident in that project.' },
  securitySummaryPrefix: { label: 'Security summary prefix', help: 'Put before the origin key in the summary, e.g. "[SEC] SD-12 …" (at most 20 characters).' },
  escalationLinkType: { label: 'Escalation link type', help: 'Issue link type from the origin to each escalation issue.' },
  ismsLeadGroup: { label: 'ISMS lead group', help: 'Jira group notified of every security escalation; its members keep the risk register, the SoA, the AI system register and the audit programme.' },
  aiProjectKey: { label: 'AI governance project key', help: 'Project of the linked AI incident; leave empty to switch AI escalation off.' },
  aiIssueType: { label: 'AI issue type', help: 'Issue type of the AI incident in that project.' },
  aiSummaryPrefix: { label: 'AI summary prefix', help: 'Put before the origin key in the AI incident summary (at most 20 characters).' },
  defaultAiOwnerAccountId: { label: 'Default AI owner (account id)', help: 'Assignee when the AI system has no owner in the register; empty leaves it unassigned.' },
  priority1: { label: 'Severity 1 (critical)', help: 'Jira priority set on the origin for a service impact of severity 1.' },
  priority2: { label: 'Severity 2 (high)', help: 'Priority for severity 2.' },
  priority3: { label: 'Severity 3 (medium)', help: 'Priority for severity 3.' },
  priority4: { label: 'Severity 4 (low)', help: 'Priority for severity 4.' },
};

const SEVERITY_OPTIONS = [
  { value: '1', label: '1 (critical)' },
  { value: '2', label: '2 (high) or worse' },
  { value: '3', label: '3 (medium) or worse' },
  { value: '4', label: 'Any severity' },
] as const;

/** The jira:adminPage: where escalations go and which regulatory clocks run on this site. */
export function AdminPage() {
  const loaded = useViewState(() => callResolver('getSettings', {}), () => false, []);
  return (
    <main style={{ padding: token('space.300'), maxWidth: '720px', color: token('color.text') }}>
      <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>IMS classification settings</h1>
      <p style={{ margin: `0 0 ${token('space.300')}`, color: token('color.text.subtle') }}>
        Where escalations of classified incidents go and which regulatory clocks run on this site. Only Jira administrators can change them.
      </p>
      <ViewStateView state={loaded} loadingLabel="Loading the settings" empty={null} errorTitle="Could not open the settings">
        {(view) => <SettingsForm initial={view} />}
      </ViewStateView>
      <CabSettingsSection />
      <RecurringReviewsSection />
    </main>
  );
}

function SettingsForm({ initial }: { initial: SettingsView }) {
  const [draft, setDraft] = useState(() => draftOf(initial.settings));
  const [serverProblems, setServerProblems] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const problems = draftProblems(draft);
  const problemOf = (input: string) => problems.get(input) ?? serverProblems.get(input);

  function change<K extends keyof SettingsDraft>(input: K, value: SettingsDraft[K]) {
    setDraft((current) => ({ ...current, [input]: value }));
    setOutcome(null);
  }

  async function save() {
    setSaving(true);
    const result = await callResolver('saveSettings', { settings: settingsInputOf(draft) });
    setSaving(false);
    if (result.ok) {
      setDraft(draftOf(result.value.settings));
      setServerProblems(new Map());
      setOutcome({ appearance: 'success', text: 'Settings saved. Escalations use them from the next issue event.' });
      return;
    }
    setServerProblems(problemsByInput(problemsIn(result.error)));
    setOutcome({ appearance: 'error', text: result.error.message });
  }

  const text = (input: TextInput) => (
    <div key={input}>
      <label htmlFor={input} style={labelStyle}>{TEXT_INPUTS[input].label}</label>
      <Textfield
        id={input}
        name={input}
        value={draft[input]}
        onChange={(event) => change(input, event.currentTarget.value)}
        aria-describedby={describedBy(input, problemOf(input))}
        isInvalid={problemOf(input) !== undefined}
      />
      <FieldNotes id={input} help={TEXT_INPUTS[input].help} problem={problemOf(input)} />
    </div>
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gap: token('space.300') }}
    >
      <Section title="Security escalation">
        {(['securityProjectKey', 'securityIssueType', 'securitySummaryPrefix', 'escalationLinkType', 'ismsLeadGroup'] as const).map(text)}
      </Section>
      <Section title="AI escalation">{(['aiProjectKey', 'aiIssueType', 'aiSummaryPrefix', 'defaultAiOwnerAccountId'] as const).map(text)}</Section>
      <Section title="Priority by severity (service escalation)">{(['priority1', 'priority2', 'priority3', 'priority4'] as const).map(text)}</Section>
      <Section title="Regulatory clocks">
        <FieldGroup legend="Regimes that apply to this organisation">
          <CheckboxField id="gdpr" label="GDPR Art. 33 (72 h)" help="Personal data breaches: notify the supervisory authority." checked={draft.gdpr} problem={problemOf('gdpr')} onChange={(value) => change('gdpr', value)} />
          <CheckboxField id="nis2" label="NIS2 Art. 23 (24 h, 72 h, 1 month)" help="Significant incidents of essential and important entities." checked={draft.nis2} problem={problemOf('nis2')} onChange={(value) => change('nis2', value)} />
          <CheckboxField id="aiAct" label="EU AI Act Art. 73 (15, 10 or 2 days)" help="Serious incidents of high-risk AI systems." checked={draft.aiAct} problem={problemOf('aiAct')} onChange={(value) => change('aiAct', value)} />
        </FieldGroup>
        <RadioGroupField
          id="nis2SeverityThreshold"
          legend="NIS2 significant from severity"
          help="Incidents at this severity or worse count as significant under NIS2."
          options={SEVERITY_OPTIONS}
          value={draft.nis2SeverityThreshold}
          problem={problemOf('nis2SeverityThreshold')}
          onChange={(value) => change('nis2SeverityThreshold', value)}
        />
      </Section>
      {outcome && (
        <div role="status">
          <SectionMessage appearance={outcome.appearance} title={outcome.appearance === 'success' ? 'Saved' : 'Not saved'}>
            <p>{outcome.text}</p>
          </SectionMessage>
        </div>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isDisabled={problems.size > 0 || isSaving}>
          Save settings
        </Button>
        <Button appearance="subtle" onClick={() => setDraft(draftOf(initial.defaults))}>
          Reset to defaults
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

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ display: 'grid', gap: token('space.150') }}>
      <h2 style={{ font: token('font.heading.small'), margin: 0 }}>{title}</h2>
      {children}
    </section>
  );
}

const labelStyle = {
  display: 'block',
  marginBottom: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
} as const;
