/** Where a key lives: plain key-value pairs, secrets (a separate, unqueryable namespace), or one custom entity. */
export type StorageSpace = { kind: 'kv' } | { kind: 'secret' } | { kind: 'entity'; entityName: string };

export const KV: StorageSpace = { kind: 'kv' };
export const SECRETS: StorageSpace = { kind: 'secret' };

/** Batch and transaction items name their entity with an optional `entityName`; none means key-value. */
export function spaceOf(entityName: string | undefined): StorageSpace {
  return entityName === undefined ? KV : { kind: 'entity', entityName };
}
