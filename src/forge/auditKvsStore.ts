import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { AuditSchema, auditNumberOf, type Audit } from '../domain/audit/auditPlan';
import { NO_PROCESS_OWNERS, ProcessOwnersSchema } from '../domain/audit/processOwners';
import { ProgrammeSchema } from '../domain/audit/programme';
import { ProgrammeEventSchema, type ProgrammeEvent } from '../domain/audit/programmeEvents';
import type { AuditStore } from '../ports/auditStore';
import { committed } from './kvsConflict';

/**
 * The audit programme in two Forge custom entities (manifest.yml `app.storage.entities`; an app may declare 20,
 * so the programme uses as few as it can): `audit`, one per audit, indexed by number and status; and
 * `audit-programme`, which holds the singletons (programme header, process owners, the AUD-<n> counter) and the
 * append-only trail. KVS conditions apply to custom entities only, which is why the singletons live in one.
 */

const AUDIT_ENTITY = 'audit';
const PROGRAMME_ENTITY = 'audit-programme';
const PROGRAMME_KEY = 'audit-programme:programme';
const OWNERS_KEY = 'audit-programme:process-owners';
// KVS has no increment: the counter is a record whose `version` is the highest number handed out.
const COUNTER_KEY = 'audit-programme:counter';
const PAGE_SIZE = 100;

interface AuditEntity {
  id: string;
  number: number;
  status: string;
  version: number;
  audit: unknown;
}

/** A singleton carries `version` and `record`; an event carries `subject`, `at` and `record` (so only events are indexed). */
interface ProgrammeEntity {
  version?: number;
  record?: unknown;
  subject?: string;
  at?: number;
}

const auditKey = (id: string) => `audit:${id}`;
const eventKey = (event: ProgrammeEvent) => `audit-programme-event:${event.subject}:${String(event.version).padStart(8, '0')}`;

const versionCondition = <T extends { version?: number }>(expectedVersion: number) =>
  expectedVersion === 0 ? new Filter<T>().and('version', FilterConditions.notExists()) : new Filter<T>().and('version', FilterConditions.equalTo(expectedVersion));

const eventEntity = (event: ProgrammeEvent): ProgrammeEntity => ({ subject: event.subject, at: Date.parse(event.at), record: event });


/** A singleton and its event, written only where the singleton still has `expectedVersion`. */
function saveSingleton(key: string, version: number, record: unknown, expectedVersion: number, event: ProgrammeEvent): Promise<boolean> {
  return committed(() =>
    kvs
      .transact()
      .set<ProgrammeEntity>(key, { version, record }, { entityName: PROGRAMME_ENTITY, conditions: versionCondition<ProgrammeEntity>(expectedVersion) })
      .set<ProgrammeEntity>(eventKey(event), eventEntity(event), { entityName: PROGRAMME_ENTITY })
      .execute(),
  );
}

export const auditKvsStore: AuditStore = {
  async getProgramme() {
    const stored = await kvs.entity<ProgrammeEntity>(PROGRAMME_ENTITY).get(PROGRAMME_KEY);
    return stored === undefined ? null : ProgrammeSchema.parse(stored.record);
  },

  saveProgramme(programme, expectedVersion, event) {
    return saveSingleton(PROGRAMME_KEY, programme.version, programme, expectedVersion, event);
  },

  async get(id) {
    const stored = await kvs.entity<AuditEntity>(AUDIT_ENTITY).get(auditKey(id));
    return stored === undefined ? null : AuditSchema.parse(stored.audit);
  },

  async list() {
    const audits: Audit[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs.entity<AuditEntity>(AUDIT_ENTITY).query().index('by-number').where(WhereConditions.greaterThan(0)).sort(Sort.ASC).limit(PAGE_SIZE);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      audits.push(...page.results.map((result) => AuditSchema.parse(result.value.audit)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return audits;
  },

  write(audit, expectedVersion, event) {
    const entity: AuditEntity = { id: audit.id, number: auditNumberOf(audit.id), status: audit.status, version: audit.version, audit };
    return committed(() =>
      kvs
        .transact()
        .set<AuditEntity>(auditKey(audit.id), entity, { entityName: AUDIT_ENTITY, conditions: versionCondition<AuditEntity>(expectedVersion) })
        .set<ProgrammeEntity>(eventKey(event), eventEntity(event), { entityName: PROGRAMME_ENTITY })
        .execute(),
    );
  },

  async readCounter() {
    return (await kvs.entity<ProgrammeEntity>(PROGRAMME_ENTITY).get(COUNTER_KEY))?.version ?? 0;
  },

  advanceCounter(seen, next) {
    return committed(() => kvs.transact().set<ProgrammeEntity>(COUNTER_KEY, { version: next }, { entityName: PROGRAMME_ENTITY, conditions: versionCondition<ProgrammeEntity>(seen) }).execute());
  },

  async getProcessOwners() {
    const stored = await kvs.entity<ProgrammeEntity>(PROGRAMME_ENTITY).get(OWNERS_KEY);
    return stored === undefined ? NO_PROCESS_OWNERS : ProcessOwnersSchema.parse(stored.record);
  },

  saveProcessOwners(owners, expectedVersion, event) {
    return saveSingleton(OWNERS_KEY, owners.version, owners, expectedVersion, event);
  },

  async history(subject, limit) {
    const entity = kvs.entity<ProgrammeEntity>(PROGRAMME_ENTITY).query();
    const query = subject === null ? entity.index('by-time') : entity.index('by-subject', { partition: [subject] });
    const page = await query.where(WhereConditions.greaterThanEqualTo(0)).sort(Sort.DESC).limit(Math.min(limit, PAGE_SIZE)).getMany();
    return page.results.map((result) => ProgrammeEventSchema.parse(result.value.record));
  },
};
