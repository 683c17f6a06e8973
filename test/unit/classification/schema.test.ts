import {
  ClassificationInputSchema,
  ClassificationSchema,
  classificationHelp,
  classificationProblems,
  classificationTimeProblems,
  type Classification,
} from '../../../src/domain/schemas/classification';
import { classification } from './fixtures';

function problemsOf(value: unknown) {
  const result = ClassificationSchema.safeParse(value);
  if (result.success) throw new Error('expected the classification to be refused');
  return classificationProblems(result.error);
}

describe('the stored classification schema', () => {
  it('accepts a security incident with severity and CIA impact', () => {
    const value = classification({ security: true, service: true, confidentiality: 'high', integrity: 'low' });
    expect(ClassificationSchema.parse(value)).toEqual(value);
  });

  it('accepts an AI incident with its harm, system and serious incident kind', () => {
    const value = classification({ security: false, ai: true, aiHarm: 'bias', aiSystem: 'AIS-12', aiSeriousIncident: 'death' });
    expect(ClassificationSchema.parse(value)).toEqual(value);
  });

  it('refuses a classification without any impact domain', () => {
    expect(problemsOf(classification({ security: false }))).toEqual([
      { field: 'domains', message: 'Choose at least one impact domain: service, security or AI' },
    ]);
  });

  it('requires the AI harm when AI is an impact domain', () => {
    expect(problemsOf(classification({ ai: true }))).toEqual([
      { field: 'aiHarm', message: 'Choose the kind of AI harm: bias, drift, transparency, misuse, safety, privacy or other' },
    ]);
  });

  it('refuses an AI harm, AI system or serious incident kind without AI impact', () => {
    const problems = problemsOf(classification({ aiHarm: 'drift', aiSystem: 'AIS-1', aiSeriousIncident: 'standard' }));
    expect(problems.map((problem) => problem.field)).toEqual(['aiHarm', 'aiSystem', 'aiSeriousIncident']);
    expect(problems[0]?.message).toBe('An AI harm applies only when AI is an impact domain: tick AI or clear the harm');
  });

  it.each([
    [{ severity: 0 }, 'severity', 'Severity is 1 (critical), 2 (high), 3 (medium) or 4 (low)'],
    [{ severity: 2.5 }, 'severity', 'Severity is 1 (critical), 2 (high), 3 (medium) or 4 (low)'],
    [{ severity: '2' }, 'severity', 'Severity is a number from 1 (critical) to 4 (low)'],
    [{ integrity: 'medium' }, 'integrity', 'Integrity impact is none, low or high'],
    [{ personalData: 'yes' }, 'personalData', 'Personal data involved must be ticked or not (true or false)'],
    [{ awareAt: '1 March 2025' }, 'awareAt', 'Aware at is a date and time with its time zone, e.g. 2025-03-01T09:30:00Z'],
    [{ awareAt: '2025-03-01T09:30:00' }, 'awareAt', 'Aware at is a date and time with its time zone, e.g. 2025-03-01T09:30:00Z'],
    [{ colour: 'red' }, 'classification', 'The classification has a property it does not know'],
  ])('refuses %j with a one-line message on the field', (override, field, message) => {
    expect(problemsOf({ ...classification(), ...override })).toEqual([{ field, message }]);
  });

  it('refuses an AI system reference that is not a register id', () => {
    const [problem] = problemsOf(classification({ ai: true, aiHarm: 'bias', aiSystem: 'model" OR 1=1' }));
    expect(problem?.field).toBe('aiSystem');
  });
});

describe('what the edit UI submits', () => {
  it('fills unticked boxes and unset impacts with their defaults', () => {
    expect(ClassificationInputSchema.parse({ security: true, severity: 3 })).toEqual(classification({ severity: 3 }));
  });

  it('drops cleared optional inputs and "none" as serious incident kind', () => {
    const parsed = ClassificationInputSchema.parse({
      ai: true,
      severity: 1,
      aiHarm: 'misuse',
      aiSystem: '  ',
      aiSeriousIncident: 'none',
      awareAt: null,
    });
    expect(parsed).toEqual(classification({ security: false, ai: true, severity: 1, aiHarm: 'misuse' }));
  });

  it('normalises the awareness time to UTC', () => {
    const parsed = ClassificationInputSchema.parse({ security: true, severity: 2, awareAt: '2025-03-01T10:30:00+01:00' });
    expect(parsed.awareAt).toBe('2025-03-01T09:30:00.000Z');
  });

  it('applies the same cross-field rules as the stored value', () => {
    const result = ClassificationInputSchema.safeParse({ severity: 2, aiHarm: 'bias' });
    expect(result.success).toBe(false);
    if (!result.success) expect(classificationProblems(result.error).map((problem) => problem.field)).toEqual(['domains', 'aiHarm']);
  });

  it('refuses a submission without severity', () => {
    const result = ClassificationInputSchema.safeParse({ security: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(classificationProblems(result.error)).toEqual([{ field: 'severity', message: 'Severity is a number from 1 (critical) to 4 (low)' }]);
  });
});

describe('time-relative checks', () => {
  const now = new Date('2025-03-01T12:00:00Z');

  it('accepts an awareness time in the past or a few minutes ahead (clock skew)', () => {
    expect(classificationTimeProblems(classification({ awareAt: '2025-03-01T08:00:00Z' }), now)).toEqual([]);
    expect(classificationTimeProblems(classification({ awareAt: '2025-03-01T12:04:00Z' }), now)).toEqual([]);
  });

  it('refuses an awareness time in the future', () => {
    expect(classificationTimeProblems(classification({ awareAt: '2025-03-02T12:00:00Z' }), now)).toEqual([
      { field: 'awareAt', message: 'Aware at cannot be in the future (it is now 2025-03-01T12:00:00.000Z)' },
    ]);
  });

  it('has nothing to check without an awareness time', () => {
    expect(classificationTimeProblems(classification(), now)).toEqual([]);
  });
});

describe('the edit UI explanations', () => {
  it('explain every property in one line', () => {
    const properties: (keyof Classification)[] = [
      'service', 'security', 'ai', 'severity', 'confidentiality', 'integrity', 'availability',
      'personalData', 'aiHarm', 'aiSystem', 'aiSeriousIncident', 'awareAt',
    ];
    for (const property of properties) {
      const help = classificationHelp[property];
      expect(help.label).not.toBe('');
      expect(help.help).not.toMatch(/\n/);
      for (const line of Object.values(help.choices ?? {})) expect(line).not.toMatch(/\n/);
    }
  });

  it('explain each choice of the choice properties', () => {
    expect(Object.keys(classificationHelp.severity.choices ?? {})).toEqual(['1', '2', '3', '4']);
    expect(Object.keys(classificationHelp.aiHarm.choices ?? {})).toEqual(['bias', 'drift', 'transparency', 'misuse', 'safety', 'privacy', 'other']);
    expect(Object.keys(classificationHelp.confidentiality.choices ?? {})).toEqual(['none', 'low', 'high']);
  });
});
