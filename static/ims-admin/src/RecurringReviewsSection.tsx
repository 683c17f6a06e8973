import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { RecurringReviewSettings } from '../../../src/domain/reviews';
import type { ReviewRunRecord } from '../../../src/ports/reviewsPorts';
import type { ReviewSettingsView } from '../../../src/services/reviews/manageReviewSettings';
import type { SettingsProblem } from '../../../src/services/settings/settingsProblems';
import { describedBy, FieldNotes } from '../../shared/classification/formFields';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';

/** Form state: numbers and ids as typed text, the policy list as JSON; the backend's schema is the judge. */
type Draft = Record<'leadTimeDays' | 'projectKey' | 'issueTypeName' | 'soaReviewMonths' | 'soaOwner' | 'aiImpactReviewMonths' | 'staleEvidenceDays' | 'digestOwner' | 'policies', string>;
type Input = keyof Draft;

const INPUTS: Record<Input, { label: string; help: string }> = {
  leadTimeDays: { label: 'Lead time (days)', help: 'A review task opens this many days before its due date.' },
  projectKey: { label: 'Project key', help: 'Project the review tasks are created in.' },
  issueTypeName: { label: 'Issue type', help: 'Issue type of the review tasks in that project.' },
  soaReviewMonths: { label: 'SoA review every (months)', help: 'Counted from the last approved SoA version.' },
  soaOwner: { label: 'SoA reviewer (account id)', help: 'Empty: the digest owner reviews the SoA.' },
  aiImpactReviewMonths: { label: 'AI impact assessment every (months)', help: 'Counted from the last assessment when the register names no due date.' },
  staleEvidenceDays: { label: 'Evidence is stale after (days)', help: 'Applicable SoA controls without evidence this recent are listed in the digest.' },
  digestOwner: { label: 'Digest owner (account id)', help: 'Empty: the lead of the review project.' },
  policies: { label: 'Policies to review (JSON)', help: 'A list of {"id", "name", "owner", "cadenceMonths", "lastReviewedOn": "YYYY-MM-DD"}.' },
};
const NUMBERS: readonly Input[] = ['leadTimeDays', 'soaReviewMonths', 'aiImpactReviewMonths', 'staleEvidenceDays'];

function draftOf(settings: RecurringReviewSettings): Draft {
  return {
    leadTimeDays: String(settings.leadTimeDays),
    projectKey: settings.projectKey,
    issueTypeName: settings.issueTypeName,
    soaReviewMonths: String(settings.soaReviewMonths),
    soaOwner: settings.soaOwner ?? '',
    aiImpactReviewMonths: String(settings.aiImpactReviewMonths),
    staleEvidenceDays: String(settings.staleEvidenceDays),
    digestOwner: settings.digestOwner ?? '',
    policies: JSON.stringify(settings.policies, null, 2),
  };
}

function inputOf(draft: Draft): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let policies: unknown;
  try {
    policies = JSON.parse(draft.policies);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  // A number field sends what was typed when it is not a number, so the backend names the field.
  const number = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
  return {
    ok: true,
    value: {
      ...Object.fromEntries(NUMBERS.map((input) => [input, number(draft[input])])),
      projectKey: draft.projectKey.trim(),
      issueTypeName: draft.issueTypeName,
      soaOwner: optional(draft.soaOwner),
      digestOwner: optional(draft.digestOwner),
      policies,
    },
  };
}

/** The admin page's recurring reviews: lead time, cadences, policy list, where tasks go, and the last run. */
export function RecurringReviewsSection() {
  const loaded = useViewState(() => callResolver('getReviewSettings', {}), () => false, []);
  return (
    <section aria-label="Recurring reviews" style={{ display: 'grid', gap: token('space.150'), marginTop: token('space.500') }}>
      <h2 style={{ font: token('font.heading.medium'), margin: 0 }}>Recurring reviews</h2>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Once a day the app opens Jira tasks for risk, SoA, policy and AI impact assessment reviews coming due, and comments a digest for the ISMS lead.
      </p>
      <ViewStateView state={loaded} loadingLabel="Loading the recurring reviews" empty={null} errorTitle="Could not open the recurring reviews">
        {(view) => <ReviewSettingsForm initial={view} />}
      </ViewStateView>
    </section>
  );
}

