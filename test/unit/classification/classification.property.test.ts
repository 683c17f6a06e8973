import fc from 'fast-check';
import { formatClassification, regulatoryClocks, type RegulatoryClockSettings } from '../../../src/domain/classification';
import { ClassificationInputSchema, ClassificationSchema, SEVERITIES } from '../../../src/domain/schemas/classification';
import { instant, validClassification } from './fixtures';

const settings: fc.Arbitrary<RegulatoryClockSettings> = fc.record({
  now: instant.map((iso) => new Date(iso)),
  enabled: fc.record({ gdpr: fc.boolean(), nis2: fc.boolean(), aiAct: fc.boolean() }),
  nis2SeverityThreshold: fc.constantFrom(...SEVERITIES),
});

describe('classification, by property', () => {
  it('formats every valid classification without throwing', () => {
    fc.assert(
      fc.property(validClassification, (value) => {
        expect(formatClassification(value)).toMatch(/Sev [1-4]/);
      }),
    );
  });

  it('round-trips every valid classification through the stored schema and the edit UI schema', () => {
    fc.assert(
      fc.property(validClassification, (value) => {
        expect(ClassificationSchema.parse(value)).toEqual(value);
        expect(ClassificationInputSchema.parse(value)).toEqual(value);
        expect(ClassificationSchema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
      }),
    );
  });

  it('keeps clocks sorted by due time, never due before awareness, with time left counted from now', () => {
    fc.assert(
      fc.property(validClassification, settings, (value, clockSettings) => {
        const { clocks, earliest } = regulatoryClocks(value, clockSettings);
        const due = clocks.map((clock) => Date.parse(clock.dueAt));
        expect(due).toEqual([...due].sort((a, b) => a - b));
        for (const [index, clock] of clocks.entries()) {
          expect(due[index]).toBeGreaterThan(Date.parse(value.awareAt ?? ''));
          expect(clock.timeLeftMs).toBe((due[index] ?? 0) - clockSettings.now.getTime());
          expect(clock.isOverdue).toBe(clock.timeLeftMs < 0);
        }
        expect(earliest).toEqual(clocks[0]);
      }),
    );
  });

  it('runs no clock without an awareness time', () => {
    fc.assert(
      fc.property(validClassification, settings, (value, clockSettings) => {
        const { awareAt: _awareAt, ...unaware } = value;
        expect(regulatoryClocks(unaware, clockSettings).clocks).toEqual([]);
      }),
    );
  });
});
