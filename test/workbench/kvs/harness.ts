import type { EntityDefinition } from '../../../workbench/kvs/entities';
import { KvsStore } from '../../../workbench/kvs/store';
import { installKvsFetch } from '../../../workbench/kvs/testGlobals';

export interface Risk {
  title: string;
  status: string;
  score: number;
  owner: string;
  tags?: string[];
}
export interface Counter {
  count: number;
  version: number;
}

/** Shaped like the manifest's app.storage.entities. */
export const ENTITIES: EntityDefinition[] = [
  {
    name: 'risk',
    attributes: {
      title: { type: 'string' },
      status: { type: 'string' },
      score: { type: 'integer' },
      owner: { type: 'string' },
      tags: { type: 'any' },
    },
    indexes: [{ name: 'by-status', partition: ['status'], range: ['score'] }, 'owner'],
  },
  { name: 'counter', attributes: { count: { type: 'integer' }, version: { type: 'integer' } } },
];

export const START = Date.UTC(2025, 0, 1);

/** A store behind the real `@forge/kvs` client, with a clock the test can move. */
export function useKvsStore(): { store: () => KvsStore; clock: { now: number } } {
  const clock = { now: START };
  let store: KvsStore;
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    clock.now = START;
    store = new KvsStore({ entities: ENTITIES, now: () => clock.now });
    uninstall = installKvsFetch(store);
  });
  afterEach(() => uninstall());
  return { store: () => store, clock };
}
