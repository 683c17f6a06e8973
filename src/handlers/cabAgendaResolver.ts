import Resolver from '@forge/resolver';
import { z } from 'zod';
import { userCabPorts } from '../forge/cabPorts';
import { AgendaInput, listAgenda } from '../services/cab/listAgenda';
import { failureOf } from './classificationErrors';
import { fail, parsePayload } from './shared/result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });

const resolver = new Resolver();

/** The CAB agenda page: changes awaiting a decision, searched as the caller. */
resolver.define('listAgenda', async ({ payload, context }) => {
  if (!CallContext.safeParse(context).success) return fail('FORBIDDEN', 'Sign in to see the CAB agenda.');
  const input = parsePayload(AgendaInput, payload);
  if (!input.ok) return input;
  try {
    return await listAgenda(userCabPorts(), input.value);
  } catch (error) {
    return failureOf(error, 'Loading the CAB agenda');
  }
});

export const cabAgendaResolver = resolver.getDefinitions();
