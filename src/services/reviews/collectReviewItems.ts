import {
  aiImpactReviewItem,
  policyReviewItem,
  reviewHorizon,
  riskReviewItem,
  soaReviewItem,
  type RecurringReviewSettings,
  type ReviewItem,
} from '../../domain/reviews';
import type { RecurringReviewPorts } from './ports';

/**
 * Every reviewed item that may need a task today. Risks come from a range query on their review-date index up to
 * today + lead time (never the whole register); the SoA, the policy list and the AI systems are small.
 */
export async function collectReviewItems(
  ports: RecurringReviewPorts,
  settings: RecurringReviewSettings,
  today: string,
  soaOwner: () => Promise<string | null>,
): Promise<ReviewItem[]> {
  const { sources } = ports;
  const [risks, latestSoa, aiSystems] = await Promise.all([
    sources.risksDueBy(reviewHorizon(today, settings.leadTimeDays)),
    sources.latestSoaApproval(),
    sources.aiSystems(),
  ]);
  const soa = latestSoa === null ? null : soaReviewItem(latestSoa, settings.soaReviewMonths, settings.soaOwner ?? (await soaOwner()));
  return [
    ...risks.flatMap((risk) => riskReviewItem(risk) ?? []),
    ...(soa === null ? [] : [soa]),
    ...settings.policies.map(policyReviewItem),
    ...aiSystems.flatMap((system) => aiImpactReviewItem(system, settings.aiImpactReviewMonths) ?? []),
  ];
}
