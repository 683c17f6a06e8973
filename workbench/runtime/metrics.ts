/** Counts the bench harness reads: invocations per kind and function, REST and storage calls per operation. */

export type InvocationKind = 'resolver' | 'trigger' | 'consumer' | 'workflowValidator' | 'jqlFunction';

export interface RuntimeMetrics {
  invocations: Record<InvocationKind, number>;
  invocationsByFunction: Record<string, number>;
  restCalls: { total: number; asUser: number; asApp: number; byOperation: Record<string, number> };
  kvsCalls: { total: number; byPath: Record<string, number> };
  queuePushes: { requests: number; events: number };
}

export function emptyMetrics(): RuntimeMetrics {
  return {
    invocations: { resolver: 0, trigger: 0, consumer: 0, workflowValidator: 0, jqlFunction: 0 },
    invocationsByFunction: {},
    restCalls: { total: 0, asUser: 0, asApp: 0, byOperation: {} },
    kvsCalls: { total: 0, byPath: {} },
    queuePushes: { requests: 0, events: 0 },
  };
}

export function increment(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}
