import { DEFAULT_CLAIM_LEASE_MS, type Classification } from '../../../src/domain/classification';
import { escalateIssue } from '../../../src/services/classification/escalateIssue';
import { fakePorts } from './fakes';

const securityAndService: Classification = {
  service: true,
  security: true,
  ai: false,
  severity: 2,
  confidentiality: 'high',
  integrity: 'none',
  availability: 'low',
  personalData: true,
  awareAt: '2025-03-03T08:00:00.000Z',
};

function site(classification: unknown = securityAndService) {
  const ports = fakePorts();
  const origin = ports.jira.addIssue({ key: 'SD-7', summary: 'VPN down for the Berlin office', classification });
  return { ports, origin };
}

describe('escalating a classified issue', () => {
  it('sets the priority from severity and opens one linked security issue with a comment on the origin', async () => {
    const { ports, origin } = site();

    await escalateIssue(ports, origin.id);

    const [security, ...others] = ports.jira.issuesIn('SEC');
    expect(others).toHaveLength(0);
    expect(security).toMatchObject({ summary: '[SEC] SD-7: VPN down for the Berlin office', issueTypeName: 'Security incident', priorityName: 'High' });
    expect(ports.jira.issue('SD-7')!.priorityName).toBe('High');
    expect(ports.jira.links).toEqual([{ linkTypeName: 'Escalates', fromIssueKey: 'SD-7', toIssueKey: security!.key }]);
    expect(JSON.stringify(origin.comments)).toContain(security!.key);
    expect(ports.store.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['escalation-started', 'isms-leads-notified']),
    );
  });

  it('creates one security issue when the same event is delivered three times, one after another', async () => {
    const { ports, origin } = site();

    for (let copy = 0; copy < 3; copy += 1) await escalateIssue(ports, origin.id);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(origin.comments).toHaveLength(1);
  });

  it('creates one security issue when ten invocations run at the same time', async () => {
    const { ports, origin } = site();

    await Promise.all(Array.from({ length: 10 }, () => escalateIssue(ports, origin.id)));

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(ports.jira.links).toHaveLength(1);
    expect(origin.comments).toHaveLength(1);
  });

  it('acts on the value in Jira, not the order events arrive in: a late event for an older value changes nothing', async () => {
    const { ports, origin } = site({ ...securityAndService, security: false, personalData: false });
    await escalateIssue(ports, origin.id);
    ports.jira.classify('SD-7', securityAndService);

    // The update that set security arrives, then the late creation event, both read today's value.
    await escalateIssue(ports, origin.id);
    await escalateIssue(ports, origin.id);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(ports.store.events.filter((event) => event.action === 'escalation-started').map((event) => event.domain)).toEqual(['service', 'security']);
  });

  it('does nothing for an issue without a classification', async () => {
    const { ports, origin } = site(null);

    const outcome = await escalateIssue(ports, origin.id);

    expect(outcome).toMatchObject({ kind: 'escalated', actions: [] });
    expect(ports.jira.issuesIn('SEC')).toHaveLength(0);
  });

  it('records an audit event and escalates nothing when the stored value is invalid', async () => {
    const { ports, origin } = site({ security: 'yes', severity: 9 });

    const outcome = await escalateIssue(ports, origin.id);

    expect(outcome).toEqual({ kind: 'skipped', reason: 'invalid-value' });
    expect(ports.jira.issuesIn('SEC')).toHaveLength(0);
    expect(ports.store.events).toEqual([expect.objectContaining({ action: 'classification-invalid', issueId: origin.id })]);
  });

  it('opens an AI issue in the AI governance project assigned to the configured owner', async () => {
    const { ports, origin } = site({ ...securityAndService, security: false, service: false, ai: true, aiHarm: 'bias' });
    ports.store.settingsValue = { ...ports.store.settingsValue, defaultAiOwnerAccountId: 'owner-1' };

    await escalateIssue(ports, origin.id);

    expect(ports.jira.issuesIn('AIG')).toEqual([expect.objectContaining({ issueTypeName: 'AI incident', assigneeAccountId: 'owner-1' })]);
  });

  it("assigns the AI issue to the owner of the AI system the classification names, over the configured owner", async () => {
    const { ports, origin } = site({ ...securityAndService, security: false, service: false, ai: true, aiHarm: 'drift', aiSystem: 'AIS-1' });
    ports.store.settingsValue = { ...ports.store.settingsValue, defaultAiOwnerAccountId: 'owner-1' };
    const register = { 'AIS-1': { id: 'AIS-1', name: 'Credit scoring', owner: 'system-owner' } };
    const withRegister = { ...ports, aiSystems: { read: async (id: string) => (register[id as 'AIS-1'] as never) ?? null } };

    await escalateIssue(withRegister, origin.id);

    expect(ports.jira.issuesIn('AIG')).toEqual([expect.objectContaining({ assigneeAccountId: 'system-owner' })]);
  });

  it('does not escalate security when the admin configured no security project', async () => {
    const { ports, origin } = site();
    ports.store.settingsValue = { ...ports.store.settingsValue, securityProjectKey: null };

    await escalateIssue(ports, origin.id);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(0);
    expect(ports.jira.issue('SD-7')!.priorityName).toBe('High');
  });
});

