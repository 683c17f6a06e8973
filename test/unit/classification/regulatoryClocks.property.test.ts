import fc from 'fast-check';
import { addCalendarMonthsUtc, regulatoryClocks, type RegulatoryClockSettings } from '../../../src/domain/classification';
import { ClassificationInputSchema } from '../../../src/domain/schemas/classification';
import { classification, instant } from './fixtures';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const allOn = (now: Date): RegulatoryClockSettings => ({ now, enabled: { gdpr: true, nis2: true, aiAct: true } });
/** Every clock that exists: a significant personal data breach that is also an AI Act "standard" serious incident. */
const everyRegime = (awareAt: string) =>
  classification({ security: true, service: true, ai: true, aiHarm: 'privacy', aiSeriousIncident: 'standard', severity: 1, personalData: true, awareAt });

function dueOf(awareAt: string, obligation: string): string | undefined {
  return regulatoryClocks(everyRegime(awareAt), allOn(new Date(awareAt))).clocks.find((clock) => clock.obligation === obligation)?.dueAt;
}

const berlinWallClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('regulatory clock maths, by property', () => {
  it('keeps the hour and day clocks exact UTC durations from awareness, whatever the instant', () => {
    fc.assert(
      fc.property(instant, (awareAt) => {
        const aware = Date.parse(awareAt);
        expect(Date.parse(dueOf(awareAt, 'Early warning')!) - aware).toBe(24 * HOUR);
        expect(Date.parse(dueOf(awareAt, 'Incident notification')!) - aware).toBe(72 * HOUR);
        expect(Date.parse(dueOf(awareAt, 'Notify supervisory authority')!) - aware).toBe(72 * HOUR);
        expect(Date.parse(dueOf(awareAt, 'Report serious incident')!) - aware).toBe(15 * DAY);
      }),
    );
  });

  it('ends the NIS2 final report one calendar month after the notification, on the month end when the day is missing', () => {
    fc.assert(
      fc.property(instant, (awareAt) => {
        const notification = new Date(dueOf(awareAt, 'Incident notification')!);
        const finalReport = new Date(dueOf(awareAt, 'Final report')!);
        const lastDayOfNextMonth = new Date(Date.UTC(notification.getUTCFullYear(), notification.getUTCMonth() + 2, 0)).getUTCDate();
        expect((finalReport.getUTCFullYear() * 12 + finalReport.getUTCMonth()) - (notification.getUTCFullYear() * 12 + notification.getUTCMonth())).toBe(1);
        expect(finalReport.getUTCDate()).toBe(Math.min(notification.getUTCDate(), lastDayOfNextMonth));
        expect(finalReport.toISOString().slice(10)).toBe(notification.toISOString().slice(10));
      }),
    );
  });

  it('gives the same due times for the same instant written with any UTC offset', () => {
    const offsets = fc.integer({ min: -12 * 60, max: 14 * 60 }).filter((minutes) => minutes % 15 === 0);
    fc.assert(
      fc.property(instant, offsets, (awareAt, offsetMinutes) => {
        const local = new Date(Date.parse(awareAt) + offsetMinutes * 60 * 1000).toISOString().slice(0, 19);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const written = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const parsed = ClassificationInputSchema.parse({ security: true, severity: 1, personalData: true, awareAt: written });
        expect(parsed.awareAt).toBe(new Date(Date.parse(awareAt) - (Date.parse(awareAt) % 1000)).toISOString());
      }),
    );
  });
});

describe('regulatory clock maths at calendar edges', () => {
  it('counts from a leap day: 72 h after 29 February 2028 is 3 March, 24 h is 1 March', () => {
    const awareAt = '2028-02-29T10:00:00.000Z';
    expect(dueOf(awareAt, 'Notify supervisory authority')).toBe('2028-03-03T10:00:00.000Z');
    expect(dueOf(awareAt, 'Early warning')).toBe('2028-03-01T10:00:00.000Z');
    expect(dueOf(awareAt, 'Final report')).toBe('2028-04-03T10:00:00.000Z');
  });

  it('ends a final report due in February on the 29th in a leap year and on the 28th otherwise', () => {
    // Notification due 31 January: one month later has no 31st.
    expect(dueOf('2028-01-28T12:00:00.000Z', 'Final report')).toBe('2028-02-29T12:00:00.000Z');
    expect(dueOf('2027-01-28T12:00:00.000Z', 'Final report')).toBe('2027-02-28T12:00:00.000Z');
  });

  it('ends a final report due from 31 March on 30 April, and from 31 December on 31 January of the next year', () => {
    expect(addCalendarMonthsUtc(Date.parse('2026-03-31T08:00:00.000Z'), 1)).toBe(Date.parse('2026-04-30T08:00:00.000Z'));
    expect(dueOf('2026-12-28T08:00:00.000Z', 'Final report')).toBe('2027-01-31T08:00:00.000Z');
  });

  it('does not shift the 72 h clock across the spring DST change in Europe: the wall clock moves, the duration does not', () => {
    // 29 March 2026: Europe/Berlin goes from 02:00 CET to 03:00 CEST (01:00 UTC).
    const awareAt = '2026-03-28T23:30:00.000Z';
    const due = dueOf(awareAt, 'Notify supervisory authority')!;
    expect(Date.parse(due) - Date.parse(awareAt)).toBe(72 * HOUR);
    expect(due).toBe('2026-03-31T23:30:00.000Z');
    expect([berlinWallClock(awareAt), berlinWallClock(due)]).toEqual(['00:30', '01:30']);
  });

  it('does not shift the 24 h clock across the autumn DST change in Europe', () => {
    // 25 October 2026: Europe/Berlin goes from 03:00 CEST back to 02:00 CET (01:00 UTC).
    const awareAt = '2026-10-24T22:00:00.000Z';
    const due = dueOf(awareAt, 'Early warning')!;
    expect(due).toBe('2026-10-25T22:00:00.000Z');
    expect([berlinWallClock(awareAt), berlinWallClock(due)]).toEqual(['00:00', '23:00']);
  });

  it('reads an awareness written in CET and CEST as the same instant as its UTC form', () => {
    const winter = ClassificationInputSchema.parse({ security: true, severity: 1, personalData: true, awareAt: '2026-03-29T01:30:00+01:00' });
    const summer = ClassificationInputSchema.parse({ security: true, severity: 1, personalData: true, awareAt: '2026-03-29T03:30:00+02:00' });
    expect(winter.awareAt).toBe('2026-03-29T00:30:00.000Z');
    expect(summer.awareAt).toBe('2026-03-29T01:30:00.000Z');
    expect(Date.parse(dueOf(summer.awareAt!, 'Early warning')!) - Date.parse(dueOf(winter.awareAt!, 'Early warning')!)).toBe(HOUR);
  });
});
