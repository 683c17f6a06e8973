import { buildDemoSite, DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_SITE, DEMO_USERS, PROJECT_IDS } from '../../../workbench/seed';
import { integrityProblems } from './integrity';

const DAY_MS = 86_400_000;

describe('buildDemoSite', () => {
  const site = buildDemoSite();

  it('builds the same site on every call', () => {
    expect(buildDemoSite()).toEqual(site);
  });

  it('returns a fresh state each time, so one run’s changes never reach the next or the exported users', () => {
    const first = buildDemoSite();
    first.issues[0]!.labels.push('mutated');
    first.users[0]!.groups.push('mutated');
    first.site.baseUrl = 'http://elsewhere';
    expect(buildDemoSite()).toEqual(site);
    expect(DEMO_USERS.agent.groups).not.toContain('mutated');
  });

  it('is internally consistent and consistent with its workflows', () => {
    expect(integrityProblems(site, DEMO_NOW)).toEqual([]);
  });

  it('would be caught by the integrity check if it broke its own rules', () => {
    const broken = buildDemoSite();
    const done = broken.issues.find((i) => i.resolutionId !== null)!;
    done.resolutionId = null;
    broken.issues[1]!.reporterAccountId = 'nobody';
    broken.issues[2]!.key = broken.issues[3]!.key;
    broken.links.push({ id: '1', typeId: '10003', inwardIssueId: 'missing', outwardIssueId: broken.issues[0]!.id });
    const problems = integrityProblems(broken, DEMO_NOW).join('\n');
    expect(problems).toMatch(/resolution null but status category done/);
    expect(problems).toMatch(/unknown user nobody/);
    expect(problems).toMatch(/duplicate key/);
    expect(problems).toMatch(/an end does not exist/);
  });

  it('defaults to the fixed demo instant and the local workbench site', () => {
    const latest = Math.max(...site.issues.map((i) => Date.parse(i.updated)));
    expect(latest).toBeLessThanOrEqual(Date.parse('2026-11-24T09:00:00Z'));
    expect(latest).toBeGreaterThan(Date.parse('2026-11-24T09:00:00Z') - DAY_MS);
    expect(site.site).toEqual({ cloudId: DEMO_SITE.cloudId, baseUrl: 'http://localhost:8700' });
  });

  it('moves every date with a different now and stays consistent', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const moved = buildDemoSite({ now });
    expect(integrityProblems(moved, now)).toEqual([]);
    const shift = now.getTime() - DEMO_NOW.getTime();
    expect(Date.parse(moved.issues[0]!.created) - Date.parse(site.issues[0]!.created)).toBeCloseTo(shift, -4);
  });

  it('has about 300 issues spread over the 12 months before now', () => {
    expect(site.issues.length).toBeGreaterThanOrEqual(280);
    expect(site.issues.length).toBeLessThanOrEqual(320);
    const months = new Set(site.issues.map((i) => i.created.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
  });

  it('has issues of every type in every project, open and resolved (the IMS project starts empty)', () => {
    expect(site.issues.filter((i) => i.projectId === PROJECT_IDS.IMS)).toEqual([]);
    for (const project of site.projects.filter((p) => p.key !== 'IMS')) {
      const issues = site.issues.filter((i) => i.projectId === project.id);
      for (const typeId of project.issueTypeIds) expect(issues.some((i) => i.issueTypeId === typeId)).toBe(true);
      expect(issues.some((i) => i.resolutionId === null)).toBe(true);
      expect(issues.some((i) => i.resolutionId !== null)).toBe(true);
    }
  });

  it('records comments in ADF and a changelog entry for each status change', () => {
    const commented = site.issues.filter((i) => i.comments.length > 0);
    expect(commented.length).toBeGreaterThan(30);
    expect(commented[0]!.comments[0]!.body).toMatchObject({ type: 'doc', version: 1, content: [{ type: 'paragraph' }] });
    const moved = site.issues.filter((i) => i.changelog.length > 0);
    expect(moved.length).toBeGreaterThan(250);
    expect(site.issues.every((i) => (i.description as { type: string }).type === 'doc')).toBe(true);
  });

  it('links service-desk incidents to the security incidents they escalate', () => {
    const escalates = site.linkTypes.find((t) => t.name === 'Escalates')!;
    expect(escalates).toMatchObject({ inward: 'is escalated by', outward: 'escalates' });
    const sd = site.projects.find((p) => p.key === 'SD')!;
    const sec = site.projects.find((p) => p.key === 'SEC')!;
    const byId = new Map(site.issues.map((i) => [i.id, i]));
    const sdToSec = site.links.filter(
      (l) => l.typeId === escalates.id && byId.get(l.inwardIssueId)?.projectId === sd.id && byId.get(l.outwardIssueId)?.projectId === sec.id,
    );
    expect(sdToSec.length).toBeGreaterThanOrEqual(3);
    expect(site.links.some((l) => l.typeId === site.linkTypes.find((t) => t.name === 'Relates')!.id)).toBe(true);
  });

  it('continues ids, keys and other counters after the seeded ones', () => {
    const maxId = Math.max(...site.issues.map((i) => Number(i.id)));
    expect(site.counters.issueId).toBe(maxId);
    expect(Math.min(...site.issues.map((i) => Number(i.id)))).toBe(10000);
    expect(site.counters['issueKey:SD']).toBe(site.issues.filter((i) => i.key.startsWith('SD-')).length);
  });

  it('puts the showcase issues under their published keys, in the state each role expects', () => {
    const byKey = (key: string) => site.issues.find((i) => i.key === key)!;
    const statusName = (id: string) => site.statuses.find((s) => s.id === id)!.name;
    expect(byKey(DEMO_ISSUE_KEYS.vpnOutage)).toMatchObject({ summary: 'VPN outage for Berlin office', assigneeAccountId: DEMO_USERS.agent.accountId });
    expect(statusName(byKey(DEMO_ISSUE_KEYS.vpnOutage).statusId)).toBe('Open');
    const change = byKey(DEMO_ISSUE_KEYS.postgresUpgrade);
    expect(change).toMatchObject({ summary: 'Upgrade PostgreSQL 14 → 16 on billing cluster', reporterAccountId: DEMO_USERS.requester.accountId });
    expect(statusName(change.statusId)).toBe('In review');
    expect(byKey(DEMO_ISSUE_KEYS.modelDrift)).toMatchObject({ summary: 'Model drift alert on credit-scoring model', assigneeAccountId: DEMO_USERS.aiOwner.accountId });
    const report = byKey(DEMO_ISSUE_KEYS.phishingReport);
    const campaign = byKey(DEMO_ISSUE_KEYS.phishingCampaign);
    expect(report.summary).toBe('Phishing email reported by finance');
    expect(site.links).toContainEqual(expect.objectContaining({ inwardIssueId: report.id, outwardIssueId: campaign.id }));
  });

  it('never lets a CAB member approve a change they requested', () => {
    const changes = site.issues.filter((i) => i.key.startsWith('CHG-'));
    for (const change of changes) {
      for (const entry of change.changelog) {
        if (entry.items.some((item) => item.toString === 'Approved')) expect(entry.authorAccountId).not.toBe(change.reporterAccountId);
      }
    }
  });

  it('keeps the user without permissions out of every issue', () => {
    const id = DEMO_USERS.noAccess.accountId;
    const involved = site.issues.filter(
      (i) => i.reporterAccountId === id || i.assigneeAccountId === id || i.comments.some((c) => c.authorAccountId === id) || i.changelog.some((c) => c.authorAccountId === id),
    );
    expect(involved).toEqual([]);
  });
});
