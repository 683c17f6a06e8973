import { isDeepStrictEqual } from 'node:util';
import {
  checkCondition,
  checkConditionGroup,
  compareScalars,
  matchesCondition,
  matchesGroup,
  RANGE_CONDITIONS,
  type Condition,
  type ConditionGroup,
} from './conditions';
import { decodeCursor, encodeCursor } from './cursor';
import type { EntityIndex, EntitySchema } from './entities';
import { invalidInput } from './errors';
import type { QueryPage } from './keyQuery';
import { pageSize } from './limits';
import { isLive, presentRecord, type MetadataField, type StoredRecord } from './records';

/** Body of POST /api/v1/entity/query (`kvs.entity(x).query().index(...)...getMany()`). */
export interface EntityQueryRequest {
  entityName: string;
  indexName: string;
  partition?: unknown[];
  range?: Condition;
  filters?: ConditionGroup;
  sort?: 'ASC' | 'DESC';
  limit?: number;
  cursor?: string;
  metadataFields?: MetadataField[];
}

interface IndexEntry {
  key: string;
  rangeValue: unknown;
  record: StoredRecord;
}

/**
 * An index holds the entities that have its range attribute and whose partition attributes equal the
 * requested partition; it is ordered by range value, then key, so paging is stable under equal ranges.
 */
export function queryEntityIndex(
  schema: EntitySchema,
  records: ReadonlyMap<string, StoredRecord>,
  request: EntityQueryRequest,
  now: number,
): QueryPage {
  const index = schema.indexes.get(request.indexName);
  if (!index) throw invalidInput('INVALID_ENTITY_INDEX', `Entity '${schema.name}' has no index '${request.indexName}'`);
  const partition = checkPartition(index, request.partition);
  if (request.range) {
    if (!RANGE_CONDITIONS.includes(request.range.condition)) {
      throw invalidInput('INVALID_FILTER_CONDITION', `${request.range.condition} cannot be used as an index range condition`);
    }
    checkCondition(request.range);
  }
  if (request.filters) checkConditionGroup(request.filters);
  const limit = pageSize(request.limit, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  const direction = request.sort === 'DESC' ? -1 : 1;
  const { cursor: _cursor, limit: _limit, metadataFields: _fields, ...shape } = request;
  const fingerprint = JSON.stringify(shape);

  const entries: IndexEntry[] = [];
  for (const [key, record] of records) {
    if (!isLive(record, now)) continue;
    const value = record.value as Record<string, unknown>;
    const rangeValue = value[index.range];
    if (rangeValue === undefined) continue;
    if (!index.partition.every((attribute, i) => isDeepStrictEqual(value[attribute], partition[i]))) continue;
    if (request.range && !matchesCondition(rangeValue, request.range)) continue;
    if (request.filters && !matchesGroup(value, request.filters)) continue;
    entries.push({ key, rangeValue, record });
  }
  const order = (a: { rangeValue: unknown; key: string }, b: { rangeValue: unknown; key: string }) =>
    direction * (compareScalars(a.rangeValue, b.rangeValue) || compareScalars(a.key, b.key));
  entries.sort(order);

  let remaining = entries;
  if (request.cursor !== undefined) {
    const [rangeValue, key] = decodeCursor(request.cursor, fingerprint);
    const position = { rangeValue, key: String(key) };
    remaining = entries.filter((entry) => order(entry, position) > 0);
  }
  const page = remaining.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((entry) => presentRecord(entry.key, entry.record, request.metadataFields)),
    ...(remaining.length > limit && last
      ? { cursor: encodeCursor({ query: fingerprint, after: [last.rangeValue, last.key] }) }
      : {}),
  };
}

function checkPartition(index: EntityIndex, partition: unknown[] | undefined): unknown[] {
  const given = partition ?? [];
  if (given.length !== index.partition.length) {
    // Undocumented code: the platform rejects a partition that does not fit the index.
    throw invalidInput(
      'INVALID_PARTITION',
      `Index '${index.name}' is partitioned by [${index.partition.join(', ')}]; the query gave ${given.length} partition value(s)`,
    );
  }
  return given;
}
