import { DEFAULT_RISK_MATRIX } from '../../../src/domain/riskMatrix';
import { applyEdit, assessRisk, createRisk, markReviewed, riskIdFor } from '../../../src/domain/risk';
import { NewRiskSchema, RiskSchema } from '../../../src/domain/schemas/risk';
import { LATER, LEAD, NOW, newRisk, recordedRisk } from './fixtures';

describe('risk ids', () => {
  it('reads R- and the counter value', () => {
    expect(riskIdFor(12)).toBe('R-12');
  });

  it('refuses a counter that is not a positive whole number', () => {
    expect(() => riskIdFor(0)).toThrow(RangeError);
    expect(() => riskIdFor(1.5)).toThrow(RangeError);
  });
});

describe('recording a risk scenario', () => {
  it('starts with the residual risk equal to the inherent risk and a review one cadence away', () => {
    const result = createRisk(newRisk({ reviewCadenceDays: 30 }), 'R-1', LEAD, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.risk.residual).toEqual({ likelihood: 4, impact: 4 });
    expect(result.risk).toMatchObject({ id: 'R-1', version: 1, status: 'identified', lastReviewedOn: '2025-03-01', nextReviewDate: '2025-03-31', acceptance: null });
    expect(result.events.map((event) => event.kind)).toEqual(['risk-created']);
    expect(RiskSchema.safeParse(result.risk).success).toBe(true);
  });

  it('refuses a residual level above the inherent one, naming the axis', () => {
    const parsed = NewRiskSchema.safeParse({ ...newRisk(), residual: { likelihood: 5, impact: 2 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('The residual likelihood (5) is higher than the inherent likelihood (4): treatment and controls can only lower a risk');
  });

  it('refuses a control that is not in the catalog', () => {
    const parsed = NewRiskSchema.safeParse({ ...newRisk(), controls: ['ISO27001:A.5.99'] });
    expect(parsed.error?.issues[0]?.message).toBe('ISO27001:A.5.99 is not a clause or control in the catalog');
  });

  it('refuses an unknown category with the list of categories', () => {
    const parsed = NewRiskSchema.safeParse({ ...newRisk(), category: 'finance' });
    expect(parsed.error?.issues[0]?.message).toBe('The category is service, security, ai, supplier, continuity, privacy or other');
  });

  it('refuses to start a risk as accepted', () => {
    const result = createRisk(newRisk({ status: 'accepted' }), 'R-1', LEAD, NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('scoring a risk on the shared matrix', () => {
  it('classes inherent and residual risk with the CAB matrix', () => {
    const risk = recordedRisk({ residual: { likelihood: 2, impact: 2 } });
    expect(assessRisk(risk)).toEqual({ inherentClass: 'high', residualClass: 'low' });
  });

  it('follows a site matrix that differs from the default', () => {
    const strict = DEFAULT_RISK_MATRIX.map((row) => row.map(() => 'critical' as const));
    expect(assessRisk(recordedRisk(), strict)).toEqual({ inherentClass: 'critical', residualClass: 'critical' });
  });
});

describe('editing a risk', () => {
  it('refuses a stale edit and says who changed the risk and when', () => {
    const edited = applyEdit(recordedRisk(), { title: 'Ransomware on the CMDB' }, 1, { accountId: 'alice' }, LATER);
    if (!edited.ok) throw new Error(edited.error.message);
    const stale = applyEdit(edited.risk, { description: 'Second browser' }, 1, { accountId: 'bob' }, LATER);
    expect(stale).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'R-3 was changed by alice at 2025-03-02T10:00:00.000Z (now version 2, you edited version 1): reload it and apply your change again',
      },
    });
  });

  it('records only the changed fields, before and after, and moves to the next version', () => {
    const risk = recordedRisk();
    const result = applyEdit(risk, { title: risk.title, treatment: 'transfer', residual: { likelihood: 2, impact: 3 } }, 1, LEAD, LATER);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.risk).toMatchObject({ version: 2, treatment: 'transfer', updatedBy: 'isms-lead', updatedAt: '2025-03-02T10:00:00.000Z' });
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'risk-edited',
        riskVersion: 2,
        before: { treatment: 'mitigate', residual: { likelihood: 4, impact: 4 } },
        after: { treatment: 'transfer', residual: { likelihood: 2, impact: 3 } },
      }),
    ]);
  });

  it('writes nothing when the edit changes nothing', () => {
    const risk = recordedRisk();
    expect(applyEdit(risk, { category: 'security' }, 1, LEAD, LATER)).toEqual({ ok: true, risk, events: [] });
  });

  it('refuses an edit that raises the residual risk above the inherent risk', () => {
    const result = applyEdit(recordedRisk(), { inherent: { likelihood: 2, impact: 4 } }, 1, LEAD, LATER);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('residual likelihood (4) is higher than the inherent likelihood (2)') } });
  });

  it('moves the next review when the cadence changes', () => {
    const result = applyEdit(recordedRisk(), { reviewCadenceDays: 10 }, 1, LEAD, LATER);
    expect(result.ok && result.risk.nextReviewDate).toBe('2025-03-11');
  });

  it('leaves acceptance to the owner: an edit cannot set the status to accepted', () => {
    expect(applyEdit(recordedRisk(), { status: 'accepted' }, 1, LEAD, LATER)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('reviewing a risk', () => {
  it('counts the cadence again from the review day', () => {
    const result = markReviewed(recordedRisk({ reviewCadenceDays: 90 }), 1, LEAD, new Date('2025-06-15T12:00:00Z'));
    expect(result.ok && result.risk).toMatchObject({ lastReviewedOn: '2025-06-15', nextReviewDate: '2025-09-13', version: 2 });
  });
});

describe('what an edit may touch', () => {
  it('refuses keys outside the edit form, such as the version or the acceptance', () => {
    const edit = { version: 99, acceptance: null } as unknown as Parameters<typeof applyEdit>[1];
    expect(applyEdit(recordedRisk(), edit, 1, LEAD, LATER)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
