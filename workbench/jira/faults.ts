import { json } from './http';
import type { SimResponse } from './types';

/**
 * A failure to inject before a request is handled. `pathPattern` is a RegExp tested on the path without its query
 * string, or a string equal to it (a trailing `*` makes it a prefix). `times` limits how often it fires.
 */
export interface FaultRule {
  method?: string;
  pathPattern: string | RegExp;
  status: 429 | 500 | 503;
  retryAfterSeconds?: number;
  times?: number;
  latencyMs?: number;
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

const MESSAGES: Record<FaultRule['status'], string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error.',
  503: 'Service unavailable.',
};

export class FaultKnobs {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault response for this request, if a rule fires (after its latency), else null. */
  async apply(method: string, path: string): Promise<SimResponse | null> {
    const bare = path.split('?')[0]!;
    const entry = this.rules.find(
      ({ rule, remaining }) =>
        remaining > 0 && (!rule.method || rule.method.toUpperCase() === method.toUpperCase()) && pathMatches(rule.pathPattern, bare),
    );
    if (!entry) return null;
    entry.remaining -= 1;
    const { rule } = entry;
    if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
    const headers: Record<string, string> = rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) };
    return json(rule.status, { errorMessages: [MESSAGES[rule.status]], errors: {} }, headers);
  }
}
