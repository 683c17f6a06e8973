import { createRisk } from '../../../src/domain/risk';
import { NewRiskSchema, type NewRiskInput, type Risk } from '../../../src/domain/schemas/risk';

export const NOW = new Date('2025-03-01T09:30:00Z');
export const LATER = new Date('2025-03-02T10:00:00Z');
export const OWNER = { accountId: 'owner-1' };
export const LEAD = { accountId: 'isms-lead' };

export function newRisk(overrides: Partial<NewRiskInput> = {}) {
  return NewRiskSchema.parse({
    title: 'Ransomware encrypts the ticket database',
    category: 'security',
    owner: OWNER.accountId,
    inherent: { likelihood: 4, impact: 4 },
    treatment: 'mitigate',
    controls: ['ISO27001:A.8.13'],
    ...overrides,
  });
}

/** A recorded risk (version 1) with only what a test cares about changed. */
export function recordedRisk(overrides: Partial<NewRiskInput> = {}, id = 'R-3'): Risk {
  const result = createRisk(newRisk(overrides), id, LEAD, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return result.risk;
}
