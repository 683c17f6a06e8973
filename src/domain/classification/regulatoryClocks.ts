import type { AiSeriousIncident, Classification, Severity } from '../schemas/classification';
import { DAY_MS, HOUR_MS, addCalendarMonthsUtc } from './calendar';

export type Regime = 'GDPR Art. 33' | 'NIS2 Art. 23' | 'EU AI Act Art. 73';

export type Obligation =
  | 'Notify supervisory authority'
  | 'Early warning'
  | 'Incident notification'
  | 'Final report'
  | 'Report serious incident';

export interface RegulatoryClock {
  regime: Regime;
  obligation: Obligation;
  /** One line saying where the deadline comes from, for the panel's tooltip. */
  basis: string;
  dueAt: string;
  /** Negative once overdue. */
  timeLeftMs: number;
  isOverdue: boolean;
}

export interface RegulatoryClockSettings {
  now: Date;
  /** Each regime is switched on or off per site (the organisation decides which laws apply to it). */
  enabled: { gdpr: boolean; nis2: boolean; aiAct: boolean };
  /** Severity at or above which (1 is the worst) an incident counts as significant under NIS2; default 2. */
  nis2SeverityThreshold?: Severity;
}

export interface RegulatoryClocks {
  /** Sorted by `dueAt`, earliest first. */
  clocks: RegulatoryClock[];
  earliest?: RegulatoryClock;
  /** Why a regime shows no clock, one line each, so the panel never shows an unexplained blank. */
  reasons: string[];
}

export const DEFAULT_NIS2_SEVERITY_THRESHOLD: Severity = 2;

interface Deadline {
  regime: Regime;
  obligation: Obligation;
  basis: string;
  dueAtMs: number;
}

// EU AI Act Art. 73(2)-(4); see AI_SERIOUS_INCIDENTS for the wording behind each kind.
const AI_ACT_DAYS: Record<AiSeriousIncident, { days: number; paragraph: string }> = {
  standard: { days: 15, paragraph: '73(2)' },
  death: { days: 10, paragraph: '73(4)' },
  widespread: { days: 2, paragraph: '73(3)' },
};

/** A personal data breach is "a breach of security leading to ... personal data" (GDPR Art. 4(12)). */
function isPersonalDataBreach(classification: Classification): boolean {
  return classification.security && classification.personalData;
}

/** NIS2 incidents compromise data or services (Art. 6(6)): security or service impact, significant by severity. */
function isNis2Significant(classification: Classification, threshold: Severity): boolean {
  return (classification.security || classification.service) && classification.severity <= threshold;
}

function gdprDeadlines(awareMs: number): Deadline[] {
  return [
    {
      regime: 'GDPR Art. 33',
      obligation: 'Notify supervisory authority',
      basis: 'Personal data breach: notify the supervisory authority within 72 hours of awareness (Art. 33(1))',
      dueAtMs: awareMs + 72 * HOUR_MS,
    },
  ];
}

/**
 * NIS2 Art. 23(4): early warning within 24 h and incident notification within 72 h of awareness; final report
 * "not later than one month after the submission of the incident notification". The app does not know when the
 * notification was sent, so the final report counts one calendar month from the notification's due time: the
 * latest it can be. Sending the notification earlier brings the final report forward by the same amount.
 */
function nis2Deadlines(awareMs: number): Deadline[] {
  const notificationDueMs = awareMs + 72 * HOUR_MS;
  return [
    { regime: 'NIS2 Art. 23', obligation: 'Early warning', basis: 'Significant incident: early warning within 24 hours of awareness (Art. 23(4)(a))', dueAtMs: awareMs + 24 * HOUR_MS },
    { regime: 'NIS2 Art. 23', obligation: 'Incident notification', basis: 'Significant incident: incident notification within 72 hours of awareness (Art. 23(4)(b))', dueAtMs: notificationDueMs },
    {
      regime: 'NIS2 Art. 23',
      obligation: 'Final report',
      basis: 'Final report one month after the incident notification (Art. 23(4)(d)); counted from its due time',
      dueAtMs: addCalendarMonthsUtc(notificationDueMs, 1),
    },
  ];
}

function aiActDeadlines(awareMs: number, kind: AiSeriousIncident): Deadline[] {
  const { days, paragraph } = AI_ACT_DAYS[kind];
  return [
    {
      regime: 'EU AI Act Art. 73',
      obligation: 'Report serious incident',
      basis: `Serious incident: report to the market surveillance authority within ${days} days of awareness (Art. ${paragraph})`,
      dueAtMs: awareMs + days * DAY_MS,
    },
  ];
}

/**
 * The notification deadlines that apply to a classified incident, from the moment the organisation became aware
 * of it. Deadlines are exact durations in UTC (72 h is 72 h, 15 days is 360 h); only the NIS2 final report counts
 * a calendar month. Nothing runs without `awareAt`: the reasons then say which regimes are waiting for it.
 */
export function regulatoryClocks(classification: Classification, settings: RegulatoryClockSettings): RegulatoryClocks {
  const threshold = settings.nis2SeverityThreshold ?? DEFAULT_NIS2_SEVERITY_THRESHOLD;
  const reasons: string[] = [];
  const applicable: ((awareMs: number) => Deadline[])[] = [];

  if (!settings.enabled.gdpr) reasons.push('GDPR Art. 33 is switched off for this site.');
  else if (!isPersonalDataBreach(classification)) reasons.push('GDPR Art. 33 applies to personal data breaches: security impact with personal data involved.');
  else applicable.push(gdprDeadlines);

  if (!settings.enabled.nis2) reasons.push('NIS2 Art. 23 is switched off for this site.');
  else if (!classification.security && !classification.service) reasons.push('NIS2 Art. 23 applies to incidents with service or security impact.');
  else if (!isNis2Significant(classification, threshold)) {
    reasons.push(`NIS2 Art. 23 applies to significant incidents: severity ${threshold} or worse on this site (this is ${classification.severity}).`);
  } else applicable.push(nis2Deadlines);

  const seriousIncident = classification.ai ? classification.aiSeriousIncident : undefined;
  if (!settings.enabled.aiAct) reasons.push('EU AI Act Art. 73 is switched off for this site.');
  else if (seriousIncident === undefined) reasons.push('EU AI Act Art. 73 applies to AI serious incidents; this one is not marked as one.');
  else applicable.push((awareMs) => aiActDeadlines(awareMs, seriousIncident));

  if (classification.awareAt === undefined) {
    if (applicable.length > 0) reasons.unshift('No clock runs yet: set "Aware at", when the organisation became aware of the incident.');
    return { clocks: [], reasons };
  }

  const awareMs = Date.parse(classification.awareAt);
  const nowMs = settings.now.getTime();
  const clocks = applicable
    .flatMap((deadlinesFrom) => deadlinesFrom(awareMs))
    .sort((a, b) => a.dueAtMs - b.dueAtMs)
    .map(({ dueAtMs, ...deadline }): RegulatoryClock => ({
      ...deadline,
      dueAt: new Date(dueAtMs).toISOString(),
      timeLeftMs: dueAtMs - nowMs,
      isOverdue: dueAtMs < nowMs,
    }));
  const [earliest] = clocks;
  return { clocks, ...(earliest ? { earliest } : {}), reasons };
}
