import { z } from 'zod';
import { invalidInput, keyNotFound, KvsError } from './errors';
import type { StorageSpace } from './space';
import { KV, SECRETS } from './space';
import type { MetadataField } from './records';
import type { KvsStore, SetOptions } from './store';
import * as wire from './wireSchemas';

/**
 * `@forge/kvs` calls `global.__forge_fetch__(target, path, init)` and reads a fetch `Response`. It passes
 * `{ type: 'kvs', provider: 'app', remote: 'kvs' }`, or just `{ type: 'kvs' }` when `__forge_runtime__.kvs`
 * has `url` and `host`; `type === 'kvs'` is what identifies a storage call either way.
 */
export function isKvsFetchTarget(target: unknown): boolean {
  return typeof target === 'object' && target !== null && (target as { type?: unknown }).type === 'kvs';
}

export interface KvsRequestInit {
  method?: string;
  body?: unknown;
  headers?: unknown;
}

type Endpoint = (store: KvsStore, body: unknown) => Response;

function read<T extends { key: string; options?: { metadataFields?: MetadataField[] } }>(
  schema: z.ZodType<T>,
  spaceOf: (request: T) => StorageSpace,
): Endpoint {
  return (store, body) => {
    const request = parse(schema, body);
    const found = store.get(spaceOf(request), request.key, request.options?.metadataFields);
    if (!found) throw keyNotFound(request.key);
    return json(200, found);
  };
}

function write<T extends { key: string; value?: unknown; options?: SetOptions }>(
  schema: z.ZodType<T>,
  spaceOf: (request: T) => StorageSpace,
): Endpoint {
  return (store, body) => {
    const request = parse(schema, body);
    const returned = store.set(spaceOf(request), request.key, request.value, request.options);
    return returned ? json(200, returned) : empty();
  };
}

function remove<T extends { key: string }>(schema: z.ZodType<T>, spaceOf: (request: T) => StorageSpace): Endpoint {
  return (store, body) => {
    const request = parse(schema, body);
    store.delete(spaceOf(request), request.key);
    return empty();
  };
}

const kvSpace = () => KV;
const secretSpace = () => SECRETS;
const entitySpace = (request: { entityName: string }): StorageSpace => ({ kind: 'entity', entityName: request.entityName });

const ENDPOINTS: Record<string, Endpoint> = {
  '/api/v1/get': read(wire.GetBody, kvSpace),
  '/api/v1/set': write(wire.SetBody, kvSpace),
  '/api/v1/delete': remove(wire.DeleteBody, kvSpace),
  '/api/v1/secret/get': read(wire.GetBody, secretSpace),
  '/api/v1/secret/set': write(wire.SetBody, secretSpace),
  '/api/v1/secret/delete': remove(wire.DeleteBody, secretSpace),
  '/api/v1/entity/get': read(wire.EntityGetBody, entitySpace),
  '/api/v1/entity/set': write(wire.EntitySetBody, entitySpace),
  '/api/v1/entity/delete': remove(wire.EntityDeleteBody, entitySpace),
  '/api/v1/query': (store, body) => {
    const { options, ...request } = parse(wire.QueryBody, body);
    return json(200, store.query({ ...request, ...(options?.metadataFields ? { metadataFields: options.metadataFields } : {}) }));
  },
  '/api/v1/entity/query': (store, body) => {
    const { options, ...request } = parse(wire.EntityQueryBody, body);
    return json(200, store.queryEntity({ ...request, ...(options?.metadataFields ? { metadataFields: options.metadataFields } : {}) }));
  },
  '/api/v1/batch/set': (store, body) => json(200, store.batchSet(parse(wire.BatchSetBody, body))),
  '/api/v1/batch/get': (store, body) => json(200, store.batchGet(parse(wire.BatchGetBody, body))),
  '/api/v1/batch/delete': (store, body) => json(200, store.batchDelete(parse(wire.BatchDeleteBody, body))),
  '/api/v1/transaction': (store, body) => {
    store.transact(parse(wire.TransactionBody, body));
    return empty();
  },
};

/**
 * Answers one storage call the way the platform does: 200 with JSON, 204 with no body, or a non-2xx
 * `{ code, message }` that the SDK raises as `ForgeKvsAPIError`. Unknown paths fail loudly, naming the path.
 */
export async function handleKvsRequest(store: KvsStore, path: string, init: KvsRequestInit = {}): Promise<Response> {
  const endpoint = Object.hasOwn(ENDPOINTS, path) ? ENDPOINTS[path] : undefined;
  if (!endpoint) {
    return errorResponse(new KvsError(404, 'UNKNOWN_ENDPOINT', `The workbench KVS has no endpoint '${path}' (@forge/kvs drift?)`));
  }
  if ((init.method ?? 'GET').toUpperCase() !== 'POST') {
    return errorResponse(new KvsError(405, 'METHOD_NOT_ALLOWED', `${path} takes POST; got ${init.method ?? 'GET'}`));
  }
  try {
    return endpoint(store, parseBody(init.body));
  } catch (error) {
    if (error instanceof KvsError) return errorResponse(error);
    return errorResponse(new KvsError(500, 'INTERNAL_SERVER_ERROR', `Workbench KVS failed on ${path}: ${String(error)}`));
  }
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') throw invalidInput('BAD_REQUEST', 'The request body must be a JSON string');
  try {
    return JSON.parse(body);
  } catch {
    throw invalidInput('BAD_REQUEST', 'The request body is not valid JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidInput('BAD_REQUEST', `Provided request body is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const TRACE_HEADERS = { 'x-trace-id': 'workbench-kvs' };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...TRACE_HEADERS } });
}

function empty(): Response {
  return new Response(null, { status: 204, headers: TRACE_HEADERS });
}

function errorResponse(error: KvsError): Response {
  return new Response(JSON.stringify({ code: error.code, message: error.message }), {
    status: error.status,
    statusText: STATUS_TEXT[error.status] ?? 'Error',
    headers: { 'content-type': 'application/json', ...TRACE_HEADERS },
  });
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  500: 'Internal Server Error',
};
