import fc from 'fast-check';
import { DEFAULT_RISK_MATRIX, riskClassRank, scoreChange } from '../../../src/domain/cab';
import type { Answers, ChecklistTemplate, RiskAxis, RiskMatrix } from '../../../src/domain/schemas/cab';
import { template as defaultTemplate } from './fixtures';

const axis = fc.constantFrom<RiskAxis>('likelihood', 'impact');
const severity = fc.integer({ min: 0, max: 4 });

/** Random templates of the three sections: 1–5 questions each, 2–4 choices of random severity and axis. */
const arbitraryTemplate: fc.Arbitrary<ChecklistTemplate> = fc
  .tuple(...(['service', 'security', 'ai'] as const).map((key) => fc.array(fc.array(fc.tuple(severity, axis), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((questions) => ({ key, questions }))))
  .map((sections) => ({
    version: 1,
    sections: sections.map(({ key, questions }) => ({
      key,
      title: key,
      questions: questions.map((choices, q) => ({
        key: `${key}-${q}`,
        text: `${key} ${q}?`,
        help: '',
        required: true,
        choices: choices.map(([choiceSeverity, affects], c) => ({ value: `c${c}`, label: `${key} ${q} choice ${c}`, severity: choiceSeverity, affects })),
      })),
    })),
  }));

/** A template with some of its questions answered (by choice index), and one answered question to raise. */
const scenario = (templates: fc.Arbitrary<ChecklistTemplate>) =>
  templates.chain((template) => {
    const questions = template.sections.flatMap((section) => section.questions);
    return fc.record({
      template: fc.constant(template),
      answers: fc.tuple(...questions.map((question) => fc.option(fc.nat({ max: question.choices.length - 1 }), { nil: undefined }))).map((picks) => {
        const answers: Answers = {};
        picks.forEach((pick, i) => {
          const question = questions[i]!;
          if (pick !== undefined) answers[question.key] = { choice: question.choices[pick]!.value };
        });
        return answers;
      }),
      target: fc.nat({ max: questions.length - 1 }),
      raiseBy: fc.integer({ min: 1, max: 4 }),
    });
  });

/** The template with the severity of the chosen answer to one question raised (at most to 4). */
function raiseAnsweredSeverity(template: ChecklistTemplate, answers: Answers, target: number, raiseBy: number): ChecklistTemplate {
  const questionKey = template.sections.flatMap((section) => section.questions)[target]!.key;
  return {
    ...template,
    sections: template.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) =>
        question.key !== questionKey
          ? question
          : { ...question, choices: question.choices.map((choice) => (choice.value === answers[questionKey]?.choice ? { ...choice, severity: Math.min(4, choice.severity + raiseBy) } : choice)) },
      ),
    })),
  };
}

const rank = (template: ChecklistTemplate, answers: Answers, matrix: RiskMatrix = DEFAULT_RISK_MATRIX) => riskClassRank(scoreChange(template, answers, matrix).riskClass);

describe('Risk scoring is monotone', () => {
  it('never lowers the class when any answer’s severity is raised (random templates)', () => {
    fc.assert(
      fc.property(scenario(arbitraryTemplate), ({ template, answers, target, raiseBy }) => {
        expect(rank(raiseAnsweredSeverity(template, answers, target, raiseBy), answers)).toBeGreaterThanOrEqual(rank(template, answers));
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the class when any answer’s severity is raised (default template)', () => {
    fc.assert(
      fc.property(scenario(fc.constant(defaultTemplate)), ({ template, answers, target, raiseBy }) => {
        expect(rank(raiseAnsweredSeverity(template, answers, target, raiseBy), answers)).toBeGreaterThanOrEqual(rank(template, answers));
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the class when one more question is answered', () => {
    fc.assert(
      fc.property(scenario(arbitraryTemplate), fc.nat(), ({ template, answers, target }, pick) => {
        const question = template.sections.flatMap((section) => section.questions)[target]!;
        if (answers[question.key] !== undefined) return;
        const more = { ...answers, [question.key]: { choice: question.choices[pick % question.choices.length]!.value } };
        expect(rank(template, more)).toBeGreaterThanOrEqual(rank(template, answers));
      }),
      { numRuns: 500 },
    );
  });
});
