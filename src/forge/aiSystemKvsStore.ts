import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { AiSystemSchema, type AiSystem } from '../domain/aiSystems';
import type { AiSystemAuditEvent, AiSystemStore } from '../ports/aiSystemStore';
import { committed, isKvsConflict } from './kvsConflict';

/**
 * The AI system register in Forge custom entities (manifest.yml `app.storage.entities`). KVS has no increment,
 * so the `AIS-<n>` counter is an entity written with "value is still N": of two concurrent takers one wins and
 * the other reads again.
 */

const SYSTEM_ENTITY = 'ai-system';
const AUDIT_ENTITY = 'ai-system-audit-event';
const COUNTER_ENTITY = 'ai-system-counter';
const COUNTER_KEY = 'ai-system-counter';
const PAGE_SIZE = 100;
// Every round of takers has a winner; 25 rounds cover a register being filled by a whole team at once.
const MAX_COUNTER_ATTEMPTS = 25;

interface SystemEntity {
  id: string;
  number: number;
  owner: string;
  lifecycleStage: string;
  version: number;
  system: unknown;
}

interface AuditEntity {
  systemId: string;
  version: number;
  event: unknown;
}

interface CounterEntity {
  value: number;
}

const systemKey = (id: string) => `ai-system:${id}`;
const auditKey = (id: string, version: number) => `ai-system-audit:${id}:${String(version).padStart(8, '0')}`;

const entityOf = (system: AiSystem): SystemEntity => ({
  id: system.id,
  number: Number(system.id.slice('AIS-'.length)),
  owner: system.owner,
  lifecycleStage: system.lifecycleStage,
  version: system.version,
  system,
});

/** `expectedVersion` null: only if no system has the id yet. */
async function writeWithEvent(system: AiSystem, expectedVersion: number | null, event: AiSystemAuditEvent): Promise<boolean> {
  const condition = new Filter<SystemEntity>().and('version', expectedVersion === null ? FilterConditions.notExists() : FilterConditions.equalTo(expectedVersion));
  return committed(() =>
    kvs
      .transact()
      .set(systemKey(system.id), entityOf(system), { entityName: SYSTEM_ENTITY, conditions: condition })
      .set<AuditEntity>(auditKey(system.id, event.version), { systemId: system.id, version: event.version, event }, { entityName: AUDIT_ENTITY })
      .execute(),
  );
}

export const kvsAiSystemStore: AiSystemStore = {
  async takeNextNumber() {
    for (let attempt = 0; attempt < MAX_COUNTER_ATTEMPTS; attempt += 1) {
      const current = await kvs.entity<CounterEntity>(COUNTER_ENTITY).get(COUNTER_KEY);
      const next = (current?.value ?? 0) + 1;
      const condition = current === undefined ? new Filter<CounterEntity>().and('value', FilterConditions.notExists()) : new Filter<CounterEntity>().and('value', FilterConditions.equalTo(current.value));
      try {
        await kvs.transact().set<CounterEntity>(COUNTER_KEY, { value: next }, { entityName: COUNTER_ENTITY, conditions: condition }).execute();
        return next;
      } catch (error) {
        if (!isKvsConflict(error)) throw error;
      }
    }
    throw new Error('The AI system counter is contended: too many systems are being added at once');
  },

  create(system, event) {
    return writeWithEvent(system, null, event);
  },

  async read(id) {
    const stored = await kvs.entity<SystemEntity>(SYSTEM_ENTITY).get(systemKey(id));
    return stored === undefined ? null : AiSystemSchema.parse(stored.system);
  },

  write(system, expectedVersion, event) {
    return writeWithEvent(system, expectedVersion, event);
  },

  async list(query) {
    // One index per filter users pick; both at once reads the owner's systems and keeps the stage in memory.
    const index =
      query.owner !== undefined
        ? { name: 'by-owner', partition: [query.owner] }
        : query.lifecycleStage !== undefined
          ? { name: 'by-stage', partition: [query.lifecycleStage] }
          : { name: 'by-number', partition: [] };
    const systems: AiSystem[] = [];
    let cursor: string | undefined;
    do {
      const builder = kvs
        .entity<SystemEntity>(SYSTEM_ENTITY)
        .query()
        .index(index.name, index.partition.length === 0 ? undefined : { partition: index.partition })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.ASC)
        .limit(PAGE_SIZE);
      const page = await (cursor === undefined ? builder : builder.cursor(cursor)).getMany();
      systems.push(...page.results.map((result) => AiSystemSchema.parse(result.value.system)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return query.lifecycleStage === undefined ? systems : systems.filter((system) => system.lifecycleStage === query.lifecycleStage);
  },

  async history(id, limit) {
    const page = await kvs
      .entity<AuditEntity>(AUDIT_ENTITY)
      .query()
      .index('by-system', { partition: [id] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.DESC)
      .limit(Math.min(limit, PAGE_SIZE))
      .getMany();
    return page.results.map((result) => result.value.event as AiSystemAuditEvent);
  },
};
