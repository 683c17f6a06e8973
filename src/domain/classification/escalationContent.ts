import type { Classification, ImpactDomain, Severity } from '../schemas/classification';
import { formatClassification } from './format';

/** Jira priority names by severity; the admin may map them to the site's own priority scheme. */
export type PriorityBySeverity = Record<Severity, string>;

export const DEFAULT_PRIORITY_BY_SEVERITY: PriorityBySeverity = { 1: 'Highest', 2: 'High', 3: 'Medium', 4: 'Low' };

export function priorityForSeverity(severity: Severity, map: PriorityBySeverity = DEFAULT_PRIORITY_BY_SEVERITY): string {
  return map[severity];
}

/** Atlassian Document Format, the subset the escalation texts use (Jira REST v3 comments and descriptions). */
export type AdfText = { type: 'text'; text: string; marks?: { type: 'strong' }[] };
export type AdfParagraph = { type: 'paragraph'; content: AdfText[] };
export type AdfDocument = { type: 'doc'; version: 1; content: AdfParagraph[] };

const text = (value: string): AdfText => ({ type: 'text', text: value });
const strong = (value: string): AdfText => ({ type: 'text', text: value, marks: [{ type: 'strong' }] });
const paragraph = (...content: AdfText[]): AdfParagraph => ({ type: 'paragraph', content });
const document = (...content: AdfParagraph[]): AdfDocument => ({ type: 'doc', version: 1, content });

export interface OriginIssue {
  key: string;
  summary: string;
}

export interface EscalationIssueContent {
  summary: string;
  description: AdfDocument;
  /** Carried over from the origin; the service sets it as priority (and never as a classification, which would escalate again). */
  severity: Severity;
  priorityName: string;
}

// Jira refuses summaries longer than 255 characters.
const MAX_SUMMARY_LENGTH = 255;

function escalationSummary(prefix: string, origin: OriginIssue): string {
  const summary = `${prefix.trim()} ${origin.key}: ${origin.summary.replace(/\s+/g, ' ').trim()}`.trim();
  return summary.length <= MAX_SUMMARY_LENGTH ? summary : `${summary.slice(0, MAX_SUMMARY_LENGTH - 1)}…`;
}

function facts(origin: OriginIssue, classification: Classification): AdfParagraph[] {
  return [
    paragraph(text('Escalated from '), strong(origin.key), text(`: ${origin.summary}`)),
    paragraph(text(`Classification: ${formatClassification(classification)}`)),
    paragraph(text(`Aware at: ${classification.awareAt ?? 'not recorded yet'}`)),
  ];
}

export interface SecurityEscalationInput {
  origin: OriginIssue;
  classification: Classification;
  summaryPrefix: string;
  priorityBySeverity?: PriorityBySeverity;
}

/** The linked issue in the security project: prefixed summary, severity carried over, origin named in the text. */
export function securityEscalationIssue(input: SecurityEscalationInput): EscalationIssueContent {
  const { origin, classification } = input;
  return {
    summary: escalationSummary(input.summaryPrefix, origin),
    description: document(
      ...facts(origin, classification),
      paragraph(text(`Personal data involved: ${classification.personalData ? 'yes (check the GDPR Art. 33 clock on the origin)' : 'no'}`)),
    ),
    severity: classification.severity,
    priorityName: priorityForSeverity(classification.severity, input.priorityBySeverity),
  };
}

export interface AiSystemOwner {
  id: string;
  name: string;
  ownerAccountId?: string;
}

export interface AiEscalationInput {
  origin: OriginIssue;
  classification: Classification;
  summaryPrefix: string;
  /** The register entry named by `classification.aiSystem`, when there is one and it was found. */
  aiSystem?: AiSystemOwner;
  /** The configured owner for AI escalations whose system has no owner (or no system is named). */
  defaultOwnerAccountId?: string;
  priorityBySeverity?: PriorityBySeverity;
}

export interface AiEscalationIssueContent extends EscalationIssueContent {
  /** The AI system's owner, else the configured owner; absent leaves the issue unassigned. */
  assigneeAccountId?: string;
}

/** The linked issue in the AI governance project, assigned to the AI system's owner or the configured owner. */
export function aiEscalationIssue(input: AiEscalationInput): AiEscalationIssueContent {
  const { origin, classification, aiSystem } = input;
  const assigneeAccountId = aiSystem?.ownerAccountId ?? input.defaultOwnerAccountId;
  const system = aiSystem ? `${aiSystem.name} (${aiSystem.id})` : (classification.aiSystem ?? 'not named');
  return {
    summary: escalationSummary(input.summaryPrefix, origin),
    description: document(
      ...facts(origin, classification),
      paragraph(text(`AI system: ${system}`)),
      paragraph(text(`AI harm: ${classification.aiHarm ?? 'not given'}`)),
      paragraph(text(`AI Act serious incident: ${classification.aiSeriousIncident ?? 'no'}`)),
    ),
    severity: classification.severity,
    priorityName: priorityForSeverity(classification.severity, input.priorityBySeverity),
    ...(assigneeAccountId !== undefined ? { assigneeAccountId } : {}),
  };
}

const DOMAIN_NAMES: Record<ImpactDomain, string> = { security: 'Security', service: 'Service', ai: 'AI' };

/** The comment on the origin once its escalation exists. */
export function escalationStartedComment(domain: ImpactDomain, escalationIssueKey: string): AdfDocument {
  return document(paragraph(text(`${DOMAIN_NAMES[domain]} escalation started: `), strong(escalationIssueKey), text('.')));
}

/** The comment on the origin when a domain is removed: nothing is deleted or closed by the app. */
export function domainWithdrawnComment(domain: ImpactDomain, escalationIssueKey?: string): AdfDocument {
  const kept = escalationIssueKey
    ? [text(' The escalation '), strong(escalationIssueKey), text(' stays as it is; close it there if it is no longer needed.')]
    : [text(' Nothing was deleted.')];
  return document(paragraph(text(`${DOMAIN_NAMES[domain]} impact was removed from the classification.`), ...kept));
}

/** The comment on the origin when a withdrawn domain is set again: the existing escalation continues. */
export function domainReinstatedComment(domain: ImpactDomain, escalationIssueKey?: string): AdfDocument {
  const continued = escalationIssueKey ? [text(' The existing escalation '), strong(escalationIssueKey), text(' continues; no new one was opened.')] : [];
  return document(paragraph(text(`${DOMAIN_NAMES[domain]} impact was set again.`), ...continued));
}
