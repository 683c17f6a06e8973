import { JastBuilder, type Query, type TerminalClause } from '@atlaskit/jql-ast';
import { COMPLIANCE_LINKS_ENTITY_PROPERTY, COMPLIANCE_LINKS_PROPERTY_KEY, complianceLinksJql } from '../../../src/domain/complianceLinks';
import { parseClauseId, type ClauseId } from '../../../src/domain/catalog';

function parse(jql: string): Query {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0 || !jast.query) throw new Error(`JQL does not parse: ${jql}: ${jast.errors.map((error) => error.message).join('; ')}`);
  return jast.query;
}

const id = (text: string): ClauseId => {
  const parsed = parseClauseId(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('the compliance links entity property', () => {
  it('indexes clauses, standards and risks of the imsLinks property under the imsClause, imsStandard and imsRisk aliases', () => {
    expect(COMPLIANCE_LINKS_ENTITY_PROPERTY).toEqual({
      key: 'ims-compliance-links',
      entityType: 'issue',
      propertyKey: COMPLIANCE_LINKS_PROPERTY_KEY,
      values: [
        { path: 'clauses', type: 'string', searchAlias: 'imsClause' },
        { path: 'standards', type: 'string', searchAlias: 'imsStandard' },
        { path: 'risks', type: 'string', searchAlias: 'imsRisk' },
      ],
    });
  });

  it('has aliases that JQL accepts as field names with quoted canonical values', () => {
    for (const jql of ['imsClause = "ISO27001:A.5.24"', 'imsRisk = "R-12"', 'imsStandard = "ISO20000-1"']) {
      const where = parse(jql).where as TerminalClause;
      expect(COMPLIANCE_LINKS_ENTITY_PROPERTY.values.map((value) => value.searchAlias)).toContain(where.field.value);
    }
  });

  it('builds parseable JQL for clauses, standards and risks together', () => {
    const jql = complianceLinksJql({ clauses: [id('ISO27001:A.5.24'), id('ISO20000-1:8.6.1')], standards: ['ISO42001'], risks: ['R-3'] });
    expect(jql).toBe('imsClause IN ("ISO27001:A.5.24", "ISO20000-1:8.6.1") AND imsStandard = "ISO42001" AND imsRisk = "R-3"');
    parse(jql);
  });

  it('finds every linked issue when the filter is empty', () => {
    expect(complianceLinksJql({})).toBe('imsClause IS NOT EMPTY');
    parse(complianceLinksJql({}));
  });
});
