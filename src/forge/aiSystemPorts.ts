import type { AiSystemPorts } from '../services/aiSystems/ports';
import { kvsAiSystemStore } from './aiSystemKvsStore';
import { soaPeopleAsApp } from './soaPeople';

/** Ports for an AI system register resolver call. */
export const aiSystemPorts = (): AiSystemPorts => ({ store: kvsAiSystemStore, people: soaPeopleAsApp(), clock: { now: () => new Date() } });
