import {
  DEFAULT_PRIORITY_BY_SEVERITY,
  aiEscalationIssue,
  domainReinstatedComment,
  domainWithdrawnComment,
  escalationStartedComment,
  priorityForSeverity,
  securityEscalationIssue,
  type AdfDocument,
} from '../../../src/domain/classification';
import { classification } from './fixtures';

const plainText = (doc: AdfDocument): string => doc.content.map((paragraph) => paragraph.content.map((node) => node.text).join('')).join('\n');
const origin = { key: 'INC-42', summary: 'Mail server leaks attachments' };

describe('priority from severity', () => {
  it('maps severities 1 to 4 to Highest, High, Medium and Low by default', () => {
    expect([1, 2, 3, 4].map((severity) => priorityForSeverity(severity as 1 | 2 | 3 | 4))).toEqual(['Highest', 'High', 'Medium', 'Low']);
  });

  it("follows the site's configured map", () => {
    expect(priorityForSeverity(1, { ...DEFAULT_PRIORITY_BY_SEVERITY, 1: 'P1' })).toBe('P1');
  });
});

describe('the security escalation issue', () => {
  it('prefixes the summary, carries the severity over and names the origin in the description', () => {
    const content = securityEscalationIssue({ origin, classification: classification({ severity: 1, personalData: true }), summaryPrefix: '[SEC]' });
    expect(content.summary).toBe('[SEC] INC-42: Mail server leaks attachments');
    expect(content.severity).toBe(1);
    expect(content.priorityName).toBe('Highest');
    expect(plainText(content.description)).toContain('Escalated from INC-42: Mail server leaks attachments');
    expect(plainText(content.description)).toContain('Classification: Security · Sev 1 · Personal data');
  });

  it("keeps the summary within Jira's 255 characters", () => {
    const content = securityEscalationIssue({ origin: { key: 'INC-1', summary: 'x'.repeat(400) }, classification: classification(), summaryPrefix: '[SEC]' });
    expect(content.summary).toHaveLength(255);
    expect(content.summary.endsWith('…')).toBe(true);
  });
});

describe('the AI escalation issue', () => {
  const aiIncident = classification({ security: false, ai: true, aiHarm: 'bias', aiSystem: 'AIS-3', severity: 3 });

  it("is assigned to the AI system's owner", () => {
    const content = aiEscalationIssue({
      origin,
      classification: aiIncident,
      summaryPrefix: '[AI]',
      aiSystem: { id: 'AIS-3', name: 'CV screening', ownerAccountId: 'owner-1' },
      defaultOwnerAccountId: 'governance-lead',
    });
    expect(content.assigneeAccountId).toBe('owner-1');
    expect(content.summary).toBe('[AI] INC-42: Mail server leaks attachments');
    expect(plainText(content.description)).toContain('AI system: CV screening (AIS-3)');
    expect(plainText(content.description)).toContain('AI harm: bias');
  });

  it('falls back to the configured owner when the system has none', () => {
    const content = aiEscalationIssue({ origin, classification: aiIncident, summaryPrefix: '[AI]', aiSystem: { id: 'AIS-3', name: 'CV screening' }, defaultOwnerAccountId: 'governance-lead' });
    expect(content.assigneeAccountId).toBe('governance-lead');
  });

  it('stays unassigned when neither owner is known', () => {
    expect(aiEscalationIssue({ origin, classification: aiIncident, summaryPrefix: '[AI]' })).not.toHaveProperty('assigneeAccountId');
  });
});

describe('comments on the origin issue', () => {
  it('links the escalation once it exists', () => {
    expect(plainText(escalationStartedComment('security', 'SEC-9'))).toBe('Security escalation started: SEC-9.');
  });

  it('says on withdrawal that the escalation stays and nothing is deleted', () => {
    expect(plainText(domainWithdrawnComment('security', 'SEC-9'))).toBe(
      'Security impact was removed from the classification. The escalation SEC-9 stays as it is; close it there if it is no longer needed.',
    );
    expect(plainText(domainWithdrawnComment('service'))).toBe('Service impact was removed from the classification. Nothing was deleted.');
  });

  it('says on reinstatement that the existing escalation continues', () => {
    expect(plainText(domainReinstatedComment('ai', 'AIG-2'))).toBe('AI impact was set again. The existing escalation AIG-2 continues; no new one was opened.');
  });
});
