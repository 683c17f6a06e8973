import fc from 'fast-check';
import {
  AI_HARMS,
  AI_SERIOUS_INCIDENTS,
  CIA_IMPACTS,
  SEVERITIES,
  type Classification,
} from '../../../src/domain/schemas/classification';

/** A valid classification with only what a test cares about to change. */
export function classification(overrides: Partial<Classification> = {}): Classification {
  return {
    service: false,
    security: true,
    ai: false,
    severity: 2,
    confidentiality: 'none',
    integrity: 'none',
    availability: 'none',
    personalData: false,
    ...overrides,
  };
}

const MIN_INSTANT = Date.UTC(2000, 0, 1);
const MAX_INSTANT = Date.UTC(2100, 0, 1);
export const instant = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT }).map((ms) => new Date(ms).toISOString());

/** Every valid stored classification: at least one domain, AI details exactly when AI is ticked. */
export const validClassification: fc.Arbitrary<Classification> = fc
  .record({
    service: fc.boolean(),
    security: fc.boolean(),
    ai: fc.boolean(),
    severity: fc.constantFrom(...SEVERITIES),
    confidentiality: fc.constantFrom(...CIA_IMPACTS),
    integrity: fc.constantFrom(...CIA_IMPACTS),
    availability: fc.constantFrom(...CIA_IMPACTS),
    personalData: fc.boolean(),
    aiHarm: fc.constantFrom(...AI_HARMS),
    aiSystem: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/), { nil: undefined }),
    aiSeriousIncident: fc.option(fc.constantFrom(...AI_SERIOUS_INCIDENTS), { nil: undefined }),
    awareAt: fc.option(instant, { nil: undefined }),
  })
  .filter((value) => value.service || value.security || value.ai)
  .map(({ aiHarm, aiSystem, aiSeriousIncident, awareAt, ...rest }): Classification => ({
    ...rest,
    ...(rest.ai ? { aiHarm } : {}),
    ...(rest.ai && aiSystem !== undefined ? { aiSystem } : {}),
    ...(rest.ai && aiSeriousIncident !== undefined ? { aiSeriousIncident } : {}),
    ...(awareAt !== undefined ? { awareAt } : {}),
  }));
