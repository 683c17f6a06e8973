import { DEFAULT_RISK_MATRIX, axisLevel, riskClassFor, scoreChange } from '../../../src/domain/cab';
import { RiskMatrixSchema } from '../../../src/domain/schemas/cab';
import { highRiskAnswers, lowRiskAiAnswers, lowRiskAnswers, template } from './fixtures';

describe('The risk matrix', () => {
  it('classes by likelihood + impact by default: up to 4 low, 5–6 medium, 7–8 high, 9–10 critical', () => {
    for (let likelihood = 1; likelihood <= 5; likelihood += 1) {
      for (let impact = 1; impact <= 5; impact += 1) {
        const sum = likelihood + impact;
        const expected = sum <= 4 ? 'low' : sum <= 6 ? 'medium' : sum <= 8 ? 'high' : 'critical';
        expect(riskClassFor(DEFAULT_RISK_MATRIX, likelihood, impact)).toBe(expected);
      }
    }
  });

  it('accepts the default matrix and refuses one where more risk gives a lower class', () => {
    expect(RiskMatrixSchema.safeParse(DEFAULT_RISK_MATRIX).success).toBe(true);
    const inverted = DEFAULT_RISK_MATRIX.map((row) => [...row].reverse());
    expect(RiskMatrixSchema.safeParse(inverted).success).toBe(false);
  });

  it('refuses a matrix that is not 5 by 5', () => {
    expect(RiskMatrixSchema.safeParse(DEFAULT_RISK_MATRIX.slice(0, 4)).success).toBe(false);
  });
});

describe('Likelihood and impact levels', () => {
  it('start at 1 when nothing raises them', () => {
    expect(axisLevel([])).toEqual({ level: 1, raisedBy: [] });
    expect(axisLevel([{ label: 'No outage', severity: 0 }])).toEqual({ level: 1, raisedBy: [] });
  });

  it('follow the most severe answer and name it', () => {
    expect(axisLevel([{ label: 'SLA at risk', severity: 2 }, { label: 'Outage inside the maintenance window', severity: 1 }])).toEqual({ level: 3, raisedBy: ['SLA at risk'] });
  });

  it('go one higher when two serious answers compound, capped at 5', () => {
    expect(axisLevel([{ label: 'No vulnerability scan', severity: 3 }, { label: 'Privilege change', severity: 3 }]).level).toBe(5);
    expect(axisLevel([{ label: 'Untested change', severity: 4 }, { label: 'Privilege change', severity: 3 }])).toEqual({ level: 5, raisedBy: ['Untested change', 'Privilege change'] });
  });
});

describe('Scoring a change', () => {
  it('is low when every answer is the least risky one', () => {
    const score = scoreChange(template, lowRiskAnswers(), DEFAULT_RISK_MATRIX);
    expect(score.riskClass).toBe('low');
    expect(score.explanation).toBe('Low: no answer raised the risk');
  });

  it('scores each domain separately and takes the highest domain’s class', () => {
    const score = scoreChange(template, { ...highRiskAnswers(), outage: { choice: 'in-window' } }, DEFAULT_RISK_MATRIX);
    expect(score.domains).toEqual([
      { domain: 'service', likelihood: 1, impact: 2, riskClass: 'low', reasons: ['Outage inside the maintenance window'] },
      { domain: 'security', likelihood: 4, impact: 3, riskClass: 'high', reasons: ['Privilege change', 'Internal data exposure possible'] },
    ]);
    expect(score.riskClass).toBe('high');
  });

  it('explains itself with the answers that raised it', () => {
    expect(scoreChange(template, highRiskAnswers(), DEFAULT_RISK_MATRIX).explanation).toBe('High because: privilege change + internal data exposure possible');
  });

  it('keeps acronyms in the explanation', () => {
    const score = scoreChange(template, { ...lowRiskAnswers(), 'sla-impact': { choice: 'breach' }, 'test-evidence': { choice: 'untested' } }, DEFAULT_RISK_MATRIX);
    expect(score.explanation).toBe('Critical because: untested change + SLA breach expected');
  });

  it('scores the AI domain only when the change touches an AI system', () => {
    const aiAnswers = { ...lowRiskAiAnswers(), 'human-oversight': { choice: 'reduced' }, 'model-change': { choice: 'replaced' } };
    expect(scoreChange(template, aiAnswers, DEFAULT_RISK_MATRIX)).toMatchObject({ riskClass: 'critical', explanation: 'Critical because: model replaced + reduced human oversight' });
    const notTouched = { ...aiAnswers, 'ai-system-touched': { choice: 'no' } };
    expect(scoreChange(template, notTouched, DEFAULT_RISK_MATRIX).riskClass).toBe('low');
  });

  it('ignores unanswered questions', () => {
    expect(scoreChange(template, {}, DEFAULT_RISK_MATRIX).riskClass).toBe('low');
  });
});
