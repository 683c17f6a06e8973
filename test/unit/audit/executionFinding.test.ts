import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { JastBuilder } from '@atlaskit/jql-ast';
import { AUDIT_ENTITY_PROPERTY, RaiseFindingSchema, findingSummary, isNonconformity } from '../../../src/domain/audit/finding';
import { equals } from '../../../src/domain/jql';

describe('audit findings', () => {
  it('declares the imsAudit property in the manifest exactly as the domain names it', () => {
    const manifest = parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8')) as { modules: Record<string, unknown[]> };

    expect(manifest.modules['jira:entityProperty']).toContainEqual(AUDIT_ENTITY_PROPERTY);
  });

  it('builds JQL over the finding aliases that Atlassian\'s grammar accepts, even with quotes in the value', () => {
    for (const jql of [equals('imsFinding', 'nonconformity-minor').text, equals('imsAuditId', 'AUD-"3').text]) {
      expect(new JastBuilder().build(jql).errors).toEqual([]);
    }
  });

  it('puts the kind and the clauses in the summary so issue lists show them', () => {
    expect(findingSummary({ kind: 'nonconformity-minor', clauses: ['ISO27001:A.8.32'] as never, summary: 'Emergency changes skip review' })).toBe(
      '[Minor NC] ISO27001:A.8.32 Emergency changes skip review',
    );
    expect(findingSummary({ kind: 'observation', clauses: ['ISO27001:A.8.32', 'ISO27001:A.8.9', 'ISO20000-1:8.5.1'] as never, summary: 'x' })).toBe(
      '[Observation] ISO27001:A.8.32, ISO27001:A.8.9 +1 x',
    );
  });

  it('treats only major and minor nonconformities as needing corrective action', () => {
    expect(['nonconformity-major', 'nonconformity-minor', 'observation', 'opportunity-for-improvement'].map((kind) => isNonconformity(kind as never))).toEqual([true, true, false, false]);
  });

  it('refuses a finding against a clause that is not in the catalog, or against none', () => {
    const unknown = RaiseFindingSchema.safeParse({ kind: 'observation', clauses: ['ISO27001:A.99.1'], summary: 'x' });
    const none = RaiseFindingSchema.safeParse({ kind: 'observation', clauses: [], summary: 'x' });

    expect(unknown.success).toBe(false);
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe('Name at least one clause or control the finding is against');
  });

  it('refuses an unknown kind with the list of kinds', () => {
    const parsed = RaiseFindingSchema.safeParse({ kind: 'critical', clauses: ['ISO27001:A.8.32'], summary: 'x' });

    expect(parsed.error?.issues[0]?.message).toBe('A finding is nonconformity-major, nonconformity-minor, observation, opportunity-for-improvement');
  });
});
