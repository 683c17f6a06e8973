import {
  ComplianceLinksSchema,
  EMPTY_LINKS,
  MAX_INDEXED_LINK_VALUES,
  addClause,
  addRisk,
  indexedValueCount,
  removeClause,
  removeRisk,
  type ComplianceLinks,
  type LinkResult,
} from '../../../src/domain/complianceLinks';
import { builtinCatalog } from '../../../src/domain/catalog';

const change = { issueId: '10042', actor: { accountId: 'agent-1' }, now: new Date('2025-03-01T09:30:00Z') };

function linksOf(result: LinkResult): ComplianceLinks {
  if (!result.ok) throw new Error(result.error.message);
  return result.links;
}

describe("an issue's compliance links", () => {
  it('links a clause in canonical form, with its standard for imsStandard, and records who and when', () => {
    const result = addClause(EMPTY_LINKS, 'ISO 20000-1 8.6.1', change);
    expect(result.ok && result.links).toEqual({ clauses: ['ISO20000-1:8.6.1'], standards: ['ISO20000-1'], risks: [], updatedAt: '2025-03-01T09:30:00.000Z', updatedBy: 'agent-1' });
    expect(ComplianceLinksSchema.safeParse(result.ok && result.links).success).toBe(true);
  });

  it('records each change as an audit event with the links before and after', () => {
    const first = linksOf(addClause(EMPTY_LINKS, 'ISO20000-1:8.6.1', change));
    const result = addRisk(first, 'R-3', change);
    expect(result.ok && result.event).toEqual({
      kind: 'risk-linked',
      issueId: '10042',
      actor: 'agent-1',
      at: '2025-03-01T09:30:00.000Z',
      summary: 'Linked R-3',
      before: { clauses: ['ISO20000-1:8.6.1'], risks: [] },
      after: { clauses: ['ISO20000-1:8.6.1'], risks: ['R-3'] },
    });
  });

  it('refuses a clause that is already linked', () => {
    const links = linksOf(addClause(EMPTY_LINKS, 'ISO27001:A.5.24', change));
    expect(addClause(links, 'iso27001:a.5.24', change)).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'ISO27001:A.5.24 is already linked to this issue' } });
  });

  it('refuses a risk that is already linked', () => {
    const links = linksOf(addRisk(EMPTY_LINKS, 'R-3', change));
    expect(addRisk(links, 'R-3', change)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a clause the catalog does not know, and text that is no clause id', () => {
    expect(addClause(EMPTY_LINKS, 'ISO27001:A.5.99', change)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'ISO27001:A.5.99 is not a clause or control in the catalog' } });
    expect(addClause(EMPTY_LINKS, 'A.5.24', change)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('ambiguous') } });
  });

  it('refuses a risk id that is not R-<n>', () => {
    expect(addRisk(EMPTY_LINKS, 'R-3"; DROP', change)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('removes a clause and drops its standard when no other clause of it is linked', () => {
    const links = linksOf(addClause(linksOf(addClause(EMPTY_LINKS, 'ISO27001:A.5.24', change)), 'ISO20000-1:8.6.1', change));
    const after = linksOf(removeClause(links, 'ISO27001:A.5.24', change));
    expect(after).toMatchObject({ clauses: ['ISO20000-1:8.6.1'], standards: ['ISO20000-1'] });
  });

  it('refuses to remove a link that is not there', () => {
    expect(removeClause(EMPTY_LINKS, 'ISO27001:A.5.24', change)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(removeRisk(EMPTY_LINKS, 'R-3', change)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'R-3 is not linked to this issue' } });
  });

  it('removes a risk', () => {
    const after = linksOf(removeRisk(linksOf(addRisk(EMPTY_LINKS, 'R-3', change)), 'R-3', change));
    expect(after.risks).toEqual([]);
  });
});

describe('the 100 indexed values of an entity property', () => {
  const controls = builtinCatalog().listStandard('ISO27001', { kind: 'control' }).map((entry) => entry.id);

  function linkAll(ids: readonly string[]): ComplianceLinks {
    return ids.reduce((links, id) => linksOf(addClause(links, id, change)), EMPTY_LINKS);
  }

  it('counts clauses, their standards and risks', () => {
    const links = linksOf(addRisk(linkAll(controls.slice(0, 3)), 'R-1', change));
    expect(indexedValueCount(links)).toBe(5);
  });

  it('allows exactly 100 values and refuses the 101st with a clear message', () => {
    let links = linkAll(controls.slice(0, 93)); // 93 clauses + ISO27001 = 94
    for (const risk of ['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6']) links = linksOf(addRisk(links, risk, change));
    expect(indexedValueCount(links)).toBe(MAX_INDEXED_LINK_VALUES);
    const refused = addRisk(links, 'R-7', change);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'This link would make 101 searchable values (93 clauses, 1 standard, 7 risks); Jira searches at most 100 per issue: remove a link first, or link the parent clause instead of each sub-clause',
      },
    });
  });
});
