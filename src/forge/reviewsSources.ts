import { asApp } from '@forge/api';
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { RISK_ENTITY_NAME, type RiskEntityValue } from '../domain/risk';
import { RiskSchema } from '../domain/schemas/risk';
import { SOA_STANDARDS } from '../domain/soa';
import type { ReviewSources } from '../ports/reviewsPorts';
import { ensureSoa } from '../services/soa/ensureSoa';
import { soaEvidence } from '../services/soa/soaEvidence';
import { kvsAiSystemStore } from './aiSystemKvsStore';
import { evidenceSearchPort } from './evidenceJira';
import { riskKvsStore } from './riskKvsStore';
import { kvsSoaSnapshotStore, kvsSoaStore } from './soaKvsStore';

// KVS query pages hold at most 100 values.
const PAGE_SIZE = 100;

/** The registers as the recurring reviews read them; the run has no user, so Jira is searched as the app. */
export const reviewSources: ReviewSources = {
  async risksDueBy(lastDay) {
    const risks = [];
    let cursor: string | undefined;
    do {
      // A range on the review-date index: only risks due by the horizon are read, however large the register.
      let query = kvs
        .entity<RiskEntityValue>(RISK_ENTITY_NAME)
        .query()
        .index('by-next-review')
        .where(WhereConditions.lessThanEqualTo(lastDay))
        .filters(new Filter<RiskEntityValue>().and('status', FilterConditions.notEqualTo('closed')))
        .sort(Sort.ASC)
        .limit(PAGE_SIZE);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      risks.push(...page.results.map((result) => RiskSchema.parse(result.value.risk)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return risks;
  },

  async latestSoaApproval() {
    const [latest] = await kvsSoaSnapshotStore.list(1);
    return latest === undefined ? null : { version: latest.version, approvedAt: latest.approvedAt };
  },

  aiSystems: () => kvsAiSystemStore.list({}),

  async staleControls(staleAfterDays, now) {
    // The SoA starts with every control undecided, stored on first use: the same first use as its page's.
    await ensureSoa(kvsSoaStore);
    const entries = (await Promise.all(SOA_STANDARDS.map((standard) => kvsSoaStore.list(standard)))).flat().filter((entry) => entry.applicable);
    if (entries.length === 0) return [];
    const view = await soaEvidence({ search: evidenceSearchPort(asApp()), risks: riskKvsStore }, entries, now, staleAfterDays);
    return view.controls.filter((control) => control.stale).map(({ controlId, lastEvidenceDate }) => ({ controlId, lastEvidenceDate }));
  },
};
