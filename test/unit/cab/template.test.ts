import { describeIncompleteSections, isChecklistComplete, sectionProgress, validateAnswers } from '../../../src/domain/cab';
import { ChecklistTemplateSchema } from '../../../src/domain/schemas/cab';
import { lowRiskAiAnswers, lowRiskAnswers, template } from './fixtures';

describe('The default checklist template', () => {
  it('is a valid template with service, security and AI sections', () => {
    expect(ChecklistTemplateSchema.safeParse(template).success).toBe(true);
    expect(template.sections.map((section) => section.title)).toEqual(['Service impact', 'Security impact', 'AI impact']);
  });

  it('asks the questions the issue lists for each section', () => {
    const keys = (sectionKey: string) => template.sections.find((section) => section.key === sectionKey)!.questions.map((q) => q.key);
    expect(keys('service')).toEqual(expect.arrayContaining(['affected-services', 'outage', 'capacity', 'sla-impact', 'test-evidence', 'rollback', 'communication', 'supplier-dependencies']));
    expect(keys('security')).toEqual(expect.arrayContaining(['confidentiality', 'integrity', 'availability', 'access-change', 'exposure', 'personal-data', 'secure-configuration', 'logging-monitoring', 'environment-separation']));
    expect(keys('ai')).toEqual(['model-change', 'training-data', 'bias-evaluation', 'performance-drift', 'documentation', 'human-oversight', 'impact-assessment']);
  });
});

describe('Checklist template schema', () => {
  const base = { version: 2, sections: [{ key: 'service', title: 'Service impact', questions: [{ key: 'q', text: 'Q?', help: '', required: true, choices: [{ value: 'a', label: 'A', severity: 0, affects: 'impact' }, { value: 'b', label: 'B', severity: 2, affects: 'impact' }] }] }] };

  it('refuses a question key used twice across sections', () => {
    const twice = { ...base, sections: [...base.sections, { ...base.sections[0]!, key: 'security' }] };
    expect(ChecklistTemplateSchema.safeParse(twice).error?.issues[0]?.message).toBe('Question q appears twice');
  });

  it('refuses evidence rules and section conditions that name choices the question does not offer', () => {
    const badEvidence = { ...base, sections: [{ ...base.sections[0]!, questions: [{ ...base.sections[0]!.questions[0]!, requiresEvidence: ['c'] }] }] };
    expect(ChecklistTemplateSchema.safeParse(badEvidence).error?.issues[0]?.message).toBe('Question q has no choice c to require evidence for');
    const badCondition = { ...base, sections: [...base.sections, { key: 'ai', title: 'AI impact', appliesWhen: { question: 'q', choices: ['yes'] }, questions: [{ ...base.sections[0]!.questions[0]!, key: 'r' }] }] };
    expect(ChecklistTemplateSchema.safeParse(badCondition).error?.issues[0]?.message).toBe('Question q has no choice yes');
  });

  it('refuses a severity outside 0 to 4', () => {
    const tooSevere = { ...base, sections: [{ ...base.sections[0]!, questions: [{ ...base.sections[0]!.questions[0]!, choices: [{ value: 'a', label: 'A', severity: 5, affects: 'impact' }, { value: 'b', label: 'B', severity: 0, affects: 'impact' }] }] }] };
    expect(ChecklistTemplateSchema.safeParse(tooSevere).success).toBe(false);
  });
});

describe('Validating answers against the template', () => {
  it('accepts a fully answered checklist with its evidence links', () => {
    expect(validateAnswers(template, lowRiskAnswers())).toEqual([]);
  });

  it('names a question the template does not have', () => {
    expect(validateAnswers(template, { 'coffee-served': { choice: 'yes' } })).toEqual([
      { questionKey: 'coffee-served', code: 'unknown-question', message: 'Checklist version 1 has no question coffee-served' },
    ]);
  });

  it('names a choice the question does not offer, with the choices it does', () => {
    const [problem] = validateAnswers(template, { outage: { choice: 'maybe' } });
    expect(problem).toMatchObject({ code: 'unknown-choice', questionKey: 'outage' });
    expect(problem?.message).toContain('choose one of none, in-window, out-of-window');
  });

  it('requires an evidence link only for the choices that need one', () => {
    expect(validateAnswers(template, { rollback: { choice: 'tested' } })[0]?.code).toBe('evidence-missing');
    expect(validateAnswers(template, { rollback: { choice: 'tested', evidenceUrl: '   ' } })[0]?.code).toBe('evidence-missing');
    expect(validateAnswers(template, { rollback: { choice: 'untested' } })).toEqual([]);
  });

  it('refuses evidence links that are not https, even where evidence is optional', () => {
    for (const evidenceUrl of ['http://wiki.example/rollback', 'javascript:alert(1)', 'not a url']) {
      expect(validateAnswers(template, { rollback: { choice: 'untested', evidenceUrl } })[0]?.code).toBe('evidence-not-https');
    }
  });
});

describe('Progress per section', () => {
  it('counts the required questions answered validly in each section', () => {
    const progress = sectionProgress(template, { outage: { choice: 'none' }, rollback: { choice: 'tested' }, integrity: { choice: 'none' } });
    expect(progress.map(({ key, answered, required }) => ({ key, answered, required }))).toEqual([
      { key: 'service', answered: 1, required: 9 },
      { key: 'security', answered: 1, required: 9 },
      { key: 'ai', answered: 0, required: 7 },
    ]);
  });

  it('leaves the AI section out until the change touches an AI system', () => {
    const withoutAi = sectionProgress(template, lowRiskAnswers());
    expect(withoutAi.find((section) => section.key === 'ai')).toMatchObject({ applies: false, isComplete: true });
    expect(isChecklistComplete(withoutAi)).toBe(true);

    const touchingAi = sectionProgress(template, { ...lowRiskAnswers(), 'ai-system-touched': { choice: 'yes' } });
    expect(touchingAi.find((section) => section.key === 'ai')).toMatchObject({ applies: true, answered: 0, isComplete: false });
    expect(describeIncompleteSections(touchingAi)).toBe('AI impact 0/7');
    expect(isChecklistComplete(sectionProgress(template, lowRiskAiAnswers()))).toBe(true);
  });
});
