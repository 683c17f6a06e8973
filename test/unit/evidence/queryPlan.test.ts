import type { CompoundClause, ListOperand, TerminalClause, ValueOperand } from '@atlaskit/jql-ast';
import { builtinCatalog } from '../../../src/domain/catalog';
import { evidenceQueries, evidenceSourcesFor, imsEvidenceJql, imsRiskLinkedJql, type EvidencePlan } from '../../../src/domain/evidence';
import { id } from '../catalog/ids';
import { NOW, definition } from './fixtures';
import { jiraValueOf, parseJql } from './jqlAst';

const OPTIONS = { clauseLinksProperty: 'ims-links' };

function plan(input: Parameters<typeof definition>[0] = {}): EvidencePlan {
  const result = evidenceQueries(definition(input), NOW, OPTIONS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the evidence query plan', () => {
  it('finds direct evidence of a clause resolved in the period, the last day included', () => {
    const query = plan({ selection: [{ kind: 'clauses', ids: ['ISO27001:A.5.24'] }] }).queries[0];
    expect(query?.directJql).toBe('imsClause = "ISO27001:A.5.24" AND resolved >= "2025-03-01" AND resolved < "2026-03-01"');
    parseJql(query?.directJql ?? '');
  });

  it('uses the date of the chosen evidence rule', () => {
    const query = plan({ evidenceRule: 'updated', selection: [{ kind: 'clauses', ids: ['ISO27001:A.5.24'] }] }).queries[0];
    expect(query?.directJql).toContain('updated >= "2025-03-01" AND updated < "2026-03-01"');
  });

  it('evidences 27001 A.8.32 via 20000-1 8.5.1, a high-confidence mapping', () => {
    const query = plan().queries.find((candidate) => candidate.clause === 'ISO27001:A.8.32');
    expect(query?.sources).toEqual([{ clause: 'ISO20000-1:8.5.1', relation: 'equivalent-topic', basis: 'operational-mapping' }]);
    expect(query?.mappedJql).toBe('imsClause = "ISO20000-1:8.5.1" AND resolved >= "2025-03-01" AND resolved < "2026-03-01"');
  });

  it('never borrows through number collisions, analogues or medium and low confidence', () => {
    const catalog = builtinCatalog();
    expect(evidenceSourcesFor(id('ISO20000-1:6.3'), catalog)).toEqual([]);
    expect(evidenceSourcesFor(id('ISO27001:6.3'), catalog).map((source) => source.clause)).toEqual(['ISO42001:6.3']);
    expect(evidenceSourcesFor(id('ISO27001:6.1.2'), catalog)).toEqual([]);
    // 8.5.3 → A.8.31 is medium; 8.5.1 → 42001 A.6.2.5 is low
    expect(evidenceSourcesFor(id('ISO27001:A.8.31'), catalog)).toEqual([]);
    expect(evidenceSourcesFor(id('ISO42001:A.6.2.5'), catalog)).toEqual([]);
    // 20000-1 numbers nonconformity 10.1; 27001 and 42001 use 10.2
    expect(evidenceSourcesFor(id('ISO27001:10.2'), catalog).map((source) => source.clause)).toEqual(['ISO20000-1:10.1', 'ISO42001:10.2']);
  });

  it('leaves mapped evidence out when the definition turns it off', () => {
    const off = plan({ includeMappedEvidence: false });
    expect(off.queries.every((query) => query.sources.length === 0 && query.mappedJql === undefined)).toBe(true);
    expect(off.search.clauses).toHaveLength(93);
  });

  it('collects the whole report with one search over selected and mapped clauses, asking only for the fields it shows', () => {
    const { search, clauses } = plan();
    expect(search.clauses).toEqual(expect.arrayContaining([...clauses, 'ISO20000-1:8.5.1']));
    expect(search.fields).toEqual(['summary', 'issuetype', 'status', 'assignee', 'resolutiondate']);
    expect(search.properties).toEqual(['ims-links']);
    const top = parseJql(search.jql).where as CompoundClause;
    const list = (top.clauses[0] as TerminalClause).operand as ListOperand;
    expect((list.values as ValueOperand[]).map(jiraValueOf)).toEqual(search.clauses);
  });

  it('escapes project keys and issue types so `") OR project = SECRET` stays a value', () => {
    const { search } = plan({ scope: { kind: 'basic', projects: ['SD', '") OR project = SECRET'], issueTypes: ['Incident'] } });
    expect(search.jql).toContain('AND project IN ("SD", "\\") OR project = SECRET") AND issuetype IN ("Incident")');
    const top = parseJql(search.jql).where as CompoundClause;
    expect(top.operator.value).toBe('and');
    const projects = top.clauses.find((clause) => (clause as TerminalClause).field?.value === 'project') as TerminalClause;
    expect(((projects.operand as ListOperand).values as ValueOperand[]).map(jiraValueOf)).toEqual(['SD', '") OR project = SECRET']);
  });

  it('wraps a typed scope JQL in parentheses and passes on the ORDER BY notice', () => {
    const result = plan({ scope: { kind: 'jql', jql: 'project = SD OR labels = evidence ORDER BY key' } });
    expect(result.queries[0]?.directJql).toMatch(/ AND \(project = SD OR labels = evidence\)$/);
    expect(result.scopeNotice).toMatch(/ORDER BY key/);
    parseJql(result.search.jql);
  });

  it('returns the scope problem as a value', () => {
    const result = evidenceQueries(definition({ scope: { kind: 'jql', jql: 'project = SD ORDER BY key AND x = y' } }), NOW, OPTIONS);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('builds parseable JQL for every clause of all three standards', () => {
    const everything = plan({ standards: ['ISO20000-1', 'ISO27001', 'ISO42001'], selection: undefined });
    for (const query of everything.queries) {
      parseJql(query.directJql);
      if (query.mappedJql !== undefined) parseJql(query.mappedJql);
    }
    parseJql(everything.search.jql);
  });
});

describe('JQL functions over the aliases', () => {
  it('imsEvidence returns the clause and its high-confidence equivalents', () => {
    expect(imsEvidenceJql(id('ISO27001:A.8.32'))).toBe('imsClause IN ("ISO27001:A.8.32", "ISO20000-1:8.5.1")');
    expect(imsEvidenceJql(id('ISO20000-1:6.3'))).toBe('imsClause = "ISO20000-1:6.3"');
  });

  it('imsRiskLinked escapes the risk id', () => {
    expect(imsRiskLinkedJql('R-12')).toBe('imsRisk = "R-12"');
    expect(jiraValueOf((parseJql(imsRiskLinkedJql('R-1" OR imsRisk IS NOT EMPTY')).where as TerminalClause).operand as ValueOperand)).toBe(
      'R-1" OR imsRisk IS NOT EMPTY',
    );
  });
});
