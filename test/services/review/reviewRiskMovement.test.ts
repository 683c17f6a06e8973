import { acceptRisk, applyEdit, createRisk, type RiskCommandResult } from '../../../src/domain/risk';
import type { Risk, RiskEditInput } from '../../../src/domain/schemas/risk';
import { buildReviewPack } from '../../../src/services/review/buildReviewPack';
import { FakeRiskStore } from '../risk/fakes';
import { newRisk, OWNER } from '../../unit/risk/fixtures';
import { reviewPorts } from './fakeReviewJira';

const period = { from: '2026-01-01', to: '2026-03-31' };
const now = new Date('2026-04-15T09:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/** A register written through the domain's own commands, so each risk has the history a real one would. */
class Register {
  readonly store = new FakeRiskStore();
  private count = 0;

  private async commit(result: RiskCommandResult): Promise<Risk> {
    if (!result.ok) throw new Error(result.error.message);
    if (!(await this.store.write(result.risk, result.events))) throw new Error('write refused');
    return result.risk;
  }

  async create(day: string, levels = { likelihood: 3, impact: 3 }, title = 'Risk'): Promise<Risk> {
    this.count += 1;
    return this.commit(createRisk(newRisk({ title, inherent: { likelihood: 5, impact: 5 }, residual: levels, reviewCadenceDays: 365 }), `R-${this.count}`, OWNER, at(day)));
  }

  async edit(risk: Risk, day: string, edit: RiskEditInput): Promise<Risk> {
    return this.commit(applyEdit(risk, edit, risk.version, OWNER, at(day)));
  }

  async accept(risk: Risk, day: string): Promise<Risk> {
    return this.commit(acceptRisk(risk, OWNER, at(day)));
  }
}

async function movementOf(register: Register) {
  const pack = await buildReviewPack(reviewPorts([], { risks: register.store, now }), period);
  if (!pack.ok) throw new Error(pack.error.message);
  return pack.value.risks;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('risk register movement in the management review', () => {
  it('counts a risk recorded during the period as new, and one recorded after it not at all', async () => {
    const register = new Register();
    await register.create('2025-10-01');
    await register.create('2026-02-10');
    await register.create('2026-04-02');

    const movement = await movementOf(register);

    expect(ids(movement.items.new)).toEqual(['R-2']);
    expect(movement.openAtEnd).toBe(2);
  });

  it('compares the residual score at the end of the period with the score when it started', async () => {
    const register = new Register();
    const raised = await register.create('2025-10-01', { likelihood: 2, impact: 2 });
    const lowered = await register.create('2025-10-01', { likelihood: 4, impact: 4 });
    const loweredThenBack = await register.create('2025-10-01', { likelihood: 3, impact: 3 });
    await register.edit(raised, '2026-02-01', { residual: { likelihood: 3, impact: 4 } });
    await register.edit(lowered, '2025-12-20', { residual: { likelihood: 4, impact: 3 } }).then((risk) => register.edit(risk, '2026-03-01', { residual: { likelihood: 2, impact: 3 } }));
    await register.edit(loweredThenBack, '2026-02-01', { residual: { likelihood: 1, impact: 1 } }).then((risk) => register.edit(risk, '2026-03-10', { residual: { likelihood: 3, impact: 3 } }));

    const movement = await movementOf(register);

    expect(movement.items.raised).toEqual([expect.objectContaining({ id: 'R-1', residualAtStart: 4, residualAtEnd: 12 })]);
    expect(movement.items.lowered).toEqual([expect.objectContaining({ id: 'R-2', residualAtStart: 12, residualAtEnd: 6 })]);
    expect(movement.counts).toMatchObject({ raised: 1, lowered: 1 });
  });

  it('takes the score at the end of the period, not today, when the risk changed after it', async () => {
    const register = new Register();
    const risk = await register.create('2025-10-01', { likelihood: 2, impact: 2 });
    await register.edit(risk, '2026-02-01', { residual: { likelihood: 2, impact: 3 } }).then((edited) => register.edit(edited, '2026-04-10', { residual: { likelihood: 1, impact: 1 } }));

    const movement = await movementOf(register);

    expect(movement.items.raised).toEqual([expect.objectContaining({ id: 'R-1', residualAtStart: 4, residualAtEnd: 6 })]);
    expect(movement.counts.lowered).toBe(0);
  });

  it('counts risks closed and risks accepted by their owner during the period', async () => {
    const register = new Register();
    const closed = await register.create('2025-10-01');
    const closedBefore = await register.create('2025-10-01');
    const accepted = await register.create('2025-10-01');
    await register.edit(closed, '2026-03-01', { status: 'closed' });
    await register.edit(closedBefore, '2025-12-01', { status: 'closed' });
    await register.accept(accepted, '2026-01-15');

    const movement = await movementOf(register);

    expect(ids(movement.items.closed)).toEqual(['R-1']);
    expect(ids(movement.items.accepted)).toEqual(['R-3']);
    expect(movement.openAtEnd).toBe(1);
  });

  it('lists open risks whose review date has passed, but not closed ones', async () => {
    const register = new Register();
    const overdue = await register.create('2025-01-10');
    const closed = await register.create('2025-01-10');
    await register.create('2026-02-01');
    await register.edit(closed, '2025-06-01', { status: 'closed' });

    const movement = await movementOf(register);

    expect(movement.items.overdueReview).toEqual([expect.objectContaining({ id: overdue.id, nextReviewDate: '2026-01-10' })]);
  });

  it('reads the register once and the history only of risks written since the period started', async () => {
    const register = new Register();
    for (let index = 0; index < 150; index += 1) await register.create('2025-06-01');
    const edited = await register.create('2025-06-01');
    await register.edit(edited, '2026-02-01', { residual: { likelihood: 1, impact: 1 } });
    const listCalls = jest.spyOn(register.store, 'list');
    const historyCalls = jest.spyOn(register.store, 'history');

    const movement = await movementOf(register);

    // Two pages of 100 serve both the movement and the SoA's risk column.
    expect(listCalls).toHaveBeenCalledTimes(2);
    expect(historyCalls.mock.calls.map(([id]) => id)).toEqual([edited.id]);
    expect(movement).toMatchObject({ registerPages: 2, historyReads: 1 });
  });
});
