import { addCalendarMonthsUtc, regulatoryClocks, type RegulatoryClockSettings } from '../../../src/domain/classification';
import { classification } from './fixtures';

const awareAt = '2025-03-01T09:00:00.000Z';
const now = new Date('2025-03-02T09:00:00.000Z');
const allOn: RegulatoryClockSettings = { now, enabled: { gdpr: true, nis2: true, aiAct: true } };
const HOUR = 60 * 60 * 1000;

const dueTimes = (result: ReturnType<typeof regulatoryClocks>) => result.clocks.map((clock) => [clock.regime, clock.obligation, clock.dueAt]);

describe('regulatory clocks', () => {
  it('runs the GDPR Art. 33 clock, 72 hours, for a personal data breach', () => {
    const result = regulatoryClocks(classification({ severity: 3, personalData: true, awareAt }), allOn);
    expect(dueTimes(result)).toEqual([['GDPR Art. 33', 'Notify supervisory authority', '2025-03-04T09:00:00.000Z']]);
    expect(result.clocks[0]).toMatchObject({ timeLeftMs: 48 * HOUR, isOverdue: false });
  });

  it('runs the NIS2 early warning (24 h), notification (72 h) and final report (one month later) for a significant incident', () => {
    const result = regulatoryClocks(classification({ security: false, service: true, severity: 1, awareAt }), allOn);
    expect(dueTimes(result)).toEqual([
      ['NIS2 Art. 23', 'Early warning', '2025-03-02T09:00:00.000Z'],
      ['NIS2 Art. 23', 'Incident notification', '2025-03-04T09:00:00.000Z'],
      ['NIS2 Art. 23', 'Final report', '2025-04-04T09:00:00.000Z'],
    ]);
  });

  it('counts the NIS2 final report in calendar months, ending on the last day of a shorter month', () => {
    const result = regulatoryClocks(classification({ severity: 2, awareAt: '2025-01-28T10:00:00.000Z' }), allOn);
    expect(result.clocks.find((clock) => clock.obligation === 'Final report')?.dueAt).toBe('2025-02-28T10:00:00.000Z');
  });

  it.each([
    ['standard', '2025-03-16T09:00:00.000Z', 'Art. 73(2)'],
    ['death', '2025-03-11T09:00:00.000Z', 'Art. 73(4)'],
    ['widespread', '2025-03-03T09:00:00.000Z', 'Art. 73(3)'],
  ] as const)('runs the AI Act clock for a %s serious incident until %s (%s)', (kind, dueAt, article) => {
    const result = regulatoryClocks(classification({ security: false, ai: true, aiHarm: 'safety', aiSeriousIncident: kind, severity: 3, awareAt }), allOn);
    expect(dueTimes(result)).toEqual([['EU AI Act Art. 73', 'Report serious incident', dueAt]]);
    expect(result.clocks[0]?.basis).toContain(article);
  });

  it('sorts all clocks by due time and names the earliest', () => {
    const result = regulatoryClocks(
      classification({ security: true, ai: true, aiHarm: 'privacy', aiSeriousIncident: 'widespread', personalData: true, severity: 1, awareAt }),
      allOn,
    );
    expect(result.clocks.map((clock) => clock.obligation)).toEqual([
      'Early warning',
      'Report serious incident',
      'Notify supervisory authority',
      'Incident notification',
      'Final report',
    ]);
    expect(result.earliest?.obligation).toBe('Early warning');
    expect(result.reasons).toEqual([]);
  });

  it('marks a clock overdue once its due time has passed', () => {
    const result = regulatoryClocks(classification({ severity: 1, awareAt }), { ...allOn, now: new Date('2025-03-02T10:00:00.000Z') });
    expect(result.earliest).toMatchObject({ obligation: 'Early warning', isOverdue: true, timeLeftMs: -HOUR });
  });

  it('shows no clock for a regime switched off on the site, and says so', () => {
    const result = regulatoryClocks(classification({ severity: 1, personalData: true, awareAt }), { now, enabled: { gdpr: false, nis2: false, aiAct: true } });
    expect(result.clocks).toEqual([]);
    expect(result.reasons).toEqual([
      'GDPR Art. 33 is switched off for this site.',
      'NIS2 Art. 23 is switched off for this site.',
      'EU AI Act Art. 73 applies to AI serious incidents; this one is not marked as one.',
    ]);
  });

  it('treats an incident below the NIS2 severity threshold as not significant, and follows a site threshold', () => {
    const sev3 = classification({ severity: 3, awareAt });
    expect(regulatoryClocks(sev3, allOn).reasons).toContain(
      'NIS2 Art. 23 applies to significant incidents: severity 2 or worse on this site (this is 3).',
    );
    expect(regulatoryClocks(sev3, { ...allOn, nis2SeverityThreshold: 3 }).clocks.map((clock) => clock.regime)).toContain('NIS2 Art. 23');
  });

  it('runs nothing without an awareness time, and says what it waits for', () => {
    const result = regulatoryClocks(classification({ severity: 1, personalData: true }), allOn);
    expect(result.clocks).toEqual([]);
    expect(result).not.toHaveProperty('earliest');
    expect(result.reasons[0]).toBe('No clock runs yet: set "Aware at", when the organisation became aware of the incident.');
  });

  it('ignores an AI serious incident kind when AI is not an impact domain', () => {
    const stale = { ...classification({ severity: 4, awareAt }), aiSeriousIncident: 'death' as const };
    expect(regulatoryClocks(stale, allOn).clocks).toEqual([]);
  });
});

describe('calendar months in UTC', () => {
  it.each([
    ['2025-01-15T08:30:00.000Z', '2025-02-15T08:30:00.000Z'],
    ['2025-01-31T23:59:59.999Z', '2025-02-28T23:59:59.999Z'],
    ['2024-01-31T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
    ['2025-12-31T12:00:00.000Z', '2026-01-31T12:00:00.000Z'],
    ['2025-03-31T06:00:00.000Z', '2025-04-30T06:00:00.000Z'],
  ])('adds one month to %s: %s', (from, to) => {
    expect(new Date(addCalendarMonthsUtc(Date.parse(from), 1)).toISOString()).toBe(to);
  });
});
