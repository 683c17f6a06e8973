import { ForgeKvsAPIError, kvs } from '@forge/kvs';

/** A conditional write or transaction that lost: Forge storage answers 409 when a condition does not hold. */
export function isKvsConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && error.responseDetails.status === 409;
}

function isKeyTaken(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'KEY_ALREADY_EXISTS' || error.responseDetails.status === 409);
}

/** Create-if-absent: the platform refuses the write when the key exists, so exactly one writer wins. */
export async function createIfAbsent(key: string, value: unknown): Promise<boolean> {
  try {
    await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    return true;
  } catch (error) {
    if (isKeyTaken(error)) return false;
    throw error;
  }
}

/** Runs a conditional write or transaction: false when it lost to a concurrent one, so the caller can re-read. */
export async function committed(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (isKvsConflict(error)) return false;
    throw error;
  }
}