describe('recovering from a crashed escalation', () => {
  it('waits while another invocation may still be working on the claim', async () => {
    const { ports, origin } = site();
    await ports.store.claims.claim(origin.id, { domain: 'security', state: 'claimed', claimedAt: ports.clock.now().toISOString() });

    const outcome = await escalateIssue(ports, origin.id);

    expect(outcome).toMatchObject({ plan: expect.arrayContaining([expect.objectContaining({ domain: 'security', kind: 'wait' })]) });
    expect(ports.jira.issuesIn('SEC')).toHaveLength(0);
  });

  it('resumes a claim whose invocation died before creating the issue, exactly once', async () => {
    const { ports, origin } = site();
    ports.jira.crashOn = 'createIssue';
    await expect(escalateIssue(ports, origin.id)).rejects.toThrow('timed out');
    ports.clock.advance(DEFAULT_CLAIM_LEASE_MS + 1);

    await Promise.all([escalateIssue(ports, origin.id), escalateIssue(ports, origin.id), escalateIssue(ports, origin.id)]);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(ports.jira.links).toHaveLength(1);
    expect(ports.store.events.filter((event) => event.action === 'escalation-resumed' && event.domain === 'security')).toHaveLength(1);
  });

  it('finishes with the recorded issue when the invocation died after creating it', async () => {
    const { ports, origin } = site();
    ports.jira.crashOn = 'linkIssues';
    await expect(escalateIssue(ports, origin.id)).rejects.toThrow('timed out');
    ports.clock.advance(DEFAULT_CLAIM_LEASE_MS + 1);

    await escalateIssue(ports, origin.id);

    const [security, ...others] = ports.jira.issuesIn('SEC');
    expect(others).toHaveLength(0);
    expect(ports.jira.links).toEqual([expect.objectContaining({ fromIssueKey: 'SD-7', toIssueKey: security!.key })]);
    expect((await ports.store.claims.list(origin.id)).find((claim) => claim.domain === 'security')).toMatchObject({ state: 'done', escalationIssueKey: security!.key });
  });
});

describe('removing a domain', () => {
  it('comments and audits once, and deletes or closes nothing', async () => {
    const { ports, origin } = site();
    await escalateIssue(ports, origin.id);
    ports.jira.classify('SD-7', { ...securityAndService, security: false, personalData: false });

    await Promise.all([escalateIssue(ports, origin.id), escalateIssue(ports, origin.id)]);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(ports.jira.links).toHaveLength(1);
    expect(origin.comments).toHaveLength(2);
    expect(JSON.stringify(origin.comments[1])).toContain('Security impact was removed');
    expect(ports.store.events.filter((event) => event.action === 'escalation-withdrawn')).toEqual([expect.objectContaining({ domain: 'security' })]);
  });

  it('continues the existing escalation when the domain is set again', async () => {
    const { ports, origin } = site();
    await escalateIssue(ports, origin.id);
    ports.jira.classify('SD-7', null);
    await escalateIssue(ports, origin.id);
    ports.jira.classify('SD-7', securityAndService);

    await escalateIssue(ports, origin.id);

    expect(ports.jira.issuesIn('SEC')).toHaveLength(1);
    expect(ports.store.events.filter((event) => event.action === 'escalation-reinstated').map((event) => event.domain).sort()).toEqual(['security', 'service']);
  });
});
