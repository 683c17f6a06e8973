import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KVS_FILE_NAME, loadKvsStore, saveKvsStore } from '../../../workbench/kvs/persistence';
import { KV, SECRETS } from '../../../workbench/kvs/space';
import { KvsStore } from '../../../workbench/kvs/store';
import { ENTITIES } from './harness';

describe('workbench KVS: snapshots and the .workbench file', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kvs-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  function populatedStore(now: () => number = () => 1_000): KvsStore {
    const store = new KvsStore({ entities: ENTITIES, now });
    store.set(KV, 'config', { a: 1 });
    store.set(KV, '__proto__', 'a key like any other');
    store.set(SECRETS, 'token', 's3cret');
    store.set({ kind: 'entity', entityName: 'risk' }, 'r1', { title: 'T', status: 'open', score: 3, owner: 'u' });
    return store;
  }

  it('restores every namespace, metadata included, from a snapshot', () => {
    const restored = KvsStore.fromSnapshot(JSON.parse(JSON.stringify(populatedStore().snapshot())), { entities: ENTITIES });
    expect(restored.get(KV, 'config', ['CREATED_AT'])).toEqual({ key: 'config', value: { a: 1 }, createdAt: 1 });
    expect(restored.get(KV, '__proto__')?.value).toBe('a key like any other');
    expect(restored.get(SECRETS, 'token')?.value).toBe('s3cret');
    expect(restored.queryEntity({ entityName: 'risk', indexName: 'by-status', partition: ['open'] }).data.map((r) => r.key)).toEqual(['r1']);
  });

  it('leaves expired values out of the snapshot', () => {
    let now = 0;
    const store = new KvsStore({ now: () => now });
    store.set(KV, 'short', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    now = 1_000;
    expect(store.snapshot().kv).toEqual([]);
  });

  it('saves to kvs.json by writing a temporary file and renaming it, then loads it back', async () => {
    const path = await saveKvsStore(populatedStore(), directory);
    expect(path).toBe(join(directory, KVS_FILE_NAME));
    expect(await readdir(directory)).toEqual([KVS_FILE_NAME]);

    const loaded = await loadKvsStore(directory, { entities: ENTITIES });
    expect(loaded.get(SECRETS, 'token')?.value).toBe('s3cret');
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(1);
  });

  it('starts empty when there is no file, and refuses a file that is not a snapshot', async () => {
    expect((await loadKvsStore(directory)).snapshot()).toEqual({ version: 1, kv: [], secrets: [], entities: [] });
    await writeFile(join(directory, KVS_FILE_NAME), JSON.stringify({ version: 2 }));
    await expect(loadKvsStore(directory)).rejects.toThrow(/Not a workbench KVS snapshot/);
  });

  it('refuses a manifest whose index uses an undeclared attribute', () => {
    expect(() => new KvsStore({ entities: [{ name: 'thing', attributes: {}, indexes: ['missing'] }] })).toThrow(/undeclared attribute 'missing'/);
  });
});
