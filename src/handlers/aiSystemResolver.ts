import Resolver from '@forge/resolver';
import { z } from 'zod';
import { aiSystemPorts } from '../forge/aiSystemPorts';
import { CreateAiSystemInput, createAiSystem } from '../services/aiSystems/createAiSystem';
import { EditAiSystemInput, editAiSystem } from '../services/aiSystems/editAiSystem';
import { GetAiSystemInput, getAiSystem } from '../services/aiSystems/getAiSystem';
import { ListAiSystemsInput, listAiSystems } from '../services/aiSystems/listAiSystems';
import type { RegisterResult } from '../services/soa/registerResult';
import { failureOf } from './classificationErrors';
import { fail, parsePayload } from './shared/result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });
const SIGN_IN = 'Sign in to see the AI system register.';

async function answer<T>(what: string, work: () => Promise<RegisterResult<T>>) {
  try {
    return await work();
  } catch (error) {
    return failureOf(error, what);
  }
}

/** Parse → caller from `context.accountId` → one service call; the services authorize writes. */
function define<S extends z.ZodType, T>(name: string, schema: S, what: string, run: (caller: { accountId: string }, input: z.output<S>) => Promise<RegisterResult<T>>) {
  resolver.define(name, ({ payload, context }) => {
    const caller = CallContext.safeParse(context);
    if (!caller.success) return fail('FORBIDDEN', SIGN_IN);
    const input = parsePayload(schema, payload);
    if (!input.ok) return input;
    return answer(what, () => run({ accountId: caller.data.accountId }, input.value as z.output<S>));
  });
}

const resolver = new Resolver();

define('listAiSystems', ListAiSystemsInput, 'Loading the AI system register', (caller, input) => listAiSystems(aiSystemPorts(), caller, input));
define('getAiSystem', GetAiSystemInput, 'Loading the AI system', (caller, input) => getAiSystem(aiSystemPorts(), caller, input));
define('createAiSystem', CreateAiSystemInput, 'Adding the AI system', (caller, input) => createAiSystem(aiSystemPorts(), caller, input));
define('editAiSystem', EditAiSystemInput, 'Saving the AI system', (caller, input) => editAiSystem(aiSystemPorts(), caller, input));

export const aiSystemResolver = resolver.getDefinitions();
