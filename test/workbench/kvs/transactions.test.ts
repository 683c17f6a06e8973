import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { useKvsStore, type Counter } from './harness';

const counters = kvs.entity<Counter>('counter');
const versionIs = (version: number) => new Filter<Counter>().and('version', FilterConditions.equalTo(version));

/** Optimistic increment: read, then write only if nobody else bumped the version meanwhile. */
async function increment(key: string): Promise<number> {
  for (let conflicts = 0; ; conflicts += 1) {
    const current = (await counters.get(key)) ?? { count: 0, version: 0 };
    try {
      await kvs
        .transact()
        .set(key, { count: current.count + 1, version: current.version + 1 }, { entityName: 'counter', conditions: versionIs(current.version) })
        .execute();
      return conflicts;
    } catch (error) {
      if (!(error instanceof ForgeKvsAPIError && error.responseDetails.status === 409)) throw error;
    }
  }
}

describe('workbench KVS: transactions through @forge/kvs', () => {
  useKvsStore();

  beforeEach(async () => {
    await counters.set('hits', { count: 0, version: 0 });
  });

  it('applies every operation of a successful transaction', async () => {
    await kvs.set('doomed', true);
    await counters.set('gate', { count: 0, version: 3 });
    await kvs
      .transact()
      .set('plain', 'value')
      .delete('doomed')
      .set('hits', { count: 1, version: 1 }, { entityName: 'counter', conditions: versionIs(0) })
      .check('gate', { entityName: 'counter', conditions: versionIs(3) })
      .execute();
    expect(await kvs.get('plain')).toBe('value');
    expect(await kvs.get('doomed')).toBeUndefined();
    expect(await counters.get('hits')).toEqual({ count: 1, version: 1 });
  });

  it('changes nothing when one condition fails', async () => {
    await kvs.set('doomed', true);
    const attempt = kvs
      .transact()
      .set('plain', 'value')
      .delete('doomed')
      .set('hits', { count: 9, version: 9 }, { entityName: 'counter', conditions: versionIs(7) })
      .execute();
    await expect(attempt).rejects.toMatchObject({ code: 'CONDITION_FAILED', responseDetails: expect.objectContaining({ status: 409 }) });
    expect(await kvs.get('plain')).toBeUndefined();
    expect(await kvs.get('doomed')).toBe(true);
    expect(await counters.get('hits')).toEqual({ count: 0, version: 0 });
  });

  it('fails a check on an entity that does not exist', async () => {
    await expect(kvs.transact().set('x', 1).check('ghost', { entityName: 'counter', conditions: versionIs(0) }).execute()).rejects.toMatchObject({
      code: 'CONDITION_FAILED',
    });
    expect(await kvs.get('x')).toBeUndefined();
  });

  it('lets a notExists condition guard the creation of an entity', async () => {
    const createOnce = () =>
      kvs
        .transact()
        .set('fresh', { count: 1, version: 1 }, { entityName: 'counter', conditions: new Filter<Counter>().and('version', FilterConditions.notExists()) })
        .execute();
    await createOnce();
    await expect(createOnce()).rejects.toMatchObject({ code: 'CONDITION_FAILED' });
  });

  it('changes nothing when one value breaks a limit', async () => {
    await expect(kvs.transact().set('ok', 1).set('x'.repeat(501), 2).execute()).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
    expect(await kvs.get('ok')).toBeUndefined();
  });

  it('loses no increment when twenty run concurrently', async () => {
    const conflicts = await Promise.all(Array.from({ length: 20 }, () => increment('hits')));
    expect(await counters.get('hits')).toEqual({ count: 20, version: 20 });
    expect(conflicts.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });

  it('refuses more than 25 operations and the same key twice', async () => {
    const big = kvs.transact();
    for (let i = 0; i < 26; i += 1) big.set(`k${i}`, i);
    await expect(big.execute()).rejects.toMatchObject({ code: 'TRANSACTION_LIMIT_EXCEEDED' });
    expect(await kvs.get('k0')).toBeUndefined();

    await expect(kvs.transact().set('same', 1).delete('same').execute()).rejects.toMatchObject({ code: 'DUPLICATE_TRANSACTION_KEY' });
  });

  it('accepts exactly 25 operations', async () => {
    const full = kvs.transact();
    for (let i = 0; i < 25; i += 1) full.set(`k${i}`, i);
    await full.execute();
    expect(await kvs.get('k24')).toBe(24);
  });
});
