import fc from 'fast-check';
import { saveClassification } from '../../../src/services/classification/saveClassification';
import { validClassification } from '../../unit/classification/fixtures';
import { FIELD_ID, fakePorts } from './fakes';

const AGENT = '712020:agent';

function site() {
  const ports = fakePorts(new Date('2100-01-02T00:00:00Z'));
  const origin = ports.jira.addIssue({ key: 'SD-7', summary: 'VPN down' });
  ports.jira.editors.add(origin.id);
  return { ports, origin };
}

/** A valid classification with one property replaced by anything: near misses a buggy UI or a forged call sends. */
const nearMiss = fc
  .tuple(validClassification, fc.string({ maxLength: 20 }), fc.anything())
  .map(([value, key, replacement]) => ({ ...value, [key]: replacement }));

const payloads = fc.oneof(fc.anything(), fc.jsonValue(), nearMiss, fc.dictionary(fc.string(), fc.anything()));

describe('saving a classification from arbitrary payloads, by property', () => {
  it('never throws, and writes neither the field nor an audit event unless it answers ok', async () => {
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        const { ports, origin } = site();

        const result = await saveClassification(ports, origin.id, AGENT, payload);

        if (!result.ok) {
          expect(['INVALID_INPUT']).toContain(result.code);
          expect(origin.fields[FIELD_ID]).toBeNull();
          expect(ports.store.events).toEqual([]);
        } else {
          expect(ports.store.events).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stores every valid classification with its notifyBy recomputed, whatever notifyBy the payload sent', async () => {
    await fc.assert(
      fc.asyncProperty(validClassification, fc.anything(), async (value, forgedNotifyBy) => {
        const { ports, origin } = site();

        const result = await saveClassification(ports, origin.id, AGENT, { ...value, notifyBy: forgedNotifyBy });

        expect(result.ok).toBe(true);
        const stored = origin.fields[FIELD_ID] as { notifyBy?: string };
        expect(stored.notifyBy).toBe(result.ok ? result.value.clocks.earliest?.dueAt : 'unreachable');
      }),
      { numRuns: 100 },
    );
  });
});
