import { z } from 'zod';
import { REVIEW_DOMAINS, type ReviewIssue } from './reviewTypes';
import type { RawReviewIssue } from './reviewPorts';

export interface ReviewFieldKeys {
  classification: string;
  cabStatus: string;
  cabRisk: string;
  clauseLinksProperty: string;
  auditProperty: string;
}

const Classification = z.looseObject({
  service: z.boolean().optional(),
  security: z.boolean().optional(),
  ai: z.boolean().optional(),
  severity: z.number().int().nullable().optional(),
});
const CabStatus = z.looseObject({ status: z.string() });
const CabRisk = z.looseObject({ riskClass: z.string() });
const ClauseLinks = z.looseObject({ clauses: z.array(z.string()) });
const Named = z.looseObject({ name: z.string() });
const AuditIssue = z.looseObject({ findingKind: z.string() });

/** Reads one searched issue; a field value of an unexpected shape counts as absent rather than failing the pack. */
export function reviewIssueOf(raw: RawReviewIssue, keys: ReviewFieldKeys): ReviewIssue {
  const fields = raw.fields ?? {};
  const classification = Classification.safeParse(fields[keys.classification]);
  const cabStatus = CabStatus.safeParse(fields[keys.cabStatus]);
  const cabRisk = CabRisk.safeParse(fields[keys.cabRisk]);
  const links = ClauseLinks.safeParse(raw.properties?.[keys.clauseLinksProperty]);
  const labels = z.array(z.string()).safeParse(fields.labels);
  return {
    key: raw.key,
    summary: typeof fields.summary === 'string' ? fields.summary : '',
    status: Named.safeParse(fields.status).data?.name ?? '',
    created: typeof fields.created === 'string' ? fields.created : '',
    resolutiondate: typeof fields.resolutiondate === 'string' ? fields.resolutiondate : null,
    labels: labels.data ?? [],
    type: Named.safeParse(fields.issuetype).data?.name ?? '',
    resolution: Named.safeParse(fields.resolution).data?.name ?? null,
    classification: classification.success
      ? { domains: REVIEW_DOMAINS.filter((domain) => classification.data[domain] === true), severity: classification.data.severity ?? null }
      : null,
    cabStatus: cabStatus.data?.status ?? null,
    cabRisk: cabRisk.data?.riskClass ?? null,
    clauses: links.data?.clauses ?? [],
    findingKind: AuditIssue.safeParse(raw.properties?.[keys.auditProperty]).data?.findingKind ?? null,
  };
}
