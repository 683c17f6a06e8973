import type { CompoundClause } from '@atlaskit/jql-ast';
import fc from 'fast-check';
import { and, equals, scopeClause, scopeFragment } from '../../../src/domain/jql';
import { parseJql } from './jqlAst';

describe('the scope JQL a user types', () => {
  it('becomes a parenthesised condition so its OR cannot widen the report', () => {
    const scope = scopeFragment('project = SD OR project = SEC');
    if (!scope.ok) throw new Error(scope.error.message);
    const jql = and(equals('imsClause', 'ISO27001:A.5.24'), scopeClause(scope.value)).text;
    expect(jql).toBe('imsClause = "ISO27001:A.5.24" AND (project = SD OR project = SEC)');
    const top = parseJql(jql).where as CompoundClause;
    expect(top.operator.value).toBe('and');
    expect(top.clauses).toHaveLength(2);
  });

  it('drops a trailing ORDER BY and says so', () => {
    const scope = scopeFragment('  project = SD ORDER BY created DESC ');
    expect(scope).toEqual({
      ok: true,
      value: { kind: 'scope', text: 'project = SD', notice: '"ORDER BY created DESC" was removed from the scope JQL: the report orders its own results' },
    });
  });

  it('keeps "order by" inside a quoted value', () => {
    expect(scopeFragment('summary ~ "order by"')).toEqual({ ok: true, value: { kind: 'scope', text: 'summary ~ "order by"' } });
  });

  it('refuses ORDER BY before the end of the query', () => {
    const scope = scopeFragment('(project = SD ORDER BY key) AND status = Done');
    expect(scope).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/ORDER BY before the end/) } });
  });

  it('refuses a scope that only sorts, an empty one and one that does not parse', () => {
    expect(scopeFragment('ORDER BY key')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no condition/) } });
    expect(scopeFragment('   ')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/empty/) } });
    expect(scopeFragment('project = "SD') ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/does not parse/) } });
    expect(scopeFragment('project = SD) OR (project = SECRET')).toMatchObject({ ok: false });
    // `audit` is a reserved word: the grammar's complaint, not a misleading one about the trailing ORDER BY
    expect(scopeFragment('labels = audit ORDER BY key')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not parse/) } });
  });

  it('refuses an overlong scope', () => {
    expect(scopeFragment(`project = SD${' OR project = SD'.repeat(300)}`)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/too long/) } });
  });

  it('combined with any clause, still parses as that clause AND the scope', () => {
    const scopes = fc.constantFrom('project = SD', 'status = Done OR resolution = Fixed', 'NOT labels = x', 'issuetype IN (Incident, "Service request") ORDER BY key');
    fc.assert(
      fc.property(scopes, fc.string({ unit: 'binary' }), (typed, value) => {
        const scope = scopeFragment(typed);
        if (!scope.ok) throw new Error(scope.error.message);
        const top = parseJql(and(equals('summary', value), scopeClause(scope.value)).text).where as CompoundClause;
        expect(top.operator.value).toBe('and');
        expect(top.clauses).toHaveLength(2);
      }),
    );
  });
});
