import { addClause } from '../../../src/domain/complianceLinks';
import { getLinks } from '../../../src/services/complianceLinks/getLinks';
import { linkClause, linkRisk, unlinkClause, unlinkRisk } from '../../../src/services/complianceLinks/linkCommands';
import { AGENT, fixture, ISSUE, NOW } from './fakes';

describe('linking clauses to an issue', () => {
  it('stores the clause and its standard in the property JQL indexes, and records who did it', async () => {
    const { ports, jira, ledger } = fixture();

    const result = await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24');

    expect(result.ok).toBe(true);
    expect(jira.issues.get(ISSUE)!.property).toEqual({
      clauses: ['ISO27001:A.5.24'],
      standards: ['ISO27001'],
      risks: [],
      updatedAt: NOW.toISOString(),
      updatedBy: AGENT,
    });
    expect(ledger.events).toEqual([expect.objectContaining({ kind: 'clause-linked', actor: AGENT, issueId: ISSUE, before: { clauses: [], risks: [] }, after: { clauses: ['ISO27001:A.5.24'], risks: [] } })]);
  });

  it('answers with the clause title and offers the high-confidence equivalent from 20000-1 as a suggestion', async () => {
    const { ports } = fixture();

    const result = await linkClause(ports, ISSUE, AGENT, 'iso 27001 a.5.24');

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.clauses).toEqual([{ id: 'ISO27001:A.5.24', standard: 'ISO27001', ref: 'A.5.24', title: expect.stringContaining('incident') }]);
    expect(result.value.suggestions[0]).toMatchObject({ id: 'ISO20000-1:8.7.3.3', confidence: 'high', kind: 'equivalent', because: ['ISO27001:A.5.24'] });
    expect(result.value.suggestions.filter((suggestion) => suggestion.confidence !== 'high').every((suggestion) => suggestion.kind === 'suggestion')).toBe(true);
  });

  it('refuses a bare control number as ambiguous and writes nothing', async () => {
    const { ports, jira, ledger } = fixture();

    const result = await linkClause(ports, ISSUE, AGENT, 'A.5.24');

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(jira.propertyWrites).toBe(0);
    expect(ledger.events).toEqual([]);
  });

  it('answers NOT_FOUND to a user who cannot browse the issue, and changes nothing', async () => {
    const { ports, jira, ledger } = fixture({ canBrowse: false, canEdit: false });

    expect(await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await getLinks(ports, ISSUE)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(jira.propertyWrites).toBe(0);
    expect(ledger.entries.size).toBe(0);
  });

  it('refuses a user who can see but not edit the issue with FORBIDDEN', async () => {
    const { ports, ledger } = fixture({ canEdit: false });

    expect(await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ledger.events).toEqual([]);
  });

  it('removes a linked clause and drops its standard when it was the last one', async () => {
    const { ports, jira, ledger } = fixture();
    await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24');

    const result = await unlinkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24');

    expect(result.ok).toBe(true);
    expect(jira.issues.get(ISSUE)!.property).toMatchObject({ clauses: [], standards: [] });
    expect(ledger.events.map((event) => event.kind)).toEqual(['clause-linked', 'clause-unlinked']);
  });

  it('keeps both changes when another user links a clause between our read and our write', async () => {
    const { ports, jira, ledger } = fixture();
    ledger.beforeCommit = async () => {
      // The other writer commits to the same ledger first, against the same issue.
      const result = addClause({ clauses: [], standards: [], risks: [], updatedAt: null, updatedBy: null }, 'ISO20000-1:8.6.1', { issueId: ISSUE, actor: { accountId: 'other' }, now: NOW });
      if (!result.ok) throw new Error(result.error.message);
      await ledger.commit(ISSUE, 0, result.links, result.event);
    };

    const result = await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24');

    expect(result.ok).toBe(true);
    expect(jira.issues.get(ISSUE)!.property).toMatchObject({ clauses: ['ISO20000-1:8.6.1', 'ISO27001:A.5.24'], standards: ['ISO20000-1', 'ISO27001'] });
    expect(ledger.entries.get(ISSUE)!.version).toBe(2);
    expect(ledger.events.map((event) => event.actor)).toEqual(['other', AGENT]);
  });

  it('refuses to link a clause a second time with CONFLICT', async () => {
    const { ports } = fixture();
    await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24');

    expect(await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses the link that would pass the 100 searchable values and explains the budget', async () => {
    const clauses = Array.from({ length: 97 }, (_, index) => `ISO27001:A.5.${index + 1}`);
    const { ports, ledger } = fixture({ property: { clauses, standards: ['ISO27001'], risks: ['R-3', 'R-12'], updatedAt: null, updatedBy: null } });

    const result = await linkClause(ports, ISSUE, AGENT, 'ISO42001:A.8.4');

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('at most 100') } });
    expect(ledger.events).toEqual([]);
  });
});

describe('linking risks to an issue', () => {
  it('links a risk of the register and shows its title', async () => {
    const { ports, jira } = fixture();

    const result = await linkRisk(ports, ISSUE, AGENT, 'R-3');

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.risks).toEqual([{ id: 'R-3', title: 'Phishing leads to credential theft', inRegister: true }]);
    expect(jira.issues.get(ISSUE)!.property).toMatchObject({ risks: ['R-3'] });
  });

  it('refuses a risk id that is not in the register', async () => {
    const { ports, ledger } = fixture();

    expect(await linkRisk(ports, ISSUE, AGENT, 'R-99')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'R-99 is not in the risk register' } });
    expect(ledger.events).toEqual([]);
  });

  it('answers NOT_FOUND, not a register fact, to a user who cannot see the issue', async () => {
    const { ports } = fixture({ canBrowse: false, canEdit: false });

    expect(await linkRisk(ports, ISSUE, AGENT, 'R-99')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('removes a linked risk, also one that has since left the register', async () => {
    const { ports, jira } = fixture({ property: { clauses: [], standards: [], risks: ['R-77'], updatedAt: null, updatedBy: null } });

    const loaded = await getLinks(ports, ISSUE);
    expect(loaded).toMatchObject({ ok: true, value: { risks: [{ id: 'R-77', inRegister: false }] } });

    expect((await unlinkRisk(ports, ISSUE, AGENT, 'R-77')).ok).toBe(true);
    expect(jira.issues.get(ISSUE)!.property).toMatchObject({ risks: [] });
  });
});

describe('loading the panel', () => {
  it('shows an issue without links as empty, with the edit permission', async () => {
    const { ports } = fixture();

    expect(await getLinks(ports, ISSUE)).toEqual({ ok: true, value: { links: { clauses: [], standards: [], risks: [], updatedAt: null, updatedBy: null }, clauses: [], risks: [], suggestions: [], canEdit: true } });
  });

  it('refuses to build on a property someone rewrote outside the app', async () => {
    const { ports } = fixture({ property: { clauses: 'everything' } });

    expect(await linkClause(ports, ISSUE, AGENT, 'ISO27001:A.5.24')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
