import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CLASSIFICATION_FORMATTER_EXPRESSION, classificationManifestSchema } from '../../../src/domain/classification';
import { CLASSIFICATION_FIELD_MODULE_KEY } from '../../../src/services/classification/classificationFieldId';

const manifest = parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8')) as {
  modules: Record<string, { key: string; schema?: unknown; formatter?: { expression?: string } }[]>;
};
const field = manifest.modules['jira:customField']?.find((module) => module.key === CLASSIFICATION_FIELD_MODULE_KEY);

describe('the classification field in manifest.yml', () => {
  it('declares the schema the domain defines, so JQL aliases never drift from the stored value', () => {
    expect(field?.schema).toEqual(classificationManifestSchema());
  });

  it('formats the value with the domain formatter expression', () => {
    expect(field?.formatter?.expression).toBe(CLASSIFICATION_FORMATTER_EXPRESSION);
  });
});
