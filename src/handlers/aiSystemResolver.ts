import Resolver from '@forge/resolver';
import { aiSystemPorts } from '../forge/aiSystemPorts';
import { CreateAiSystemInput, createAiSystem } from '../services/aiSystems/createAiSystem';
import { EditAiSystemInput, editAiSystem } from '../services/aiSystems/editAiSystem';
import { GetAiSystemInput, getAiSystem } from '../services/aiSystems/getAiSystem';
import { ListAiSystemsInput, listAiSystems } from '../services/aiSystems/listAiSystems';
import { callerCallDefiner } from './shared/defineCallerCall';

const SIGN_IN = 'Sign in to see the AI system register.';

// Parse → caller from `context.accountId` → one service call; the services authorize writes.
const resolver = new Resolver();
const define = callerCallDefiner(resolver, SIGN_IN);

define('listAiSystems', ListAiSystemsInput, 'Loading the AI system register', (caller, input) => listAiSystems(aiSystemPorts(), caller, input));
define('getAiSystem', GetAiSystemInput, 'Loading the AI system', (caller, input) => getAiSystem(aiSystemPorts(), caller, input));
define('createAiSystem', CreateAiSystemInput, 'Adding the AI system', (caller, input) => createAiSystem(aiSystemPorts(), caller, input));
define('editAiSystem', EditAiSystemInput, 'Saving the AI system', (caller, input) => editAiSystem(aiSystemPorts(), caller, input));

export const aiSystemResolver = resolver.getDefinitions();
