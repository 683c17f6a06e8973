import { presentHistory } from '../../../src/services/classification/presentHistory';
import type { AuditEvent } from '../../../src/ports/store';

const saved: AuditEvent = {
  issueId: '1',
  at: '2025-03-03T10:00:00.000Z',
  actor: '712020:agent',
  action: 'classification-saved',
  before: null,
  after: { service: true, security: true, ai: false, severity: 2, confidentiality: 'high', integrity: 'none', availability: 'none', personalData: false },
};
const escalated: AuditEvent = { issueId: '1', at: '2025-03-03T10:00:05.000Z', actor: 'app', action: 'escalation-started', domain: 'security', after: { escalationIssueKey: 'SEC-4' } };

describe('the classification history on the panel', () => {
  it('lists events newest first, with who and when', () => {
    expect(presentHistory([saved, escalated]).map((entry) => [entry.at, entry.actor])).toEqual([
      ['2025-03-03T10:00:05.000Z', 'app'],
      ['2025-03-03T10:00:00.000Z', '712020:agent'],
    ]);
  });

  it('shows a classification change as the field shows it, before → after', () => {
    expect(presentHistory([saved])[0]).toMatchObject({ what: 'Classification saved', before: 'Not classified', after: 'Security + Service · Sev 2 · C' });
  });

  it('says in words what an escalation did, without a before → after', () => {
    const [entry] = presentHistory([escalated]);
    expect(entry).toEqual({ at: escalated.at, actor: 'app', action: 'escalation-started', what: 'Escalation started (Security): issue SEC-4' });
  });
});
