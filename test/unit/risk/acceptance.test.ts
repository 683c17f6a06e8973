import { acceptRisk, applyEdit, isAcceptanceOutdated } from '../../../src/domain/risk';
import type { Risk } from '../../../src/domain/schemas/risk';
import { LATER, LEAD, NOW, OWNER, recordedRisk } from './fixtures';

function accepted(risk: Risk = recordedRisk({ controls: ['ISO27001:A.8.13', 'ISO27001:A.8.7'] })): Risk {
  const result = acceptRisk(risk, OWNER, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return result.risk;
}

describe('owner acceptance of the residual risk', () => {
  it('is refused to anyone but the owner', () => {
    expect(acceptRisk(recordedRisk(), LEAD, NOW)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only the owner of R-3 (owner-1) can accept its residual risk' },
    });
  });

  it('freezes the accepted values, their hash, who and when', () => {
    const risk = recordedRisk();
    const result = acceptRisk(risk, OWNER, LATER);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.risk.status).toBe('accepted');
    expect(result.risk.acceptance).toMatchObject({ acceptedBy: 'owner-1', acceptedAt: '2025-03-02T10:00:00.000Z', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(result.risk.acceptance?.values).toMatchObject({ treatment: 'mitigate', controls: ['ISO27001:A.8.13'], residual: { likelihood: 4, impact: 4 } });
    expect(result.events[0]).toMatchObject({ kind: 'risk-accepted', summary: 'owner-1 accepted the residual risk (high: likelihood 4 × impact 4)' });
    expect(isAcceptanceOutdated(result.risk)).toBe(false);
  });

  it('is refused on a version the owner did not see', () => {
    const edited = applyEdit(recordedRisk(), { title: 'Changed meanwhile' }, 1, LEAD, NOW);
    if (!edited.ok) throw new Error(edited.error.message);
    expect(acceptRisk(edited.risk, OWNER, LATER, { expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is outdated when the controls change, and the owner is told', () => {
    const risk = accepted();
    const result = applyEdit(risk, { controls: ['ISO27001:A.8.13'] }, risk.version, LEAD, LATER);
    if (!result.ok) throw new Error(result.error.message);
    expect(isAcceptanceOutdated(result.risk)).toBe(true);
    expect(result.events.map((event) => event.kind)).toEqual(['risk-edited', 'acceptance-outdated']);
    expect(result.events[1]?.notify).toEqual(['owner-1']);
  });

  it('is outdated when the treatment changes', () => {
    const risk = accepted();
    const result = applyEdit(risk, { treatment: 'avoid' }, risk.version, LEAD, LATER);
    expect(result.ok && isAcceptanceOutdated(result.risk)).toBe(true);
  });

  it('holds when only the review cadence changes', () => {
    const risk = accepted();
    const result = applyEdit(risk, { reviewCadenceDays: 30 }, risk.version, LEAD, LATER);
    expect(result.ok && isAcceptanceOutdated(result.risk)).toBe(false);
    expect(result.ok && result.events.map((event) => event.kind)).toEqual(['risk-edited']);
  });

  it('holds when the same controls are listed in another order', () => {
    const risk = accepted();
    const result = applyEdit(risk, { controls: ['ISO27001:A.8.7', 'ISO27001:A.8.13'] }, risk.version, LEAD, LATER);
    expect(result.ok && isAcceptanceOutdated(result.risk)).toBe(false);
  });

  it('can be given again after an outdating edit, which makes it current', () => {
    const risk = accepted();
    const edited = applyEdit(risk, { residual: { likelihood: 2, impact: 2 } }, risk.version, LEAD, LATER);
    if (!edited.ok) throw new Error(edited.error.message);
    const again = acceptRisk(edited.risk, OWNER, LATER);
    expect(again.ok && isAcceptanceOutdated(again.risk)).toBe(false);
    expect(again.ok && again.risk.version).toBe(edited.risk.version + 1);
  });

  it('changes nothing when the owner accepts a risk whose acceptance still holds', () => {
    const risk = accepted();
    expect(acceptRisk(risk, OWNER, LATER)).toEqual({ ok: true, risk, events: [] });
  });

  it('is refused on a closed risk', () => {
    expect(acceptRisk(recordedRisk({ status: 'closed' }), OWNER, NOW)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
