import fc from 'fast-check';
import { isNotifyByStale, withNotifyBy, type NotifyBySettings } from '../../../src/domain/classification';
import { ClassificationSchema, SEVERITIES } from '../../../src/domain/schemas/classification';
import { classification, validClassification } from './fixtures';

const allOn: NotifyBySettings = { enabled: { gdpr: true, nis2: true, aiAct: true } };
const settings: fc.Arbitrary<NotifyBySettings> = fc.record({
  enabled: fc.record({ gdpr: fc.boolean(), nis2: fc.boolean(), aiAct: fc.boolean() }),
  nis2SeverityThreshold: fc.constantFrom(...SEVERITIES),
});

describe('notifyBy, the earliest regulatory due time stored with the classification', () => {
  it('is the earliest due time: the NIS2 early warning (24 h) before the GDPR notification (72 h)', () => {
    const value = withNotifyBy(classification({ service: true, severity: 2, personalData: true, awareAt: '2025-03-01T09:00:00.000Z' }), allOn);
    expect(value.notifyBy).toBe('2025-03-02T09:00:00.000Z');
  });

  it('is absent while no clock runs, and a stale copy is removed', () => {
    const unaware = classification({ personalData: true, notifyBy: '2025-03-04T09:00:00.000Z' });
    expect(withNotifyBy(unaware, allOn)).not.toHaveProperty('notifyBy');
  });

  it('follows the site switching a regime off', () => {
    const breach = classification({ severity: 3, personalData: true, awareAt: '2025-03-01T09:00:00.000Z' });
    const stored = withNotifyBy(breach, allOn);
    const gdprOff: NotifyBySettings = { enabled: { gdpr: false, nis2: true, aiAct: true } };
    expect(isNotifyByStale(stored, gdprOff)).toBe(true);
    expect(withNotifyBy(stored, gdprOff)).not.toHaveProperty('notifyBy');
  });

  it('is never stale right after it is computed, so the trigger that the write fires writes nothing', () => {
    fc.assert(
      fc.property(validClassification, settings, (value, clockSettings) => {
        const stored = withNotifyBy(value, clockSettings);
        expect(isNotifyByStale(stored, clockSettings)).toBe(false);
        expect(withNotifyBy(stored, clockSettings)).toEqual(stored);
        expect(ClassificationSchema.parse(stored)).toEqual(stored);
      }),
    );
  });
});
