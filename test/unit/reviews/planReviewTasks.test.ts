import fc from 'fast-check';
import { addDays, addMonths, aiImpactReviewItem, planReviewTasks, policyReviewItem, riskReviewItem, soaReviewItem, type ReviewItem } from '../../../src/domain/reviews';

const item = (itemId: string, dueDate: string): ReviewItem => ({ kind: 'risk', itemId, title: `${itemId} title`, owner: 'owner-1', dueDate, whereToReview: 'Apps → Risk register' });

describe('planning review tasks', () => {
  it('opens a task on the day its due date minus the lead time arrives, not before', () => {
    const items = [item('R-1', '2026-12-08'), item('R-2', '2026-12-09')];

    const tasks = planReviewTasks({ items, today: '2026-11-24', leadTimeDays: 14 });

    expect(tasks.map((task) => task.key)).toEqual(['risk:R-1:2026-12-08']);
    expect(tasks[0]).toMatchObject({ opensOn: '2026-11-24', isOverdue: false });
  });

  it('keeps an overdue review in the plan and flags it', () => {
    const [task] = planReviewTasks({ items: [item('R-1', '2026-11-01')], today: '2026-11-24', leadTimeDays: 14 });

    expect(task).toMatchObject({ key: 'risk:R-1:2026-11-01', isOverdue: true });
  });

  it('catches up after missed days: a later run plans everything that opened meanwhile', () => {
    const items = [item('R-1', '2026-12-09'), item('R-2', '2026-12-10')];

    expect(planReviewTasks({ items, today: '2026-11-24', leadTimeDays: 14 })).toHaveLength(0);
    expect(planReviewTasks({ items, today: '2026-11-26', leadTimeDays: 14 }).map((task) => task.itemId)).toEqual(['R-1', 'R-2']);
  });

  it('keys a task by kind, item and due date, so a moved due date is a new key', () => {
    const before = planReviewTasks({ items: [item('R-1', '2026-12-01')], today: '2026-11-24', leadTimeDays: 14 });
    const after = planReviewTasks({ items: [item('R-1', '2026-12-03')], today: '2026-11-24', leadTimeDays: 14 });

    expect(before[0]!.key).not.toBe(after[0]!.key);
  });

  it('never plans a task before it opens, whatever the dates and lead time', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays('2024-01-01', offset));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 20 }), day, fc.integer({ min: 0, max: 180 }), (dues, today, leadTimeDays) => {
        const tasks = planReviewTasks({ items: dues.map((due, index) => item(`R-${index + 1}`, due)), today, leadTimeDays });
        return tasks.every((task) => task.opensOn <= today && task.isOverdue === task.dueDate < today) && tasks.length === dues.filter((due) => addDays(due, -leadTimeDays) <= today).length;
      }),
    );
  });
});

describe('reviewed items', () => {
  it('counts calendar months and ends on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-11-30', 12)).toBe('2026-11-30');
  });

  it('leaves closed risks out of the reviews', () => {
    expect(riskReviewItem({ id: 'R-3', title: 'Phishing', owner: 'a', status: 'closed', nextReviewDate: '2026-12-01' })).toBeNull();
    expect(riskReviewItem({ id: 'R-3', title: 'Phishing', owner: 'a', status: 'treating', nextReviewDate: '2026-12-01' })).toMatchObject({ title: 'R-3 Phishing', dueDate: '2026-12-01' });
  });

  it('dues the SoA review a cadence after its last approved version, and not at all before one exists', () => {
    expect(soaReviewItem(null, 12, 'lead')).toBeNull();
    expect(soaReviewItem({ version: 2, approvedAt: '2025-12-03T10:00:00.000Z' }, 12, 'lead')).toMatchObject({ itemId: 'SOA', dueDate: '2026-12-03', owner: 'lead' });
  });

  it('dues a policy review a cadence after its last review', () => {
    const policy = { id: 'access-control', name: 'Access control policy', owner: 'a', cadenceMonths: 12, lastReviewedOn: '2025-12-01' };

    expect(policyReviewItem(policy)).toMatchObject({ kind: 'policy', itemId: 'access-control', dueDate: '2026-12-01' });
  });

  it('re-assesses an AI system on its named date, else a cadence after its last assessment, and never once retired', () => {
    const system = { id: 'AIS-1', name: 'Credit scoring', owner: 'a', lifecycleStage: 'operation', lastImpactAssessment: { on: '2025-11-30' } };

    expect(aiImpactReviewItem(system, 12)?.dueDate).toBe('2026-11-30');
    expect(aiImpactReviewItem({ ...system, impactAssessmentDue: '2026-06-01' }, 12)?.dueDate).toBe('2026-06-01');
    expect(aiImpactReviewItem({ ...system, lifecycleStage: 'retirement' }, 12)).toBeNull();
    expect(aiImpactReviewItem({ id: 'AIS-2', name: 'Chatbot', owner: 'a', lifecycleStage: 'design' }, 12)).toBeNull();
  });
});
