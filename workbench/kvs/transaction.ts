import { checkConditionGroup, matchesGroup, type ConditionGroup } from './conditions';
import { conditionFailed, invalidInput } from './errors';
import { MAX_TRANSACTION_OPERATIONS } from './limits';
import type { TtlUnit } from './records';
import { spaceOf, type StorageSpace } from './space';

/** Body of POST /api/v1/transaction (transaction-request-builder.js). */
export interface TransactionRequest {
  set?: Array<{ key: string; value: unknown; entityName?: string; conditions?: ConditionGroup; options?: { ttl?: { value: number; unit: TtlUnit } } }>;
  delete?: Array<{ key: string; entityName?: string; conditions?: ConditionGroup }>;
  check?: Array<{ key: string; entityName?: string; conditions: ConditionGroup }>;
}

export type Mutation =
  | { kind: 'set'; space: StorageSpace; key: string; value: unknown; ttl?: { value: number; unit: TtlUnit } }
  | { kind: 'delete'; space: StorageSpace; key: string };

/** What a transaction needs from the store: validation and a read of the current value. */
export interface TransactionAccess {
  checkWrite(space: StorageSpace, key: string, value: unknown, ttl?: { value: number; unit: TtlUnit }): void;
  checkAddress(space: StorageSpace, key: string): void;
  currentValue(space: StorageSpace, key: string): unknown;
}

/**
 * Validates every operation and evaluates every condition before anything is written, so the store can
 * apply the returned mutations all together or, on any error, not at all.
 */
export function planTransaction(request: TransactionRequest, access: TransactionAccess): Mutation[] {
  const operations = [
    ...(request.set ?? []).map((op) => ({ ...op, kind: 'set' as const })),
    ...(request.delete ?? []).map((op) => ({ ...op, kind: 'delete' as const })),
    ...(request.check ?? []).map((op) => ({ ...op, kind: 'check' as const })),
  ];
  // The platform's codes for these are not published: workbench names.
  if (operations.length === 0) throw invalidInput('EMPTY_TRANSACTION', 'A transaction needs at least one operation');
  if (operations.length > MAX_TRANSACTION_OPERATIONS) {
    throw invalidInput(
      'TRANSACTION_LIMIT_EXCEEDED',
      `A transaction can contain at most ${MAX_TRANSACTION_OPERATIONS} operations; got ${operations.length}`,
    );
  }
  const seen = new Set<string>();
  for (const op of operations) {
    const address = JSON.stringify([op.entityName ?? null, op.key]);
    if (seen.has(address)) throw invalidInput('DUPLICATE_TRANSACTION_KEY', `Each key can only be used once in a transaction: '${op.key}'`);
    seen.add(address);
    const space = spaceOf(op.entityName);
    if (op.kind === 'set') access.checkWrite(space, op.key, op.value, op.options?.ttl);
    else access.checkAddress(space, op.key);
    if (op.conditions) {
      if (op.entityName === undefined) {
        throw invalidInput('INVALID_TRANSACTION_CONDITION', `Conditions apply to custom entities only (key '${op.key}')`);
      }
      checkConditionGroup(op.conditions);
    }
  }
  for (const op of operations) {
    if (!op.conditions) continue;
    const current = access.currentValue(spaceOf(op.entityName), op.key);
    if (op.kind === 'check' && current === undefined) {
      throw conditionFailed(`Transaction check failed: '${op.key}' of entity '${op.entityName}' does not exist`);
    }
    // An absent entity is checked as an empty one, so `notExists` conditions can guard a create.
    if (!matchesGroup((current ?? {}) as Record<string, unknown>, op.conditions)) {
      throw conditionFailed(`Transaction conditions not met for '${op.key}' of entity '${op.entityName}'`);
    }
  }
  return operations.flatMap((op): Mutation[] => {
    const space = spaceOf(op.entityName);
    if (op.kind === 'set') return [{ kind: 'set', space, key: op.key, value: op.value, ...(op.options?.ttl ? { ttl: op.options.ttl } : {}) }];
    if (op.kind === 'delete') return [{ kind: 'delete', space, key: op.key }];
    return [];
  });
}
