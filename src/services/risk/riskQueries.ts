import { heatMap as heatMapOf, risksCsv, type HeatMap, type HeatMapBasis, type RiskAuditEvent } from '../../domain/risk';
import type { Risk, RiskId } from '../../domain/schemas/risk';
import type { RiskFilters, RiskStore } from '../../ports/riskStore';
import { registerRoleOf } from './authorize';
import type { Caller, RiskPorts } from './ports';
import { peopleOf, presentRisk, type RiskView } from './presentRisk';
import { refuse, succeed, type RiskResult } from './riskResult';

// KVS answers at most 100 entities per query page: one page per screen of the register.
export const RISK_PAGE_SIZE = 100;

export interface RiskListInput {
  filters: RiskFilters;
  /** The risks of one heat-map cell; read by id, so the filter costs one read per risk shown. */
  ids?: RiskId[];
  cursor?: string;
}

export interface RiskListView {
  rows: RiskView[];
  cursor?: string;
  /** What the caller may do on the page as a whole. */
  canCreate: boolean;
}

export async function listRisks(ports: RiskPorts, caller: Caller, input: RiskListInput): Promise<RiskResult<RiskListView>> {
  const role = await registerRoleOf(ports, caller);
  const now = ports.clock.now();
  const page =
    input.ids === undefined
      ? await ports.store.list(input.filters, input.cursor, RISK_PAGE_SIZE)
      : { risks: (await Promise.all(input.ids.map((id) => ports.store.get(id)))).filter((risk): risk is Risk => risk !== null) };
  const names = await ports.appJira.displayNames(page.risks.flatMap(peopleOf));
  return succeed({
    rows: page.risks.map((risk) => presentRisk(risk, caller, role, now, names)),
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
    canCreate: role.isEditor,
  });
}

export async function getRisk(ports: RiskPorts, caller: Caller, id: RiskId): Promise<RiskResult<RiskView>> {
  const risk = await ports.store.get(id);
  if (risk === null) return refuse('NOT_FOUND', `There is no risk ${id} in the register.`);
  const [role, names] = await Promise.all([registerRoleOf(ports, caller), ports.appJira.displayNames(peopleOf(risk))]);
  return succeed(presentRisk(risk, caller, role, ports.clock.now(), names));
}

/** Every risk, page by page through the register's number index (heat maps and export need them all). */
export async function allRisks(store: Pick<RiskStore, 'list'>): Promise<Risk[]> {
  const risks: Risk[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({}, cursor, RISK_PAGE_SIZE);
    risks.push(...page.risks);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return risks;
}

export async function riskHeatMap(ports: RiskPorts, basis: HeatMapBasis): Promise<RiskResult<HeatMap>> {
  return succeed(heatMapOf(await allRisks(ports.store), basis));
}

// A timeline longer than this is an export job, not a page.
const HISTORY_LIMIT = 100;

export interface RiskHistoryView {
  /** Newest first. */
  events: RiskAuditEvent[];
  names: Record<string, string>;
}

export async function riskHistory(ports: RiskPorts, id: RiskId): Promise<RiskResult<RiskHistoryView>> {
  if ((await ports.store.get(id)) === null) return refuse('NOT_FOUND', `There is no risk ${id} in the register.`);
  const events = await ports.store.history(id, HISTORY_LIMIT);
  return succeed({ events, names: await ports.appJira.displayNames(events.map((event) => event.actor)) });
}

export interface CsvFile {
  filename: string;
  content: string;
}

export async function exportRisksCsv(ports: RiskPorts): Promise<RiskResult<CsvFile>> {
  const today = ports.clock.now().toISOString().slice(0, 10);
  return succeed({ filename: `risk-register-${today}.csv`, content: risksCsv(await allRisks(ports.store)) });
}
