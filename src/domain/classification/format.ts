import { CIA_PROPERTIES, IMPACT_DOMAINS, type Classification, type ImpactDomain } from '../schemas/classification';

const DOMAIN_LABELS: Record<ImpactDomain, string> = { security: 'Security', service: 'Service', ai: 'AI' };
const CIA_LETTERS = { confidentiality: 'C', integrity: 'I', availability: 'A' } as const;

function domainLabel(classification: Classification, domain: ImpactDomain): string {
  if (domain === 'ai' && classification.aiHarm !== undefined) return `AI (${classification.aiHarm})`;
  return DOMAIN_LABELS[domain];
}

/**
 * The one-line view of the field, e.g. "Security + Service · Sev 2 · C I": domains in the fixed order Security,
 * Service, AI; the letters of the CIA properties whose impact is not none; "Personal data" when involved.
 * `CLASSIFICATION_FORMATTER_EXPRESSION` prints the same text inside Jira; keep the two in step.
 */
export function formatClassification(classification: Classification): string {
  const domains = IMPACT_DOMAINS.filter((domain) => classification[domain]).map((domain) => domainLabel(classification, domain));
  const cia = CIA_PROPERTIES.filter((property) => classification[property] !== 'none').map((property) => CIA_LETTERS[property]);
  return [domains.join(' + '), `Sev ${classification.severity}`, cia.join(' '), classification.personalData ? 'Personal data' : '']
    .filter((segment) => segment !== '')
    .join(' · ');
}

/**
 * The field's `formatter.expression` (manifest): a Jira expression over `value`, used wherever Jira cannot render
 * the Custom UI view (issue navigator columns, exports, history). It mirrors `formatClassification` segment by
 * segment with the same array/filter/join steps, and uses only syntax that Jira expressions and JavaScript share,
 * so the unit tests evaluate it as JavaScript against the TypeScript formatter. Missing optional properties are
 * null in Jira and undefined in JavaScript; `!= null` treats both alike.
 */
export const CLASSIFICATION_FORMATTER_EXPRESSION = [
  '[',
  "[value.security == true ? 'Security' : '', value.service == true ? 'Service' : '', value.ai == true ? (value.aiHarm != null ? 'AI (' + value.aiHarm + ')' : 'AI') : ''].filter(d => d != '').join(' + '),",
  "'Sev ' + value.severity,",
  "[value.confidentiality != 'none' ? 'C' : '', value.integrity != 'none' ? 'I' : '', value.availability != 'none' ? 'A' : ''].filter(l => l != '').join(' '),",
  "value.personalData == true ? 'Personal data' : ''",
  "].filter(s => s != '').join(' · ')",
].join(' ');
