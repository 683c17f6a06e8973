import fc from 'fast-check';
import { answersHash, canonicalJson, invalidateStaleVotes } from '../../../src/domain/cab';
import type { Answer, Answers, Vote } from '../../../src/domain/schemas/cab';
import { lowRiskAnswers } from './fixtures';

const answer: fc.Arbitrary<Answer> = fc.record(
  { choice: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), note: fc.string({ maxLength: 30 }), evidenceUrl: fc.webUrl() },
  { requiredKeys: ['choice'] },
);
const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), answer, { minKeys: 1, maxKeys: 12 });
const hash = (value: Answers) => answersHash({ templateVersion: 1, changeType: 'normal', answers: value });

/** The same content with keys inserted in reverse order, at both levels. */
function reversed(value: Answers): Answers {
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, Object.fromEntries(Object.entries(item).reverse()) as Answer]));
}

describe('Canonical JSON', () => {
  it('sorts keys at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"x","z":null}]},"b":1}');
  });
});

describe('The answers hash', () => {
  it('is a SHA-256 in hex', () => {
    expect(hash(lowRiskAnswers())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable under key order', () => {
    fc.assert(fc.property(answers, (value) => expect(hash(reversed(value))).toBe(hash(value))));
  });

  it('changes when any answer’s choice, note or evidence changes', () => {
    fc.assert(
      fc.property(answers, fc.nat(), fc.constantFrom('choice', 'note', 'evidenceUrl') , (value, pick, field) => {
        const keys = Object.keys(value);
        const key = keys[pick % keys.length]!;
        const before = value[key]!;
        const changed: Answer = { ...before, [field]: `${before[field as keyof Answer] ?? ''}x` };
        expect(hash({ ...value, [key]: changed })).not.toBe(hash(value));
      }),
    );
  });

  it('changes when an answer is added or removed', () => {
    fc.assert(
      fc.property(answers, (value) => {
        const [first] = Object.keys(value);
        const { [first!]: _removed, ...rest } = value;
        expect(hash(rest)).not.toBe(hash(value));
      }),
    );
  });

  it('changes with the template version and the change type', () => {
    const value = lowRiskAnswers();
    expect(answersHash({ templateVersion: 2, changeType: 'normal', answers: value })).not.toBe(hash(value));
    expect(answersHash({ templateVersion: 1, changeType: 'emergency', answers: value })).not.toBe(hash(value));
  });

  it('keeps an empty note distinct from no note, since the approver saw a different record', () => {
    expect(hash({ outage: { choice: 'none', note: '' } })).not.toBe(hash({ outage: { choice: 'none' } }));
  });
});

describe('Invalidating stale votes', () => {
  it('keeps votes on the current answers and sets apart votes on any other', () => {
    const vote = (accountId: string, answersHash: string): Vote => ({ accountId, role: 'cab-member', decision: 'approve', comment: '', answersHash, at: '2025-03-01T10:00:00.000Z' });
    const current = 'c'.repeat(64);
    const { current: kept, invalidated } = invalidateStaleVotes([vote('a', current), vote('b', 'd'.repeat(64))], current);
    expect(kept.map((v) => v.accountId)).toEqual(['a']);
    expect(invalidated.map((v) => v.accountId)).toEqual(['b']);
  });
});
