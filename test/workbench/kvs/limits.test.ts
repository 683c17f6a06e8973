import { kvs, WhereConditions } from '@forge/kvs';
import { MAX_VALUE_BYTES } from '../../../workbench/kvs/limits';
import { useKvsStore } from './harness';

/** A string value whose JSON encoding is exactly `bytes` long (two bytes go to the quotes). */
const valueOfBytes = (bytes: number) => 'x'.repeat(bytes - 2);

describe('workbench KVS: platform limits surface as SDK errors', () => {
  useKvsStore();

  it('accepts a value of exactly 240 KiB and rejects one byte more', async () => {
    await kvs.set('big', valueOfBytes(MAX_VALUE_BYTES));
    await expect(kvs.set('bigger', valueOfBytes(MAX_VALUE_BYTES + 1))).rejects.toMatchObject({
      name: 'ForgeKvsError',
      code: 'MAX_SIZE',
      responseDetails: expect.objectContaining({ status: 400, httpPath: '/api/v1/set' }),
    });
    expect(await kvs.get('bigger')).toBeUndefined();
  });

  it('rejects values nested deeper than 32 levels', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 33; i += 1) deep = { deep };
    await expect(kvs.set('deep', deep)).rejects.toMatchObject({ code: 'MAX_DEPTH' });
  });

  it('accepts a 500-character key and rejects 501', async () => {
    await kvs.set('k'.repeat(500), 1);
    await expect(kvs.set('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
  });

  it('rejects keys outside the documented character set, empty keys and blank keys', async () => {
    await kvs.set('risk:ISO27001_A.5.24 #1-b', 1);
    await expect(kvs.set('risk/1', 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.set('   ', 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.set('', 1)).rejects.toMatchObject({ code: 'KEY_TOO_SHORT' });
    await expect(kvs.entity('risk').set('', {})).rejects.toMatchObject({ code: 'EMPTY_KEY' });
  });

  it('rejects query pages above 100 for key-value and entity queries', async () => {
    await expect(kvs.query().limit(101).getMany()).rejects.toMatchObject({ code: 'LIST_QUERY_LIMIT_EXCEEDED' });
    await expect(kvs.entity('risk').query().index('owner').limit(101).getMany()).rejects.toMatchObject({
      code: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    });
    await expect(kvs.query().where('key', WhereConditions.beginsWith('a')).limit(100).getMany()).resolves.toEqual({ results: [], nextCursor: undefined });
  });

  it('returns at most 10 results when no limit is given', async () => {
    for (let i = 0; i < 12; i += 1) await kvs.set(`item:${String(i).padStart(2, '0')}`, i);
    const page = await kvs.query().getMany();
    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('rejects batches of more than 25 keys as a whole', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `b${i}`, value: i }));
    await expect(kvs.batchSet(items)).rejects.toMatchObject({ code: 'BATCH_LIMIT_EXCEEDED' });
    expect(await kvs.get('b0')).toBeUndefined();
  });
});
