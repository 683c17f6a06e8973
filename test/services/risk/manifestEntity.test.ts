import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { RISK_ENTITY } from '../../../src/domain/risk';

type Entity = { name: string; attributes: Record<string, unknown>; indexes?: unknown[] };
const manifest = parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8')) as { app: { storage: { entities: Entity[] } } };
const entity = (name: string) => manifest.app.storage.entities.filter((candidate) => candidate.name === name);

describe('the risk register in manifest.yml', () => {
  it('declares the risk entity once, exactly as the domain defines its indexes', () => {
    expect(entity(RISK_ENTITY.name)).toEqual([JSON.parse(JSON.stringify(RISK_ENTITY))]);
  });

  it('declares the history and the id counter the KVS adapter writes', () => {
    expect(entity('risk-audit-event')).toHaveLength(1);
    expect(entity('risk-counter')).toEqual([{ name: 'risk-counter', attributes: { value: { type: 'integer' } } }]);
  });
});
