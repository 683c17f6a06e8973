/** The platform limits the runtime enforces (DESIGN.md §4). Tests shorten the time limits. */
export interface RuntimeLimits {
  /** Resolvers, triggers, workflow validators and JQL functions: 25 s. */
  functionTimeoutMs: number;
  /** Queue consumers without `timeoutSeconds` on their function: 55 s. */
  consumerTimeoutMs: number;
  /** Ceiling for a consumer function's `timeoutSeconds`: 900 s. */
  consumerMaxTimeoutMs: number;
  /** Invoke payload into a resolver: 500 KB. */
  invokePayloadMaxBytes: number;
  /** What a resolver may return: 5 MB. */
  invokeResponseMaxBytes: number;
  /** One `Queue.push`: at most 50 events and 200 KB. */
  pushMaxEvents: number;
  pushMaxBytes: number;
  /**
   * Deliveries after the first before an event is dropped. The platform keeps retrying within a 24 h
   * retention window with backoff; a local bench wants a bound instead.
   */
  consumerMaxRetries: number;
}

export const PLATFORM_LIMITS: RuntimeLimits = {
  functionTimeoutMs: 25_000,
  consumerTimeoutMs: 55_000,
  consumerMaxTimeoutMs: 900_000,
  invokePayloadMaxBytes: 500 * 1024,
  invokeResponseMaxBytes: 5 * 1024 * 1024,
  pushMaxEvents: 50,
  pushMaxBytes: 200 * 1024,
  consumerMaxRetries: 4,
};

/** Size of a value as JSON on the wire, which is what the platform measures. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}
