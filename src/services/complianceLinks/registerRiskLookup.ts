import { RiskIdSchema, type Risk } from '../../domain/schemas/risk';
import type { RiskLookup, RiskSummary } from '../../ports/complianceLinks';
import type { RiskStore } from '../../ports/riskStore';

// The picker shows a handful of hits; a title search reads at most this many register pages.
const MAX_HITS = 10;
const PAGE_SIZE = 100;
const MAX_SEARCH_PAGES = 5;

const summaryOf = (risk: Risk): RiskSummary => ({ id: risk.id, title: risk.title });

/**
 * The panel's view of the risk register, over the register's own store. An id (`r-3`, `R-3`) is one read by key;
 * titles live inside the stored risk, which KVS cannot filter on, so a title search pages the register in
 * number order and stops after MAX_SEARCH_PAGES pages (500 risks) or MAX_HITS hits.
 */
export function registerRiskLookup(store: Pick<RiskStore, 'get' | 'list'>): RiskLookup {
  return {
    async search(text) {
      const asId = RiskIdSchema.safeParse(text.trim().toUpperCase());
      if (asId.success) {
        const risk = await store.get(asId.data);
        return risk === null ? [] : [summaryOf(risk)];
      }
      const needle = text.trim().toLowerCase();
      const hits: RiskSummary[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_SEARCH_PAGES && hits.length < MAX_HITS; page += 1) {
        const result = await store.list({}, cursor, PAGE_SIZE);
        hits.push(...result.risks.filter((risk) => risk.title.toLowerCase().includes(needle)).map(summaryOf));
        cursor = result.cursor;
        if (cursor === undefined) break;
      }
      return hits.slice(0, MAX_HITS);
    },

    async find(id) {
      const risk = await store.get(id);
      return risk === null ? null : summaryOf(risk);
    },

    async exists(id) {
      return (await store.get(id)) !== null;
    },
  };
}
