import { checkEntityValue, compileEntityDefinitions, schemaFor, type EntityDefinition, type EntitySchema } from './entities';
import { queryEntityIndex, type EntityQueryRequest } from './entityQuery';
import { invalidInput, keyAlreadyExists, KvsError } from './errors';
import { queryKeys, type KeyQueryRequest, type QueryPage } from './keyQuery';
import { checkKey, checkValue, MAX_BATCH_ITEMS } from './limits';
import { isLive, presentRecord, ttlMillis, type MetadataField, type PresentedRecord, type StoredRecord, type TtlUnit } from './records';
import { parseSnapshot, type KvsSnapshot } from './snapshot';
import { spaceOf, type StorageSpace } from './space';
import { planTransaction, type TransactionRequest } from './transaction';

export interface KvsStoreOptions {
  /** The manifest's `app.storage.entities`. */
  entities?: readonly EntityDefinition[];
  /** Epoch milliseconds; drives metadata and TTL expiry. */
  now?: () => number;
}
export interface Ttl {
  value: number;
  unit: TtlUnit;
}
export interface SetOptions {
  ttl?: Ttl;
  keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  returnValue?: 'PREVIOUS' | 'LATEST';
  returnMetadataFields?: MetadataField[];
}
export interface BatchItem {
  key: string;
  entityName?: string;
}
export interface BatchFailure extends BatchItem {
  error: { code: string; message: string };
}
export interface BatchResult<T extends BatchItem = BatchItem> {
  successfulKeys: T[];
  failedKeys: BatchFailure[];
}

/**
 * The in-memory Forge storage. Every method is synchronous, so each request the wire hands over is
 * atomic with respect to every other: that is what makes transactions and conditional writes all-or-nothing.
 * Failures are thrown as `KvsError` and become the platform's `{ code, message }` responses in wire.ts.
 */
export class KvsStore {
  private readonly kv = new Map<string, StoredRecord>();
  private readonly secrets = new Map<string, StoredRecord>();
  private readonly entityRecords = new Map<string, Map<string, StoredRecord>>();
  private readonly schemas: Map<string, EntitySchema>;
  private readonly now: () => number;

  constructor(options: KvsStoreOptions = {}) {
    this.schemas = compileEntityDefinitions(options.entities ?? []);
    this.now = options.now ?? Date.now;
  }

  get(space: StorageSpace, key: string, metadataFields?: MetadataField[]): PresentedRecord | undefined {
    const record = this.recordsOf(space).get(key);
    return isLive(record, this.now()) ? presentRecord(key, record, metadataFields) : undefined;
  }

