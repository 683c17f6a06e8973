import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { SectionProgress } from '../../../src/domain/cab/template';
import type { Section } from '../../../src/domain/schemas/cab';
import { EMPTY_ANSWER, type DraftAnswer, type DraftAnswers } from './answersDraft';
import { headingStyle } from './panelStyles';
import { QuestionField } from './QuestionField';

interface ChecklistSectionProps {
  idPrefix: string;
  section: Section;
  progress: SectionProgress;
  draft: DraftAnswers;
  problemOf: (questionKey: string) => string | undefined;
  isReadOnly: boolean;
  onChange: (questionKey: string, answer: DraftAnswer) => void;
}

/** One section of the checklist (service, security or AI impact) with its progress, "6/9" of the required questions. */
export function ChecklistSection({ idPrefix, section, progress, draft, problemOf, isReadOnly, onChange }: ChecklistSectionProps) {
  const headingId = `${idPrefix}-${section.key}-heading`;
  // A complete section starts folded, so approvers see the decision first; an incomplete one starts open.
  return (
    <details open={!progress.isComplete} data-testid={`cab-section-${section.key}`}>
      <summary style={{ cursor: 'pointer' }}>
        <h3 id={headingId} style={{ ...headingStyle, display: 'inline-flex', alignItems: 'center', gap: token('space.100'), margin: 0 }}>
          {section.title}
          <span data-testid={`cab-progress-${section.key}`} aria-label={`${progress.answered} of ${progress.required} required questions answered`}>
            <Lozenge appearance={progress.isComplete ? 'success' : 'default'}>
              {progress.answered}/{progress.required}
            </Lozenge>
          </span>
        </h3>
      </summary>
      <div style={{ display: 'grid', gap: token('space.200'), paddingTop: token('space.150') }}>
      {section.questions.map((question) => (
        <QuestionField
          key={question.key}
          id={`${idPrefix}-${question.key}`}
          question={question}
          answer={draft[question.key] ?? EMPTY_ANSWER}
          problem={problemOf(question.key)}
          isReadOnly={isReadOnly}
          onChange={(answer) => onChange(question.key, answer)}
        />
      ))}
      </div>
    </details>
  );
}
