import { checkCondition, compareScalars, matchesCondition, type AttributeCondition } from './conditions';
import { decodeCursor, encodeCursor } from './cursor';
import { invalidInput } from './errors';
import { pageSize } from './limits';
import { isLive, presentRecord, type MetadataField, type PresentedRecord, type StoredRecord } from './records';

/** Body of POST /api/v1/query (`kvs.query()...getMany()`). */
export interface KeyQueryRequest {
  limit?: number;
  after?: string;
  where?: AttributeCondition[];
  metadataFields?: MetadataField[];
}
export interface QueryPage {
  data: PresentedRecord[];
  cursor?: string;
}

/** Key-value queries: at most one `where`, on `key`, with `BEGINS_WITH` only (handling-errors-kvs). */
export function queryKeys(records: ReadonlyMap<string, StoredRecord>, request: KeyQueryRequest, now: number): QueryPage {
  const where = request.where ?? [];
  if (where.length > 1) throw invalidInput('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause');
  const [condition] = where;
  if (condition) {
    if (condition.property !== 'key') throw invalidInput('QUERY_WHERE_FIELD_INVALID', `Cannot filter on '${condition.property}'; only 'key'`);
    if (condition.condition !== 'BEGINS_WITH') {
      throw invalidInput('INVALID_FILTER_CONDITION', `${condition.condition} is not supported; KVS queries support BEGINS_WITH`);
    }
    checkCondition(condition);
  }
  const limit = pageSize(request.limit, 'LIST_QUERY_LIMIT_EXCEEDED');
  const fingerprint = JSON.stringify(where);
  const startAfter = request.after === undefined ? undefined : decodeCursor(request.after, fingerprint)[0];

  const keys = [...records.entries()]
    .filter(([key, record]) => isLive(record, now) && (!condition || matchesCondition(key, condition)))
    .filter(([key]) => startAfter === undefined || compareScalars(key, startAfter) > 0)
    .sort(([a], [b]) => compareScalars(a, b));

  const page = keys.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map(([key, record]) => presentRecord(key, record, request.metadataFields)),
    ...(keys.length > limit && last ? { cursor: encodeCursor({ query: fingerprint, after: [last[0]] }) } : {}),
  };
}
