import { AiSystemSchema, aiSystemIdFor, aiSystemProblems, isImpactAssessmentOverdue, type AiSystem } from '../../../src/domain/aiSystems';
import { ClassificationSchema } from '../../../src/domain/schemas/classification';

const NOW = new Date('2025-03-01T09:30:00Z');

function aiSystem(overrides: Partial<AiSystem> = {}): AiSystem {
  return AiSystemSchema.parse({
    id: 'AIS-12',
    name: 'CV screening',
    purpose: 'Ranks job applications for recruiters',
    owner: 'ai-owner',
    lifecycleStage: 'operation',
    impactAssessmentDue: '2025-06-01',
    lastImpactAssessment: { on: '2024-06-01', result: 'Bias risk for older applicants; mitigated by human review' },
    linkedRisks: ['R-3'],
    version: 1,
    updatedAt: '2025-01-01T00:00:00Z',
    updatedBy: 'isms-lead',
    ...overrides,
  });
}

describe('the AI system register', () => {
  it('numbers systems AIS-<n>, which the classification field accepts as its AI system', () => {
    const id = aiSystemIdFor(12);
    expect(id).toBe('AIS-12');
    const classified = ClassificationSchema.safeParse({
      service: false, security: false, ai: true, severity: 2, confidentiality: 'none', integrity: 'none', availability: 'none',
      personalData: false, aiHarm: 'bias', aiSystem: id,
    });
    expect(classified.success).toBe(true);
  });

  it('refuses an unknown lifecycle stage with the list of stages', () => {
    const parsed = AiSystemSchema.safeParse({ ...aiSystem(), lifecycleStage: 'pilot' });
    expect(parsed.error?.issues[0]?.message).toBe('The lifecycle stage is design, development, validation, deployment, operation, retirement');
  });

  it('flags a system in operation that was never impact-assessed', () => {
    expect(aiSystemProblems(aiSystem({ lastImpactAssessment: undefined }), NOW)).toEqual(['AIS-12 is in operation without an AI system impact assessment']);
  });

  it('lets a system in design wait for its impact assessment', () => {
    expect(aiSystemProblems(aiSystem({ lifecycleStage: 'design', lastImpactAssessment: undefined }), NOW)).toEqual([]);
  });

  it('flags an overdue impact assessment, except on a retired system', () => {
    expect(isImpactAssessmentOverdue(aiSystem({ impactAssessmentDue: '2025-02-28' }), NOW)).toBe(true);
    expect(isImpactAssessmentOverdue(aiSystem({ impactAssessmentDue: '2025-02-28', lifecycleStage: 'retirement' }), NOW)).toBe(false);
    expect(isImpactAssessmentOverdue(aiSystem(), NOW)).toBe(false);
  });
});
