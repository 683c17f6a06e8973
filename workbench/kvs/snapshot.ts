import { z } from 'zod';
import type { StoredRecord } from './records';

/**
 * The persisted form of the store. Entries are `[key, record]` pairs rather than objects keyed by the
 * storage key, because keys are app data and may be any allowed string, `__proto__` included.
 */
export interface KvsSnapshot {
  version: 1;
  kv: Array<[string, StoredRecord]>;
  secrets: Array<[string, StoredRecord]>;
  entities: Array<[string, Array<[string, StoredRecord]>]>;
}

const StoredRecordSchema = z.object({
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number().optional(),
});
const EntriesSchema = z.array(z.tuple([z.string(), StoredRecordSchema]));
const SnapshotSchema = z.object({
  version: z.literal(1),
  kv: EntriesSchema,
  secrets: EntriesSchema,
  entities: z.array(z.tuple([z.string(), EntriesSchema])),
});

export function parseSnapshot(input: unknown): KvsSnapshot {
  const parsed = SnapshotSchema.safeParse(input);
  if (!parsed.success) throw new Error(`Not a workbench KVS snapshot: ${z.prettifyError(parsed.error)}`);
  return parsed.data as KvsSnapshot;
}
