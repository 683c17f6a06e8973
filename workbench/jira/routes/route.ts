import type { SimContext } from '../context';
import { badRequest } from '../http';
import type { SimResponse } from '../types';

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** One REST operation; `template` is the path exactly as the OpenAPI spec writes it, so contract checks can find it. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  template: string;
  handle(ctx: SimContext, req: RouteRequest): SimResponse | Promise<SimResponse>;
}

/** A list parameter given repeated (`?fields=a&fields=b`) or comma-separated (`?fields=a,b`). */
export function queryList(query: URLSearchParams, name: string): string[] | undefined {
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

export function queryInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`The value '${raw}' is invalid for the ${name} parameter.`);
  return n;
}

export function bodyRecord(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

export function stringList(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw badRequest(`${name} must be a list of strings.`);
  return value as string[];
}

/** A `startAt`/`maxResults` page of the classic paginated beans (PageBean*). */
export function page<T>(items: T[], startAt: number, maxResults: number): { values: T[]; startAt: number; maxResults: number; total: number; isLast: boolean } {
  const values = items.slice(startAt, startAt + maxResults);
  return { values, startAt, maxResults, total: items.length, isLast: startAt + values.length >= items.length };
}
