import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Question } from '../../../src/domain/schemas/cab';
import { findChoice, requiresEvidence } from '../../../src/domain/cab/template';
import { FieldNotes, RadioGroupField, describedBy } from '../../shared/classification/formFields';
import type { DraftAnswer } from './answersDraft';

// Up to four choices read best as radios (all visible, one click); longer lists would crowd the panel.
const MAX_RADIO_CHOICES = 4;

interface QuestionFieldProps {
  id: string;
  question: Question;
  answer: DraftAnswer;
  problem: string | undefined;
  isReadOnly: boolean;
  onChange: (answer: DraftAnswer) => void;
}

/** One checklist question: its choices, then a note and the evidence link once a choice is picked. */
export function QuestionField({ id, question, answer, problem, isReadOnly, onChange }: QuestionFieldProps) {
  if (isReadOnly) return <ReadOnlyAnswer question={question} answer={answer} />;
  const options = question.choices.map((choice) => ({ value: choice.value, label: choice.label }));
  const isEvidenceRequired = answer.choice !== '' && requiresEvidence(question, answer.choice);
  // The evidence link is asked for where the template requires it; an optional one stays visible once given.
  const showsEvidence = isEvidenceRequired || answer.evidenceUrl !== '';
  return (
    <div data-testid={`question-${question.key}`} style={{ display: 'grid', gap: token('space.100') }}>
      {options.length <= MAX_RADIO_CHOICES ? (
        <RadioGroupField
          id={id}
          legend={`${question.text}${question.required ? '' : ' (optional)'}`}
          help={question.help}
          problem={problem}
          options={options}
          value={answer.choice}
          onChange={(choice) => onChange({ ...answer, choice })}
        />
      ) : (
        <div>
          <label htmlFor={id} style={labelStyle}>{question.text}</label>
          <Select
            inputId={id}
            options={options}
            value={options.find((option) => option.value === answer.choice) ?? null}
            onChange={(option) => onChange({ ...answer, choice: option?.value ?? '' })}
            aria-describedby={describedBy(id, problem)}
            validationState={problem === undefined ? 'default' : 'error'}
          />
          <FieldNotes id={id} help={question.help} problem={problem} />
        </div>
      )}
      {answer.choice !== '' && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: token('space.100') }}>
          <div>
            <label htmlFor={`${id}-note`} style={labelStyle}>Note</label>
            <Textfield id={`${id}-note`} value={answer.note} onChange={(event) => onChange({ ...answer, note: event.currentTarget.value })} />
          </div>
          {showsEvidence && (
            <div>
              <label htmlFor={`${id}-evidence`} style={labelStyle}>
                Evidence link{isEvidenceRequired ? ' (required)' : ' (optional)'}
              </label>
              <Textfield
                id={`${id}-evidence`}
                type="url"
                placeholder="https://"
                value={answer.evidenceUrl}
                isInvalid={problem !== undefined && isEvidenceRequired}
                aria-describedby={problem === undefined ? undefined : `${id}-problem`}
                onChange={(event) => onChange({ ...answer, evidenceUrl: event.currentTarget.value })}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function ReadOnlyAnswer({ question, answer }: { question: Question; answer: DraftAnswer }) {
  const chosen = answer.choice === '' ? undefined : findChoice(question, answer.choice);
  return (
    <div data-testid={`question-${question.key}`}>
      <p style={{ ...labelStyle, marginBottom: token('space.025') }}>{question.text}</p>
      <p style={{ margin: 0, color: chosen === undefined ? token('color.text.subtlest') : token('color.text') }}>
        {chosen?.label ?? 'Not answered'}
        {answer.note !== '' && <span style={{ color: token('color.text.subtle') }}> · {answer.note}</span>}
        {answer.evidenceUrl !== '' && (
          <>
            {' · '}
            <a href={answer.evidenceUrl} target="_blank" rel="noreferrer">
              evidence
            </a>
          </>
        )}
      </p>
    </div>
  );
}

const labelStyle = {
  display: 'block',
  margin: `0 0 ${token('space.050')}`,
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
} as const;
