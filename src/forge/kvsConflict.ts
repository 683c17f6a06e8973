import { ForgeKvsAPIError } from '@forge/kvs';

/** A conditional write or transaction that lost: Forge storage answers 409 when a condition does not hold. */
export function isKvsConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && error.responseDetails.status === 409;
}