function ReviewSettingsForm({ initial }: { initial: ReviewSettingsView }) {
  const [draft, setDraft] = useState(() => draftOf(initial.settings));
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function save() {
    const input = inputOf(draft);
    if (!input.ok) {
      setProblems(new Map([['policies', input.message]]));
      setOutcome({ appearance: 'error', text: input.message });
      return;
    }
    setSaving(true);
    const result = await callResolver('saveReviewSettings', { settings: input.value });
    setSaving(false);
    if (result.ok) {
      setDraft(draftOf(result.value.settings));
      setProblems(new Map());
      setOutcome({ appearance: 'success', text: 'Recurring reviews saved. The next daily run uses them.' });
      return;
    }
    const listed = (result.error as { problems?: SettingsProblem[] }).problems ?? [];
    setProblems(new Map(listed.map((problem) => [problem.field.split('.')[0] ?? problem.field, `${problem.field}: ${problem.message}`])));
    setOutcome({ appearance: 'error', text: result.error.message });
  }

  const field = (input: Input) => {
    const id = `reviews-${input}`;
    const problem = problems.get(input);
    const onChange = (value: string) => {
      setDraft((current) => ({ ...current, [input]: value }));
      setOutcome(null);
    };
    return (
      <div key={input}>
        <label htmlFor={id} style={labelStyle}>{INPUTS[input].label}</label>
        {input === 'policies' ? (
          <textarea id={id} name={input} rows={6} spellCheck={false} value={draft[input]} onChange={(event) => onChange(event.currentTarget.value)} aria-describedby={describedBy(id, problem)} aria-invalid={problem !== undefined} style={textareaStyle} />
        ) : (
          <Textfield id={id} name={input} value={draft[input]} onChange={(event) => onChange(event.currentTarget.value)} aria-describedby={describedBy(id, problem)} isInvalid={problem !== undefined} />
        )}
        <FieldNotes id={id} help={INPUTS[input].help} problem={problem} />
      </div>
    );
  };

  return (
    <form
      aria-label="Recurring reviews"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gap: token('space.300') }}
    >
      <LastRun run={initial.lastRun} />
      {(Object.keys(INPUTS) as Input[]).map(field)}
      {outcome && (
        <div role="status">
          <SectionMessage appearance={outcome.appearance} title={outcome.appearance === 'success' ? 'Saved' : 'Not saved'}>
            <p>{outcome.text}</p>
          </SectionMessage>
        </div>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isDisabled={isSaving}>
          Save recurring reviews
        </Button>
        <Button appearance="subtle" onClick={() => setDraft(draftOf(initial.defaults))}>
          Reset reviews to defaults
        </Button>
      </div>
    </form>
  );
}

function LastRun({ run }: { run: ReviewRunRecord | null }) {
  if (run === null) return <p style={{ margin: 0, color: token('color.text.subtle') }}>No run yet: the first runs within a day of installing the app.</p>;
  const { counts } = run;
  const digest = 'issueKey' in run.digest ? `digest on ${run.digest.issueKey}` : run.digest.skipped === 'already-sent-today' ? 'digest already sent that day' : `no digest (${run.digest.skipped})`;
  return (
    <SectionMessage appearance={run.problems.length > 0 ? 'warning' : 'information'} title={`Last run ${run.ranAt.slice(0, 16).replace('T', ' ')} UTC`}>
      <p>
        {counts.due} due, {counts.created} created, {counts.updated} updated, {counts.overdue} overdue, {counts.failed} failed; {digest}.
      </p>
      {run.problems.slice(0, 5).map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </SectionMessage>
  );
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
