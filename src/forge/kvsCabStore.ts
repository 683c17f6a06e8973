import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { DEFAULT_CHECKLIST_TEMPLATE } from '../domain/cab';
import { AuditEventSchema, CabRecordSchema, ChecklistTemplateSchema } from '../domain/schemas/cab';
import { CabSettingsSchema, DEFAULT_CAB_SETTINGS } from '../ports/cabSettings';
import type { CurrentUser } from '../ports/cabJira';
import type { CabFieldIds, CabRecords, CabSettingsRepository, CabStore, CabViewerCache, LastEdit, StoredCab } from '../ports/cabStore';
import { committed } from './kvsConflict';

/**
 * CAB records and their audit trail in Forge custom entities (declared in manifest.yml `app.storage.entities`).
 * KVS conditions apply to custom entities only, which is why the record is one: the write carries
 * "version is still N" and the platform refuses it atomically when another invocation wrote first.
 */

const RECORD_ENTITY = 'cab-record';
const AUDIT_ENTITY = 'cab-audit-event';
const SETTINGS_KEY = 'settings:cab';
const FIELD_IDS_KEY = 'settings:cab-field-ids';
const templateKey = (version: number) => `cab-template:${version}`;
const viewerKey = (accountId: string) => `cab-viewer:${accountId}`;
// Long enough to cover a CAB meeting's panel loads, short enough that a group change shows on the next visit.
const VIEWER_TTL_MINUTES = 10;
// A command appends a handful of events; 100 slots per version keep `seq` ordered and unique.
const EVENTS_PER_VERSION = 100;

/** The stored entity: indexable attributes beside the record itself (status for the agenda's index). */
interface RecordEntity {
  issueId: string;
  status: string;
  riskClass?: string;
  version: number;
  record: unknown;
  names: Record<string, string>;
  lastEdits: Record<string, LastEdit>;
}

interface AuditEntity {
  issueId: string;
  seq: number;
  event: unknown;
}

const recordKey = (issueId: string) => `cab:${issueId}`;
const auditKey = (issueId: string, seq: number) => `cab-audit:${issueId}:${String(seq).padStart(10, '0')}`;

const records: CabRecords = {
  async read(issueId) {
    const stored = await kvs.entity<RecordEntity>(RECORD_ENTITY).get(recordKey(issueId));
    if (stored === undefined) return null;
    // A record that no longer parses must not be treated as "no record": that would let the checklist restart.
    const record = CabRecordSchema.parse(stored.record);
    return { record, names: stored.names, lastEdits: stored.lastEdits };
  },

  async write(next: StoredCab, expectedVersion, events) {
    const { record } = next;
    const entity: RecordEntity = {
      issueId: record.issueId,
      status: record.status,
      ...(record.riskClass === null ? {} : { riskClass: record.riskClass }),
      version: record.version,
      record,
      names: next.names,
      lastEdits: next.lastEdits,
    };
    const condition =
      expectedVersion === 0
        ? new Filter<RecordEntity>().and('version', FilterConditions.notExists())
        : new Filter<RecordEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    // The record and its events commit together: an event is never written for a write that lost.
    let transaction = kvs.transact().set(recordKey(record.issueId), entity, { entityName: RECORD_ENTITY, conditions: condition });
    events.forEach((event, index) => {
      const seq = event.recordVersion * EVENTS_PER_VERSION + index;
      transaction = transaction.set<AuditEntity>(auditKey(record.issueId, seq), { issueId: record.issueId, seq, event }, { entityName: AUDIT_ENTITY });
    });
    return committed(() =>
      transaction.execute(),
    );
  },

  async listAudit(issueId, limit) {
    const page = await kvs
      .entity<AuditEntity>(AUDIT_ENTITY)
      .query()
      .index('by-issue', { partition: [issueId] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.DESC)
      .limit(Math.min(limit, 100))
      .getMany();
    return page.results.map((result) => AuditEventSchema.parse(result.value.event));
  },

  async listFullAudit(issueId) {
    const events = [];
    let cursor: string | undefined;
    do {
      // Query pages hold at most 100 values.
      let query = kvs.entity<AuditEntity>(AUDIT_ENTITY).query().index('by-issue', { partition: [issueId] }).where(WhereConditions.greaterThanEqualTo(0)).sort(Sort.ASC).limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      events.push(...page.results.map((result) => AuditEventSchema.parse(result.value.event)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return events;
  },
};

const settings: CabSettingsRepository = {
  async get() {
    const stored = await kvs.get(SETTINGS_KEY);
    if (stored === undefined) return DEFAULT_CAB_SETTINGS;
    const parsed = CabSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    // Fail loudly rather than fall back: the defaults could gate fewer statuses than the admin configured.
    throw new Error(`The stored CAB settings are invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  },
  async save(next) {
    await kvs.set(SETTINGS_KEY, next);
  },
  async getTemplate(version) {
    const stored = await kvs.get(templateKey(version));
    // The built-in template is never stored: a site that never edited it still evaluates its version-1 records.
    if (stored === undefined) return version === DEFAULT_CHECKLIST_TEMPLATE.version ? DEFAULT_CHECKLIST_TEMPLATE : undefined;
    return ChecklistTemplateSchema.parse(stored);
  },
  async saveTemplate(template) {
    await kvs.set(templateKey(template.version), template);
  },
  async getFieldIds() {
    const stored = (await kvs.get(FIELD_IDS_KEY)) as Partial<CabFieldIds> | undefined;
    return typeof stored?.status === 'string' && typeof stored.risk === 'string' ? { status: stored.status, risk: stored.risk } : undefined;
  },
  async setFieldIds(ids) {
    await kvs.set(FIELD_IDS_KEY, ids);
  },
};

const viewers: CabViewerCache = {
  async get(accountId) {
    const cached = (await kvs.get(viewerKey(accountId))) as CurrentUser | undefined;
    return cached?.accountId === accountId && Array.isArray(cached.groups) ? cached : undefined;
  },
  async set(user) {
    await kvs.set(viewerKey(user.accountId), user, { ttl: { value: VIEWER_TTL_MINUTES, unit: 'MINUTES' } });
  },
};

export const kvsCabStore: CabStore = { records, settings, viewers };

