import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { START, useKvsStore } from './harness';

describe('workbench KVS: key-value pairs through @forge/kvs', () => {
  const { clock } = useKvsStore();

  it('stores, reads back and deletes a JSON value', async () => {
    await kvs.set('config:site', { cabGroup: 'cab-members', threshold: 12 });
    expect(await kvs.get('config:site')).toEqual({ cabGroup: 'cab-members', threshold: 12 });

    await kvs.delete('config:site');
    expect(await kvs.get('config:site')).toBeUndefined();
  });

  it('reads a missing key as undefined and deletes it without error', async () => {
    expect(await kvs.get('never-written')).toBeUndefined();
    await expect(kvs.delete('never-written')).resolves.toBeUndefined();
  });

  it('reports creation and update times in seconds and keeps the creation time on overwrite', async () => {
    await kvs.set('doc', 1);
    clock.now += 5_000;
    await kvs.set('doc', 2);
    const read = await kvs.get('doc', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(read).toEqual({ key: 'doc', value: 2, createdAt: START / 1000, updatedAt: START / 1000 + 5 });
  });

  it('expires a value after its TTL and reports the expiry time', async () => {
    await kvs.set('session', 'x', { ttl: { value: 2, unit: 'MINUTES' } });
    const read = await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(read?.expireTime).toBe('2025-01-01T00:02:00.000Z');

    clock.now += 120_000;
    expect(await kvs.get('session')).toBeUndefined();
  });

  it('refuses to overwrite with keyPolicy FAIL_IF_EXISTS and leaves the old value', async () => {
    await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({
      code: 'KEY_ALREADY_EXISTS',
      responseDetails: expect.objectContaining({ status: 409 }),
    });
    expect(await kvs.get('lock')).toBe('first');
  });

  it('returns the previous value when asked, and nothing for a new key', async () => {
    const options = { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' } as const;
    expect(await kvs.set('k', 'one', options)).toBeUndefined();
    expect(await kvs.set('k', 'two', options)).toEqual({ key: 'k', value: 'one' });
    expect(await kvs.set('k', 'three', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'k', value: 'three' });
  });

  it('lists keys by prefix in key order, page by page with cursors', async () => {
    for (const id of [5, 1, 4, 2, 3]) await kvs.set(`audit:${id}`, { id });
    await kvs.set('other:1', {});

    const first = await kvs.query().where('key', WhereConditions.beginsWith('audit:')).limit(2).getMany();
    expect(first.results.map((r) => r.key)).toEqual(['audit:1', 'audit:2']);
    const second = await kvs.query().where('key', WhereConditions.beginsWith('audit:')).limit(2).cursor(first.nextCursor!).getMany();
    expect(second.results.map((r) => r.key)).toEqual(['audit:3', 'audit:4']);
    const last = await kvs.query().where('key', WhereConditions.beginsWith('audit:')).limit(2).cursor(second.nextCursor!).getMany();
    expect(last).toEqual({ results: [{ key: 'audit:5', value: { id: 5 } }], nextCursor: undefined });
  });

  it('refuses a cursor issued for a different query', async () => {
    for (const id of [1, 2, 3]) await kvs.set(`a:${id}`, id);
    const page = await kvs.query().where('key', WhereConditions.beginsWith('a:')).limit(1).getMany();
    await expect(kvs.query().where('key', WhereConditions.beginsWith('b:')).cursor(page.nextCursor!).getMany()).rejects.toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('keeps secrets in their own namespace, invisible to get and query', async () => {
    await kvs.setSecret('api-token', 's3cret');
    expect(await kvs.getSecret('api-token')).toBe('s3cret');
    expect(await kvs.get('api-token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);

    await kvs.deleteSecret('api-token');
    expect(await kvs.getSecret('api-token')).toBeUndefined();
  });

  it('reports each batch item on its own: good keys succeed, a bad key fails alone', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'b1', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'r1', value: { title: 'T', status: 'open', score: 1, owner: 'u' }, entityName: 'risk' },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'b1' }, { key: 'r1', entityName: 'risk' }]);
    expect(result.failedKeys).toEqual([{ key: 'bad/key', error: expect.objectContaining({ code: 'INVALID_KEY' }) }]);

    const read = await kvs.batchGet([{ key: 'b1' }, { key: 'missing' }, { key: 'r1', entityName: 'risk' }]);
    expect(read.successfulKeys.map((item) => item.key)).toEqual(['b1', 'r1']);
    expect(read.failedKeys).toEqual([{ key: 'missing', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }]);

    await kvs.batchDelete([{ key: 'b1' }, { key: 'r1', entityName: 'risk' }]);
    expect(await kvs.get('b1')).toBeUndefined();
    expect(await kvs.entity('risk').get('r1')).toBeUndefined();
  });
});
