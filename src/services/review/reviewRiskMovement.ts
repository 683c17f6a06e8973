import type { Risk, RiskAuditEvent } from '../../domain/schemas/risk';
import type { RiskStore } from '../../ports/riskStore';
import { needsHistory, riskAtPeriod, type RiskAtPeriod } from './riskMovement';
import { RISK_MOVEMENTS, type ReviewPeriod, type ReviewRiskItem, type ReviewRiskMovementView, type RiskMovement } from './reviewTypes';

// KVS query pages hold at most 100 entities.
const REGISTER_PAGE = 100;
// The history port answers one page, newest first. A risk edited more than this many times since the period
// started compares against the oldest of those edits: the start value may then be a later one.
const HISTORY_LIMIT = 100;
// History reads run a few at a time: fast enough for a register of thousands, gentle on KVS rate limits.
const HISTORY_CONCURRENCY = 8;
export const RISK_LIST_LIMIT = 25;

/** The whole register, page by page through its number index: ⌈risks ÷ 100⌉ KVS queries. */
export async function readRegister(store: Pick<RiskStore, 'list'>): Promise<{ risks: Risk[]; pages: number }> {
  const risks: Risk[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.list({}, cursor, REGISTER_PAGE);
    risks.push(...page.risks);
    cursor = page.cursor;
    pages += 1;
  } while (cursor !== undefined);
  return { risks, pages };
}

/**
 * Risk register movement over the period. Cost: the register's pages (no index answers "created or changed in a
 * period", and the register is read once for the whole pack), plus one history query for each risk written
 * since the period started; a risk untouched since then needs none, as it stood the same all period.
 */
export async function reviewRiskMovement(
  store: Pick<RiskStore, 'history'>,
  register: { risks: readonly Risk[]; pages: number },
  period: ReviewPeriod,
  now: Date,
): Promise<ReviewRiskMovementView> {
  const changed = register.risks.filter((risk) => needsHistory(risk, period));
  const histories = new Map<string, RiskAuditEvent[]>();
  for (let start = 0; start < changed.length; start += HISTORY_CONCURRENCY) {
    const batch = changed.slice(start, start + HISTORY_CONCURRENCY);
    const read = await Promise.all(batch.map((risk) => store.history(risk.id, HISTORY_LIMIT)));
    batch.forEach((risk, index) => histories.set(risk.id, read[index] ?? []));
  }

  const counts = Object.fromEntries(RISK_MOVEMENTS.map((movement) => [movement, 0])) as Record<RiskMovement, number>;
  const items = Object.fromEntries(RISK_MOVEMENTS.map((movement) => [movement, [] as ReviewRiskItem[]])) as Record<RiskMovement, ReviewRiskItem[]>;
  let openAtEnd = 0;
  for (const risk of register.risks) {
    const moved: RiskAtPeriod | null = riskAtPeriod(risk, histories.get(risk.id) ?? [], period, now);
    if (moved === null) continue;
    if (moved.end.status !== 'closed') openAtEnd += 1;
    const item: ReviewRiskItem = {
      id: risk.id,
      title: risk.title,
      category: risk.category,
      status: moved.end.status,
      residualAtStart: moved.start?.score ?? null,
      residualAtEnd: moved.end.score,
      nextReviewDate: risk.nextReviewDate,
    };
    for (const movement of moved.movements) {
      counts[movement] += 1;
      items[movement].push(item);
    }
  }
  for (const movement of RISK_MOVEMENTS) {
    items[movement] = items[movement].sort((a, b) => b.residualAtEnd - a.residualAtEnd || a.id.localeCompare(b.id, 'en', { numeric: true })).slice(0, RISK_LIST_LIMIT);
  }
  return { openAtEnd, counts, items, registerPages: register.pages, historyReads: changed.length };
}
