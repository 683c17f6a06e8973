import fc from 'fast-check';
import { CLASSIFICATION_FORMATTER_EXPRESSION, formatClassification } from '../../../src/domain/classification';
import type { Classification } from '../../../src/domain/schemas/classification';
import { classification, validClassification } from './fixtures';

/**
 * The formatter expression uses only syntax that Jira expressions share with JavaScript, so JavaScript can
 * evaluate it here. Absent optional properties are undefined in JavaScript and null in Jira; `!= null` treats both alike.
 */
function evaluateFormatterExpression(value: Classification): unknown {
  return new Function('value', `return ${CLASSIFICATION_FORMATTER_EXPRESSION};`)(value);
}

describe('the classification formatter', () => {
  it('prints domains, severity and the CIA letters with impact, as in the issue view', () => {
    const value = classification({ security: true, service: true, severity: 2, confidentiality: 'high', integrity: 'low' });
    expect(formatClassification(value)).toBe('Security + Service · Sev 2 · C I');
  });

  it('always orders the domains Security, Service, AI', () => {
    expect(formatClassification(classification({ security: true, service: true, ai: true, aiHarm: 'drift' }))).toBe(
      'Security + Service + AI (drift) · Sev 2',
    );
  });

  it('shows the AI harm next to AI', () => {
    expect(formatClassification(classification({ security: false, ai: true, aiHarm: 'bias', severity: 3 }))).toBe('AI (bias) · Sev 3');
  });

  it('leaves out the CIA segment when no property has an impact', () => {
    expect(formatClassification(classification({ security: false, service: true, severity: 4 }))).toBe('Service · Sev 4');
  });

  it('mentions personal data when it is involved', () => {
    expect(formatClassification(classification({ personalData: true, availability: 'high' }))).toBe('Security · Sev 2 · A · Personal data');
  });
});

describe('the formatter expression for Jira', () => {
  it('names every domain label it can print', () => {
    for (const label of ["'Security'", "'Service'", "'AI'", "'AI ('", "'Sev '", "'Personal data'"]) {
      expect(CLASSIFICATION_FORMATTER_EXPRESSION).toContain(label);
    }
  });

  it('prints the example classification exactly like the TypeScript formatter', () => {
    const value = classification({ security: true, service: true, severity: 2, confidentiality: 'high', integrity: 'low' });
    expect(evaluateFormatterExpression(value)).toBe('Security + Service · Sev 2 · C I');
  });

  it('prints every valid classification exactly like the TypeScript formatter', () => {
    fc.assert(
      fc.property(validClassification, (value) => {
        expect(evaluateFormatterExpression(value)).toBe(formatClassification(value));
      }),
    );
  });
});
