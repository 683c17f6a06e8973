import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { failureOf } from '../classificationErrors';
import { fail, parsePayload, type HandlerResult } from './result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });

/**
 * Registers a resolver call the house way: parse the payload → the caller from `context.accountId` (never from
 * the payload) → one service call; unexpected errors become a plain message naming what was being done.
 */
export function callerCallDefiner(resolver: Resolver, signInMessage: string) {
  return function define<S extends z.ZodType, T>(
    name: string,
    schema: S,
    what: string,
    run: (caller: { accountId: string }, input: z.output<S>) => Promise<HandlerResult<T>>,
  ): void {
    resolver.define(name, async ({ payload, context }) => {
      const caller = CallContext.safeParse(context);
      if (!caller.success) return fail('FORBIDDEN', signInMessage);
      const input = parsePayload(schema, payload);
      if (!input.ok) return input;
      try {
        return await run({ accountId: caller.data.accountId }, input.value as z.output<S>);
      } catch (error) {
        return failureOf(error, what);
      }
    });
  };
}
