import { JastBuilder, type Query, type TerminalClause, type ValueOperand } from '@atlaskit/jql-ast';
import fc from 'fast-check';
import {
  CLASSIFICATION_SEARCH_ALIASES,
  classificationJql,
  classificationManifestSchema,
  jqlString,
} from '../../../src/domain/classification';

/** Reads a quoted JQL literal the way Jira does (its ESCAPE rule); the AST's own `value` drops escapes' meaning. */
function jiraValueOf(operand: ValueOperand): string {
  const escapes: Record<string, string> = { t: '\t', n: '\n', r: '\r' };
  return operand.text
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_, escape: string) =>
      escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (escapes[escape] ?? escape),
    );
}

function parse(jql: string): Query {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0 || !jast.query) throw new Error(`JQL does not parse: ${jql}: ${jast.errors.map((error) => error.message).join('; ')}`);
  return jast.query;
}

describe('the classification search aliases', () => {
  it('gives every stored property a search alias under imsClass', () => {
    expect(CLASSIFICATION_SEARCH_ALIASES.map((alias) => alias.searchAlias)).toEqual([
      'imsClass.service', 'imsClass.security', 'imsClass.ai', 'imsClass.severity', 'imsClass.confidentiality',
      'imsClass.integrity', 'imsClass.availability', 'imsClass.personalData', 'imsClass.aiHarm', 'imsClass.aiSystem',
      'imsClass.aiSeriousIncident', 'imsClass.awareAt', 'imsClass.notifyBy',
    ]);
  });

  it("follows Forge's naming rule for search aliases and parses as a JQL field", () => {
    for (const { searchAlias } of CLASSIFICATION_SEARCH_ALIASES) {
      expect(searchAlias).toMatch(/^[a-zA-Z0-9._-]{1,255}$/);
      const where = parse(`${searchAlias} IS NOT EMPTY`).where as TerminalClause;
      expect(where.field.value).toBe(searchAlias);
    }
  });

  it('describes each property for the manifest schema with its JSON type', () => {
    const { properties } = classificationManifestSchema();
    expect(properties.security).toEqual({ searchAlias: 'imsClass.security', type: 'boolean' });
    expect(properties.severity).toEqual({ searchAlias: 'imsClass.severity', type: 'integer', minimum: 1, maximum: 4 });
    expect(properties.aiHarm?.enum).toEqual(['bias', 'drift', 'transparency', 'misuse', 'safety', 'privacy', 'other']);
    expect(properties.awareAt).toEqual({ searchAlias: 'imsClass.awareAt', type: 'string', format: 'date-time' });
  });
});

describe('JQL for common classification filters', () => {
  it('quotes booleans, which the grammar refuses bare', () => {
    const jql = classificationJql({ domains: ['security'], maxSeverity: 2 });
    expect(jql).toBe('imsClass.security = "true" AND imsClass.severity <= 2');
    parse(jql);
    expect(() => parse('imsClass.security = true')).toThrow(/does not parse/);
  });

  it('builds parseable JQL for every kind of filter', () => {
    const jql = classificationJql({
      domains: ['security', 'ai'],
      maxSeverity: 1,
      personalData: true,
      aiHarms: ['bias', 'safety'],
      aiSystem: 'AIS-12',
      impacted: ['confidentiality'],
    });
    expect(jql).toBe(
      'imsClass.security = "true" AND imsClass.ai = "true" AND imsClass.severity <= 1 AND imsClass.personalData = "true"' +
        ' AND imsClass.aiHarm IN ("bias", "safety") AND imsClass.aiSystem = "AIS-12" AND imsClass.confidentiality IN ("low", "high")',
    );
    parse(jql);
  });

  it('finds every classified issue when the filter is empty', () => {
    expect(classificationJql({})).toBe('imsClass.severity IS NOT EMPTY');
    parse(classificationJql({}));
  });

  it('keeps any text a single value: quotes, backslashes, parentheses and reserved words cannot break out', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', ')', 'x" OR project = SEC', 'and', 'empty', 'a\nb', 'tab\there', 'cr\r')), (text) => {
        const where = parse(classificationJql({ aiSystem: text })).where as TerminalClause;
        expect(where.clauseType).toBe('terminal');
        expect(jiraValueOf(where.operand as ValueOperand)).toBe(text);
      }),
    );
  });

  it('escapes the quote and the backslash, and control characters as \\u escapes', () => {
    expect(jqlString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(jqlString('tab\there')).toBe('"tab\\u0009here"');
  });
});