  /** Answers only when `returnValue` asks (PREVIOUS of a new key answers nothing, as the platform's 204). */
  set(space: StorageSpace, key: string, value: unknown, options: SetOptions = {}): PresentedRecord | undefined {
    this.checkWrite(space, key, value, options.ttl);
    const previous = this.recordsOf(space).get(key);
    const live = isLive(previous, this.now()) ? previous : undefined;
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && live) throw keyAlreadyExists(key);
    const written = this.write(space, key, value, options.ttl);
    if (options.returnValue === 'LATEST') return presentRecord(key, written, options.returnMetadataFields);
    if (options.returnValue === 'PREVIOUS' && live) return presentRecord(key, live, options.returnMetadataFields);
    return undefined;
  }

  delete(space: StorageSpace, key: string): void {
    this.checkAddress(space, key);
    this.recordsOf(space).delete(key);
  }

  query(request: KeyQueryRequest): QueryPage {
    return queryKeys(this.kv, request, this.now());
  }

  queryEntity(request: EntityQueryRequest): QueryPage {
    const schema = schemaFor(this.schemas, request.entityName);
    return queryEntityIndex(schema, this.entityRecords.get(schema.name) ?? new Map(), request, this.now());
  }

  batchSet(items: Array<BatchItem & { value: unknown; options?: { ttl?: Ttl } }>): BatchResult {
    checkBatch(items);
    return collectBatch(items, (item) => {
      this.set(spaceOf(item.entityName), item.key, item.value, item.options);
      return itemAddress(item);
    });
  }

  batchGet(items: Array<BatchItem & { options?: { metadataFields?: MetadataField[] } }>): BatchResult<BatchItem & PresentedRecord> {
    checkBatch(items);
    return collectBatch(items, (item) => {
      const found = this.get(spaceOf(item.entityName), item.key, item.options?.metadataFields);
      if (!found) throw new KvsError(404, 'KEY_NOT_FOUND', `Key '${item.key}' does not exist`);
      return { ...found, ...itemAddress(item) };
    });
  }

  batchDelete(items: BatchItem[]): BatchResult {
    checkBatch(items);
    return collectBatch(items, (item) => {
      this.delete(spaceOf(item.entityName), item.key);
      return itemAddress(item);
    });
  }

  transact(request: TransactionRequest): void {
    const mutations = planTransaction(request, {
      checkWrite: (space, key, value, ttl) => this.checkWrite(space, key, value, ttl),
      checkAddress: (space, key) => this.checkAddress(space, key),
      currentValue: (space, key) => this.get(space, key)?.value,
    });
    for (const mutation of mutations) {
      if (mutation.kind === 'set') this.write(mutation.space, mutation.key, mutation.value, mutation.ttl);
      else this.recordsOf(mutation.space).delete(mutation.key);
    }
  }

  /** Live records only: expired ones would read as absent anyway. */
  snapshot(): KvsSnapshot {
    const now = this.now();
    const live = (records: Map<string, StoredRecord>) => [...records].filter(([, record]) => isLive(record, now));
    return {
      version: 1,
      kv: live(this.kv),
      secrets: live(this.secrets),
      entities: [...this.entityRecords].map(([name, records]) => [name, live(records)]),
    };
  }

  /** Data of entities no longer declared is kept (as the platform keeps it) but unreachable until redeclared. */
  static fromSnapshot(snapshot: unknown, options: KvsStoreOptions = {}): KvsStore {
    const parsed = parseSnapshot(snapshot);
    const store = new KvsStore(options);
    for (const [key, record] of parsed.kv) store.kv.set(key, record);
    for (const [key, record] of parsed.secrets) store.secrets.set(key, record);
    for (const [name, records] of parsed.entities) store.entityRecords.set(name, new Map(records));
    return store;
  }

  private recordsOf(space: StorageSpace): Map<string, StoredRecord> {
    if (space.kind === 'kv') return this.kv;
    if (space.kind === 'secret') return this.secrets;
    const schema = schemaFor(this.schemas, space.entityName);
    let records = this.entityRecords.get(schema.name);
    if (!records) {
      records = new Map();
      this.entityRecords.set(schema.name, records);
    }
    return records;
  }

  private checkAddress(space: StorageSpace, key: string): void {
    if (space.kind === 'entity') schemaFor(this.schemas, space.entityName);
    checkKey(key, space.kind === 'entity' ? 'entity' : 'kv');
  }

  private checkWrite(space: StorageSpace, key: string, value: unknown, ttl: Ttl | undefined): void {
    this.checkAddress(space, key);
    if (value === undefined) throw invalidInput('BAD_REQUEST', `No value given for key '${key}'`);
    checkValue(value);
    if (space.kind === 'entity') checkEntityValue(schemaFor(this.schemas, space.entityName), value);
    if (ttl && !(Number.isInteger(ttl.value) && ttl.value > 0)) {
      throw invalidInput('BAD_REQUEST', `TTL value must be a positive integer; got ${ttl.value}`);
    }
  }

  private write(space: StorageSpace, key: string, value: unknown, ttl: Ttl | undefined): StoredRecord {
    const records = this.recordsOf(space);
    const now = this.now();
    const previous = records.get(key);
    const record: StoredRecord = {
      value: structuredClone(value),
      createdAt: isLive(previous, now) ? previous.createdAt : now,
      updatedAt: now,
      ...(ttl ? { expiresAt: now + ttlMillis(ttl) } : {}),
    };
    records.set(key, record);
    return record;
  }
}

/** Batches: 1–25 distinct keys, or the whole batch fails; after that each item succeeds or fails alone. */
function checkBatch(items: BatchItem[]): void {
  // The platform does not publish codes for these batch-level failures: workbench names.
  if (items.length === 0) throw invalidInput('EMPTY_BATCH', 'A batch needs at least one key');
  if (items.length > MAX_BATCH_ITEMS) throw invalidInput('BATCH_LIMIT_EXCEEDED', `A batch can hold at most ${MAX_BATCH_ITEMS} keys`);
  const addresses = new Set(items.map((item) => JSON.stringify([item.entityName ?? null, item.key])));
  if (addresses.size !== items.length) throw invalidInput('DUPLICATE_BATCH_KEY', 'A batch cannot name the same key twice');
}

function collectBatch<I extends BatchItem, T extends BatchItem>(items: I[], run: (item: I) => T): BatchResult<T> {
  const result: BatchResult<T> = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    try {
      result.successfulKeys.push(run(item));
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      result.failedKeys.push({ ...itemAddress(item), error: { code: error.code, message: error.message } });
    }
  }
  return result;
}

function itemAddress(item: BatchItem): BatchItem {
  return item.entityName === undefined ? { key: item.key } : { key: item.key, entityName: item.entityName };
}
