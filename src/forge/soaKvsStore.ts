import { randomUUID } from 'node:crypto';
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { clauseIdParts } from '../domain/catalog';
import { SoaAuditEventSchema, SoaEntrySchema, type SoaAuditEvent, type SoaEntry } from '../domain/schemas/soa';
import { buildInitialSoa, type SoaSnapshotHeader } from '../domain/soa';
import type { SoaSnapshotStore } from '../services/soa/snapshotStore';
import { soaStatusKeyOf, type SoaStore } from '../ports/soaStore';
import { isKvsConflict } from './kvsConflict';

/**
 * SoA entries and their audit trail in Forge custom entities (manifest.yml `app.storage.entities`). KVS conditions
 * apply to custom entities only, which is why an entry is one: its write carries "version is still N".
 */

const ENTRY_ENTITY = 'soa-entry';
const AUDIT_ENTITY = 'soa-audit-event';
// Plain key: set once every initial entry is stored; before that, each read completes the initialisation.
const INITIALISED_KEY = 'soa:initialised';
// KVS transactions take at most 25 operations.
const TRANSACTION_LIMIT = 25;
const PAGE_SIZE = 100;
// The whole SoA's trail shares one partition, ordered by time.
const SOA_LOG = 'soa';

interface EntryEntity {
  controlId: string;
  standard: string;
  status: string;
  /** Catalog position, so index queries answer in the order auditors read Annex A. */
  position: number;
  version: number;
  entry: unknown;
}

interface AuditEntity {
  controlId: string;
  log: string;
  at: number;
  event: unknown;
}

const entryKey = (controlId: string) => `soa:${controlId}`;
const auditKey = (controlId: string, version: number) => `soa-audit:${controlId}:${String(version).padStart(8, '0')}`;

const positions = new Map(buildInitialSoa().map((entry, index) => [entry.controlId, index]));

function entityOf(entry: SoaEntry): EntryEntity {
  return {
    controlId: entry.controlId,
    standard: clauseIdParts(entry.controlId).standard,
    status: soaStatusKeyOf(entry),
    position: positions.get(entry.controlId) ?? positions.size,
    version: entry.version,
    entry,
  };
}

const absent = () => new Filter<EntryEntity>().and('version', FilterConditions.notExists());

/** Creates the entries of one batch that are still absent; answers how many this call created. */
async function createAbsent(batch: readonly SoaEntry[]): Promise<number> {
  let transaction = kvs.transact();
  for (const entry of batch) transaction = transaction.set(entryKey(entry.controlId), entityOf(entry), { entityName: ENTRY_ENTITY, conditions: absent() });
  try {
    await transaction.execute();
    return batch.length;
  } catch (error) {
    if (!isKvsConflict(error)) throw error;
  }
  // Another invocation stored some of them first: add the rest one by one, each still only if absent.
  let created = 0;
  for (const entry of batch) {
    try {
      await kvs.transact().set(entryKey(entry.controlId), entityOf(entry), { entityName: ENTRY_ENTITY, conditions: absent() }).execute();
      created += 1;
    } catch (error) {
      if (!isKvsConflict(error)) throw error;
    }
  }
  return created;
}

