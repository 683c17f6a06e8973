/**
 * A failure the platform reports as a non-2xx response with body `{ code, message }`: the shape
 * `@forge/kvs` turns into a `ForgeKvsAPIError` (see its `utils/error-handling.js`).
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

/** Codes the platform documents (storage-reference/handling-errors-kvs and -customentities). */
export const invalidInput = (code: string, message: string): KvsError => new KvsError(400, code, message);

/** The SDK maps exactly this code on a 404 to `undefined` (storage-api.js `handleKeyNotFound`). */
export const keyNotFound = (key: string): KvsError => new KvsError(404, 'KEY_NOT_FOUND', `Provided key does not exist: '${key}'`);

/*
 * Atlassian publishes no code for these outcomes, so the workbench names them; apps should branch on the
 * HTTP status (409 = lost a race or a condition, retry or report) rather than on these strings.
 */
export const keyAlreadyExists = (key: string): KvsError =>
  new KvsError(409, 'KEY_ALREADY_EXISTS', `Key '${key}' already exists and keyPolicy is FAIL_IF_EXISTS`);
export const conditionFailed = (message: string): KvsError => new KvsError(409, 'CONDITION_FAILED', message);
