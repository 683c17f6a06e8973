import { RISK_CLASSES, type Answers, type CabSection, type ChecklistTemplate, type RiskClass, type RiskMatrix } from '../schemas/cab';
import { applicableSections, findChoice } from './template';

/**
 * Risk of a change, per domain (service, security, AI): likelihood and impact from 1 to 5, looked up on a 5×5
 * matrix. The change's class is its highest domain's, and every class names the answers that raised it.
 */

/**
 * Default matrix, by likelihood + impact: up to 4 low, 5–6 medium, 7–8 high, 9–10 critical.
 *
 *               impact 1   2        3        4         5
 *   likelihood 1  low      low      low      medium    medium
 *   likelihood 2  low      low      medium   medium    high
 *   likelihood 3  low      medium   medium   high      high
 *   likelihood 4  medium   medium   high     high      critical
 *   likelihood 5  medium   high     high     critical  critical
 */
export const DEFAULT_RISK_MATRIX: RiskMatrix = [
  ['low', 'low', 'low', 'medium', 'medium'],
  ['low', 'low', 'medium', 'medium', 'high'],
  ['low', 'medium', 'medium', 'high', 'high'],
  ['medium', 'medium', 'high', 'high', 'critical'],
  ['medium', 'high', 'high', 'critical', 'critical'],
];

export const riskClassRank = (riskClass: RiskClass): number => RISK_CLASSES.indexOf(riskClass);

export function highestRiskClass(classes: readonly RiskClass[]): RiskClass {
  return classes.reduce<RiskClass>((highest, next) => (riskClassRank(next) > riskClassRank(highest) ? next : highest), 'low');
}

/** Likelihood and impact are levels 1..5; the matrix schema guarantees 5×5, the clamp keeps lookups total. */
export function riskClassFor(matrix: RiskMatrix, likelihood: number, impact: number): RiskClass {
  const clamp = (level: number) => Math.min(5, Math.max(1, Math.round(level)));
  return matrix[clamp(likelihood) - 1]?.[clamp(impact) - 1] ?? 'critical';
}

// Two or more serious findings on one axis compound: an untested change with no vulnerability scan is likelier to
// fail than either alone. Severity 3 is the first level the default template uses for "serious".
const COMPOUNDING_SEVERITY = 3;

interface Contribution {
  label: string;
  severity: number;
}

export interface AxisLevel {
  level: number;
  /** The answers that set the level: those at the highest severity, plus the serious ones when they compound. */
  raisedBy: string[];
}

/**
 * Level = 1 + highest severity, + 1 when at least two answers are serious, capped at 5. Raising any severity can
 * only raise the maximum or the count of serious answers, so the level (and through the monotone matrix the
 * class) never goes down: the property test in scoring.property.test.ts holds this.
 */
export function axisLevel(contributions: readonly Contribution[]): AxisLevel {
  const highest = Math.max(0, ...contributions.map((c) => c.severity));
  const compounds = contributions.filter((c) => c.severity >= COMPOUNDING_SEVERITY).length >= 2;
  const level = Math.min(5, 1 + highest + (compounds ? 1 : 0));
  const raisers = contributions
    .filter((c) => c.severity > 0 && (c.severity === highest || (compounds && c.severity >= COMPOUNDING_SEVERITY)))
    .sort((a, b) => b.severity - a.severity);
  return { level, raisedBy: raisers.map((c) => c.label) };
}

export interface DomainScore {
  domain: CabSection;
  likelihood: number;
  impact: number;
  riskClass: RiskClass;
  /** Labels of the answers that raised likelihood or impact above 1, most severe first. */
  reasons: string[];
}

export interface ChangeRiskScore {
  riskClass: RiskClass;
  domains: DomainScore[];
  /** "High because: privilege change + no tested rollback". */
  explanation: string;
}

export function scoreDomain(template: ChecklistTemplate, answers: Answers, domain: CabSection, matrix: RiskMatrix): DomainScore {
  const likelihood: Contribution[] = [];
  const impact: Contribution[] = [];
  for (const question of template.sections.find((section) => section.key === domain)?.questions ?? []) {
    const answer = answers[question.key];
    const chosen = answer === undefined ? undefined : findChoice(question, answer.choice);
    if (chosen === undefined) continue;
    (chosen.affects === 'likelihood' ? likelihood : impact).push({ label: chosen.label, severity: chosen.severity });
  }
  const l = axisLevel(likelihood);
  const i = axisLevel(impact);
  return { domain, likelihood: l.level, impact: i.level, riskClass: riskClassFor(matrix, l.level, i.level), reasons: unique([...l.raisedBy, ...i.raisedBy]) };
}

/** Scores the answered questions of the sections that apply; unanswered questions raise nothing. */
export function scoreChange(template: ChecklistTemplate, answers: Answers, matrix: RiskMatrix): ChangeRiskScore {
  const domains = applicableSections(template, answers).map((section) => scoreDomain(template, answers, section.key, matrix));
  const riskClass = highestRiskClass(domains.map((domain) => domain.riskClass));
  const reasons = unique(domains.filter((domain) => domain.riskClass === riskClass).flatMap((domain) => domain.reasons));
  return { riskClass, domains, explanation: explainRiskClass(riskClass, reasons) };
}

export function explainRiskClass(riskClass: RiskClass, reasons: readonly string[]): string {
  const name = riskClass.charAt(0).toUpperCase() + riskClass.slice(1);
  if (reasons.length === 0) return `${name}: no answer raised the risk`;
  return `${name} because: ${reasons.map(lowerFirst).join(' + ')}`;
}

// "Privilege change" reads "privilege change" mid-sentence, but "SLA breach expected" keeps its acronym.
function lowerFirst(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