export const kvsSoaStore: SoaStore = {
  async isInitialised() {
    return (await kvs.get(INITIALISED_KEY)) === true;
  },

  async initialise(entries) {
    let created = 0;
    for (let start = 0; start < entries.length; start += TRANSACTION_LIMIT) created += await createAbsent(entries.slice(start, start + TRANSACTION_LIMIT));
    await kvs.set(INITIALISED_KEY, true);
    return created;
  },

  async list(standard, status) {
    const entries: SoaEntry[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs
        .entity<EntryEntity>(ENTRY_ENTITY)
        .query()
        .index(status === undefined ? 'by-standard' : 'by-status', { partition: status === undefined ? [standard] : [standard, status] })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.ASC)
        .limit(PAGE_SIZE);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      entries.push(...page.results.map((result) => SoaEntrySchema.parse(result.value.entry)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return entries;
  },

  async read(controlId) {
    const stored = await kvs.entity<EntryEntity>(ENTRY_ENTITY).get(entryKey(controlId));
    return stored === undefined ? null : SoaEntrySchema.parse(stored.entry);
  },

  async write(entry, expectedVersion, events) {
    // The entry and its events commit together: an event is never written for an edit that lost.
    let transaction = kvs.transact().set(entryKey(entry.controlId), entityOf(entry), {
      entityName: ENTRY_ENTITY,
      conditions: new Filter<EntryEntity>().and('version', FilterConditions.equalTo(expectedVersion)),
    });
    for (const event of events) {
      const audit: AuditEntity = { controlId: entry.controlId, log: SOA_LOG, at: Date.parse(event.at), event };
      transaction = transaction.set(auditKey(entry.controlId, event.entryVersion), audit, { entityName: AUDIT_ENTITY });
    }
    try {
      await transaction.execute();
      return true;
    } catch (error) {
      if (isKvsConflict(error)) return false;
      throw error;
    }
  },

  async history(controlId, limit) {
    const page = await kvs
      .entity<AuditEntity>(AUDIT_ENTITY)
      .query()
      .index(controlId === null ? 'by-time' : 'by-control', { partition: [controlId ?? SOA_LOG] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.DESC)
      .limit(Math.min(limit, PAGE_SIZE))
      .getMany();
    return page.results.map((result) => SoaAuditEventSchema.parse(result.value.event) as SoaAuditEvent);
  },
};

const SNAPSHOT_ENTITY = 'soa-snapshot';
// A KVS value holds at most 240 KiB; 25 entries with full justifications stay well under it.
const SNAPSHOT_PART_SIZE = 25;

interface SnapshotEntity {
  log: string;
  version: number;
  header: unknown;
  partsId: string;
  parts: number;
}

const snapshotKey = (version: number) => `soa-snapshot:${String(version).padStart(8, '0')}`;
const snapshotPartKey = (partsId: string, index: number) => `soa-snapshot-part:${partsId}:${index}`;

/**
 * Approved versions. The parts go first under a fresh id, then the header is created only if the version is
 * still absent: the header is the commit, and a losing approval's parts are never referenced.
 */
export const kvsSoaSnapshotStore: SoaSnapshotStore = {
  async latestVersion() {
    const page = await kvs.entity<SnapshotEntity>(SNAPSHOT_ENTITY).query().index('by-version', { partition: [SOA_LOG] }).where(WhereConditions.greaterThanEqualTo(0)).sort(Sort.DESC).limit(1).getMany();
    return page.results[0]?.value.version ?? 0;
  },

  async create({ entries, ...header }) {
    const partsId = randomUUID();
    const parts = Math.max(1, Math.ceil(entries.length / SNAPSHOT_PART_SIZE));
    for (let index = 0; index < parts; index += 1) {
      await kvs.set(snapshotPartKey(partsId, index), entries.slice(index * SNAPSHOT_PART_SIZE, (index + 1) * SNAPSHOT_PART_SIZE));
    }
    const entity: SnapshotEntity = { log: SOA_LOG, version: header.version, header, partsId, parts };
    try {
      await kvs.transact().set(snapshotKey(header.version), entity, { entityName: SNAPSHOT_ENTITY, conditions: new Filter<SnapshotEntity>().and('version', FilterConditions.notExists()) }).execute();
      return true;
    } catch (error) {
      if (!isKvsConflict(error)) throw error;
      for (let index = 0; index < parts; index += 1) await kvs.delete(snapshotPartKey(partsId, index));
      return false;
    }
  },

  async read(version) {
    const stored = await kvs.entity<SnapshotEntity>(SNAPSHOT_ENTITY).get(snapshotKey(version));
    if (stored === undefined) return null;
    const parts = await Promise.all(Array.from({ length: stored.parts }, (_, index) => kvs.get<unknown[]>(snapshotPartKey(stored.partsId, index))));
    const entries = parts.flatMap((part) => (part ?? []).map((entry) => SoaEntrySchema.parse(entry)));
    return { ...(stored.header as SoaSnapshotHeader), entries };
  },

  async list(limit) {
    const page = await kvs.entity<SnapshotEntity>(SNAPSHOT_ENTITY).query().index('by-version', { partition: [SOA_LOG] }).where(WhereConditions.greaterThanEqualTo(0)).sort(Sort.DESC).limit(Math.min(limit, PAGE_SIZE)).getMany();
    return page.results.map((result) => result.value.header as SoaSnapshotHeader);
  },
};
