/** What the store keeps per key. Times are epoch milliseconds from the store's clock. */
export interface StoredRecord {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
}

export type MetadataField = 'CREATED_AT' | 'UPDATED_AT' | 'EXPIRE_TIME';
export type TtlUnit = 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS';

const MILLIS_PER_UNIT: Record<TtlUnit, number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

export function ttlMillis(ttl: { value: number; unit: TtlUnit }): number {
  return ttl.value * MILLIS_PER_UNIT[ttl.unit];
}

/** Expired records read as absent; the platform deletes them lazily too, so no sweeper is needed. */
export function isLive(record: StoredRecord | undefined, now: number): record is StoredRecord {
  return record !== undefined && (record.expiresAt === undefined || record.expiresAt > now);
}

/** The response item shape: key, value, and only the metadata asked for (query results reach the app as-is). */
export interface PresentedRecord {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

export function presentRecord(key: string, record: StoredRecord, fields: readonly MetadataField[] = []): PresentedRecord {
  const presented: PresentedRecord = { key, value: record.value };
  // The SDK's own fixtures carry createdAt/updatedAt as epoch seconds and expireTime as ISO-8601.
  if (fields.includes('CREATED_AT')) presented.createdAt = Math.floor(record.createdAt / 1000);
  if (fields.includes('UPDATED_AT')) presented.updatedAt = Math.floor(record.updatedAt / 1000);
  if (fields.includes('EXPIRE_TIME') && record.expiresAt !== undefined) presented.expireTime = new Date(record.expiresAt).toISOString();
  return presented;
}
