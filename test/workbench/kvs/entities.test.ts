import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { useKvsStore, type Risk } from './harness';

const risk = (key: string, status: string, score: number, owner = 'alice'): [string, Risk] => [key, { title: `Risk ${key}`, status, score, owner }];

describe('workbench KVS: custom entities through @forge/kvs', () => {
  useKvsStore();
  const risks = kvs.entity<Risk>('risk');

  beforeEach(async () => {
    for (const [key, value] of [
      risk('r1', 'open', 12),
      risk('r2', 'open', 4),
      risk('r3', 'closed', 20),
      risk('r4', 'open', 9, 'bob'),
      risk('r5', 'open', 15),
      risk('r6', 'open', 9),
    ]) {
      await risks.set(key, value);
    }
  });

  it('stores and reads an entity by key', async () => {
    expect(await risks.get('r3')).toEqual({ title: 'Risk r3', status: 'closed', score: 20, owner: 'alice' });
    await risks.delete('r3');
    expect(await risks.get('r3')).toBeUndefined();
  });

  it('queries one partition of an index in range order, ascending by default', async () => {
    const { results } = await risks.query().index('by-status', { partition: ['open'] }).getMany();
    expect(results.map((r) => r.key)).toEqual(['r2', 'r4', 'r6', 'r1', 'r5']);
  });

  it('applies a range condition and descending sort, paging with cursors until none is left', async () => {
    const query = () => risks.query().index('by-status', { partition: ['open'] }).where(WhereConditions.between(5, 15)).sort(Sort.DESC).limit(2);
    const first = await query().getMany();
    const second = await query().cursor(first.nextCursor!).getMany();
    expect(first.results.map((r) => r.key)).toEqual(['r5', 'r1']);
    expect(second.results.map((r) => r.key)).toEqual(['r6', 'r4']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('pages correctly through equal range values using the key as tie-breaker', async () => {
    const page = async (cursor?: string) => {
      const builder = risks.query().index('by-status', { partition: ['open'] }).where(WhereConditions.equalTo(9)).limit(1);
      return (cursor ? builder.cursor(cursor) : builder).getMany();
    };
    const first = await page();
    const second = await page(first.nextCursor);
    expect([...first.results, ...second.results].map((r) => r.key)).toEqual(['r4', 'r6']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('supports the shorthand index named after an attribute, with filters', async () => {
    const { results } = await risks
      .query()
      .index('owner')
      .where(WhereConditions.beginsWith('al'))
      .filters(new Filter<Risk>().and('score', FilterConditions.greaterThan(10)).and('status', FilterConditions.notEqualTo('closed')))
      .getMany();
    expect(results.map((r) => r.key).sort()).toEqual(['r1', 'r5']);
  });

  it('answers getOne with the first item in index order', async () => {
    const top = await risks.query().index('by-status', { partition: ['open'] }).sort(Sort.DESC).getOne();
    expect(top?.key).toBe('r5');
  });

  it('rejects a value whose attributes do not match the declared types', async () => {
    await expect(risks.set('r9', { title: 'T', status: 'open', score: 1.5, owner: 'a' })).rejects.toMatchObject({ code: 'INVALID_ENTITY_VALUE' });
    await expect(kvs.entity('risk').set('r9', { severity: 'high' })).rejects.toMatchObject({ code: 'INVALID_ENTITY_VALUE' });
    expect(await risks.get('r9')).toBeUndefined();
  });

  it('rejects entities missing from the manifest, unknown indexes and partitions that do not fit', async () => {
    await expect(kvs.entity('undeclared').set('x', {})).rejects.toMatchObject({ code: 'ENTITY_NOT_DEFINED' });
    await expect(risks.query().index('by-nothing').getMany()).rejects.toMatchObject({ code: 'INVALID_ENTITY_INDEX' });
    await expect(risks.query().index('by-status').getMany()).rejects.toMatchObject({ code: 'INVALID_PARTITION' });
  });
});
