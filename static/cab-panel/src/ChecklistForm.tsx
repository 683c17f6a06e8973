import { useId, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { sectionProgress, validateAnswers } from '../../../src/domain/cab/template';
import { CHANGE_TYPES, type ChangeType } from '../../../src/domain/schemas/cab';
import type { CabView } from '../../../src/services/cab/cabView';
import { callResolver } from '../../shared/invokeClient';
import { RadioGroupField } from '../../shared/classification/formFields';
import { answersEdit, answersOf, draftFrom, type DraftAnswer, type DraftAnswers } from './answersDraft';
import { CHANGE_TYPE_NAMES } from './cabLabels';
import { ChecklistSection } from './ChecklistSection';
import { SaveConflict } from './SaveConflict';

const CHANGE_TYPE_HELP = 'Standard changes are pre-authorised up to a risk class; emergency changes are decided by the ECAB now and reviewed by the full CAB afterwards.';

type SaveOutcome = { kind: 'conflict'; message: string } | { kind: 'error'; message: string } | null;

interface ChecklistFormProps {
  view: CabView;
  onSaved: (view: CabView) => void;
  /** Loads the record afresh, discarding this draft (after a conflicting edit by someone else). */
  onReload: () => void;
}

/**
 * The checklist's answers as a draft, checked with the backend's own `validateAnswers` on every change; a
 * question's problem shows once it was touched (or a save was tried). Saves only what changed, against the version
 * the draft started from, so a concurrent edit is reported rather than overwritten.
 */
export function ChecklistForm({ view, onSaved, onReload }: ChecklistFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<DraftAnswers>(() => draftFrom(view.answers));
  const [changeType, setChangeType] = useState<ChangeType>(view.changeType);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitAttempted, setSubmitAttempted] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);

  const answers = answersOf(view.template, draft);
  const problems = validateAnswers(view.template, answers);
  const progress = sectionProgress(view.template, answers);
  const edit = answersEdit(view.answers, answers);
  const hasChanges = Object.keys(edit).length > 0 || changeType !== view.changeType;
  const isReadOnly = !view.canEditAnswers;

  const problemOf = (questionKey: string) =>
    isSubmitAttempted || touched.has(questionKey) ? problems.find((problem) => problem.questionKey === questionKey)?.message : undefined;

  function change(questionKey: string, answer: DraftAnswer) {
    setDraft((current) => ({ ...current, [questionKey]: answer }));
    setTouched((current) => new Set([...current, questionKey]));
    setOutcome(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitAttempted(true);
    if (problems.length > 0 || !hasChanges) return;
    setSaving(true);
    const result = await callResolver('saveAnswers', {
      answers: edit,
      ...(changeType === view.changeType ? {} : { changeType }),
      expectedVersion: view.version,
    });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setOutcome({ kind: result.error.code === 'CONFLICT' ? 'conflict' : 'error', message: result.error.message });
  }

  return (
    <form onSubmit={save} noValidate aria-label="CAB checklist" style={{ display: 'grid', gap: token('space.300') }}>
      {isReadOnly ? null : (
        <RadioGroupField
          id={`${id}-change-type`}
          legend="Change type"
          help={CHANGE_TYPE_HELP}
          options={CHANGE_TYPES.map((type) => ({ value: type, label: CHANGE_TYPE_NAMES[type] }))}
          value={changeType}
          onChange={(type) => {
            setChangeType(type);
            setOutcome(null);
          }}
        />
      )}
      {view.template.sections.map((section) => {
        const sectionState = progress.find((candidate) => candidate.key === section.key);
        if (sectionState === undefined || !sectionState.applies) return null;
        return (
          <ChecklistSection
            key={section.key}
            idPrefix={id}
            section={section}
            progress={sectionState}
            draft={draft}
            problemOf={problemOf}
            isReadOnly={isReadOnly}
            onChange={change}
          />
        );
      })}
      {isSubmitAttempted && problems.length > 0 && (
        <SectionMessage appearance="error" title={`${problems.length} answer${problems.length === 1 ? ' needs' : 's need'} attention`}>
          <p>{problems[0]?.message}</p>
        </SectionMessage>
      )}
      {outcome?.kind === 'conflict' && <SaveConflict message={outcome.message} onReload={onReload} />}
      {outcome?.kind === 'error' && (
        <SectionMessage appearance="error" title="The checklist was not saved">
          <p>{outcome.message}</p>
        </SectionMessage>
      )}
      {!isReadOnly && (
        <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
          <Button type="submit" appearance="primary" isLoading={isSaving} isDisabled={!hasChanges} testId="cab-save">
            Save checklist
          </Button>
          <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{hasChanges ? 'Unsaved changes' : 'All answers saved'}</span>
        </div>
      )}
    </form>
  );
}
