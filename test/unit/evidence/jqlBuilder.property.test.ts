import type { CompoundClause, ListOperand, NotClause, TerminalClause, ValueOperand } from '@atlaskit/jql-ast';
import fc from 'fast-check';
import { and, compare, equals, inList, isEmpty, jqlDate, jqlField, not, notEquals, or } from '../../../src/domain/jql';
import { jiraValueOf, parseJql } from './jqlAst';

const HOSTILE = ['"', '\\', ')', 'OR', 'AND', 'EMPTY', 'line\nbreak', '") OR project = SECRET', 'a" OR "b', '\\"', 'ORDER BY key', '\t', ''];
// Any text at all, including control characters, quotes, backslashes and astral characters.
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }), fc.constantFrom(...HOSTILE));
// eslint-disable-next-line no-control-regex -- values the grammar takes literally, so the AST's own value applies
const WITHOUT_CONTROL = /^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]*$/;

describe('JQL values built from user text', () => {
  it('parse and read back as exactly the text given, so no value can inject JQL', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const where = parseJql(equals('imsClause', text).text).where as TerminalClause;
        expect(where.field.value).toBe('imsClause');
        expect(jiraValueOf(where.operand as ValueOperand)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("equal the AST operand's value for text without control characters", () => {
    fc.assert(
      fc.property(anyText.filter((text) => WITHOUT_CONTROL.test(text)), (text) => {
        const where = parseJql(notEquals('summary', text).text).where as TerminalClause;
        expect((where.operand as ValueOperand).value).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('stay one list of values inside IN, whatever the values hold', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (values) => {
        const where = parseJql(inList('project', values).text).where as TerminalClause;
        const operands = (where.operand as ListOperand).values as ValueOperand[];
        expect(operands.map(jiraValueOf)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  it.each(HOSTILE)('keep %j a value inside a compound query', (text) => {
    const query = parseJql(and(equals('imsClause', 'ISO27001:A.5.24'), or(equals('project', text), isEmpty('assignee'))).text);
    const top = query.where as CompoundClause;
    expect(top.operator.value).toBe('and');
    expect(top.clauses).toHaveLength(2);
    const inner = top.clauses[1] as CompoundClause;
    expect(inner.operator.value).toBe('or');
    expect(jiraValueOf((inner.clauses[0] as TerminalClause).operand as ValueOperand)).toBe(text);
  });
});

describe('composing JQL clauses', () => {
  it('parenthesises an OR inside an AND and flattens nested ANDs', () => {
    const jql = and(equals('labels', 'x'), or(equals('status', 'y'), equals('priority', 'z')), and(equals('type', '1'), equals('project', '2')));
    expect(jql.text).toBe('labels = "x" AND (status = "y" OR priority = "z") AND type = "1" AND project = "2"');
    parseJql(jql.text);
  });

  it('negates a compound as a whole', () => {
    const jql = not(or(equals('labels', 'x'), equals('status', 'y')));
    expect(jql.text).toBe('NOT (labels = "x" OR status = "y")');
    expect((parseJql(jql.text).where as NotClause).operator.value).toBe('not');
  });

  it('quotes field names that are reserved words and keeps aliases bare', () => {
    expect(jqlField('imsClass.security')).toBe('imsClass.security');
    expect(jqlField('cf[10010]')).toBe('cf[10010]');
    expect(jqlField('order')).toBe('"order"');
    expect(jqlField('a')).toBe('"a"');
    expect(jqlField('Story Points')).toBe('"Story Points"');
    parseJql(equals('Story Points', 3).text);
  });

  it('writes dates as yyyy-MM-dd or yyyy-MM-dd HH:mm and refuses impossible ones', () => {
    expect(compare('resolved', '>=', jqlDate('2026-01-31')).text).toBe('resolved >= "2026-01-31"');
    expect(compare('created', '<', jqlDate('2026-02-01', '09:30')).text).toBe('created < "2026-02-01 09:30"');
    parseJql(compare('created', '<', jqlDate('2026-02-01', '09:30')).text);
    expect(() => jqlDate('2026-02-30')).toThrow(/calendar date/);
    expect(() => jqlDate('2026-02-01', '24:00')).toThrow(/time of day/);
  });

  it('writes integers bare and refuses numbers the grammar cannot hold', () => {
    expect(equals('imsClass.severity', 2).text).toBe('imsClass.severity = 2');
    expect(() => equals('imsClass.severity', 1.5)).toThrow(/integers/);
  });

  it('refuses an empty IN list, which would not parse', () => {
    expect(() => inList('project', [])).toThrow(/at least one value/);
  });
});
