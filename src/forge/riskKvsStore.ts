import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { riskEntityValue, RISK_ENTITY_NAME, type RiskEntityValue } from '../domain/risk';
import { RiskAuditEventSchema, RiskSchema, type RiskAuditEvent, type RiskId } from '../domain/schemas/risk';
import { type RiskFilters, type RiskRegisterSettings, type RiskStore } from '../ports/riskStore';
import { committed } from './kvsConflict';
import { kvsClassificationStore } from './kvsClassificationStore';

/**
 * The risk register in Forge custom entities (manifest.yml `app.storage.entities`): `risk` (indexed for every
 * filter of the page), `risk-audit-event` (append-only history) and `risk-counter` (the id counter).
 * KVS conditions apply to custom entities only, which is why the counter is one.
 */

const AUDIT_ENTITY = 'risk-audit-event';
const COUNTER_ENTITY = 'risk-counter';
const COUNTER_KEY = 'risk-counter';
const SETTINGS_KEY = 'settings:risk-register';
// A command appends at most a few events; 100 slots per version keep `seq` ordered and unique.
const EVENTS_PER_VERSION = 100;

interface AuditEntity {
  riskId: string;
  seq: number;
  event: unknown;
}

interface CounterEntity {
  value: number;
}

const riskKey = (id: RiskId) => `risk:${id}`;
const auditKey = (id: RiskId, seq: number) => `risk-audit:${id}:${String(seq).padStart(12, '0')}`;

/** One index per filter, the most selective first; the other filters narrow that index's pages. */
const FILTER_INDEXES = [
  ['owner', 'by-owner'],
  ['residualClass', 'by-residual-class'],
  ['category', 'by-category'],
  ['status', 'by-status'],
] as const satisfies readonly (readonly [keyof RiskFilters, string])[];


const riskOf = (value: RiskEntityValue) => RiskSchema.parse(value.risk);

export const riskKvsStore: RiskStore = {
  async get(id) {
    const stored = await kvs.entity<RiskEntityValue>(RISK_ENTITY_NAME).get(riskKey(id));
    return stored === undefined ? null : riskOf(stored);
  },

  async list(filters, cursor, limit) {
    const given = FILTER_INDEXES.filter(([attribute]) => filters[attribute] !== undefined);
    const [first, ...rest] = given;
    const entity = kvs.entity<RiskEntityValue>(RISK_ENTITY_NAME).query();
    let query =
      first === undefined
        ? entity.index('by-number').where(WhereConditions.greaterThan(0))
        : entity.index(first[1], { partition: [filters[first[0]] as string] }).where(WhereConditions.greaterThanEqualTo(''));
    const [second, ...others] = rest;
    if (second !== undefined) {
      // Further filters narrow the index's pages (a page may then hold fewer than `limit` risks, never a scan).
      let filter = new Filter<RiskEntityValue>().and(second[0], FilterConditions.equalTo(filters[second[0]] as string));
      for (const [attribute] of others) filter = filter.and(attribute, FilterConditions.equalTo(filters[attribute] as string));
      query = query.filters(filter);
    }
    query = query.sort(Sort.ASC).limit(limit);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    return { risks: page.results.map((result) => riskOf(result.value)), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  },

  async write(risk, events) {
    // Compare-and-set through the history: the first event of each version is created only if absent, so of two
    // writes of the same version exactly one commits, and the risk with its events commits together or not at all.
    let transaction = kvs.transact().set(riskKey(risk.id), riskEntityValue(risk), { entityName: RISK_ENTITY_NAME });
    events.forEach((event, index) => {
      const seq = risk.version * EVENTS_PER_VERSION + index;
      transaction = transaction.set<AuditEntity>(
        auditKey(risk.id, seq),
        { riskId: risk.id, seq, event },
        { entityName: AUDIT_ENTITY, ...(index === 0 ? { conditions: new Filter<AuditEntity>().and('seq', FilterConditions.notExists()) } : {}) },
      );
    });
    return committed(() =>
      transaction.execute(),
    );
  },

  async history(id, limit) {
    const page = await kvs
      .entity<AuditEntity>(AUDIT_ENTITY)
      .query()
      .index('by-risk', { partition: [id] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.DESC)
      .limit(Math.min(limit, 100))
      .getMany();
    return page.results.map((result): RiskAuditEvent => RiskAuditEventSchema.parse(result.value.event));
  },

  async readCounter() {
    const stored = await kvs.entity<CounterEntity>(COUNTER_ENTITY).get(COUNTER_KEY);
    return stored?.value ?? 0;
  },

  async advanceCounter(seen, next) {
    const condition =
      seen === 0
        ? new Filter<CounterEntity>().and('value', FilterConditions.notExists())
        : new Filter<CounterEntity>().and('value', FilterConditions.equalTo(seen));
    return committed(() =>
      kvs.transact().set<CounterEntity>(COUNTER_KEY, { value: next }, { entityName: COUNTER_ENTITY, conditions: condition }).execute(),
    );
  },

  async settings(): Promise<RiskRegisterSettings> {
    const stored = (await kvs.get(SETTINGS_KEY)) as Partial<RiskRegisterSettings> | undefined;
    const groups = stored?.editorGroups;
    if (Array.isArray(groups) && groups.every((group) => typeof group === 'string')) return { editorGroups: groups };
    // Unless editors are set apart, the ISMS lead group of the admin page keeps the register, as it keeps the SoA.
    return { editorGroups: [(await kvsClassificationStore.settings.get()).ismsLeadGroup] };
  },
};
