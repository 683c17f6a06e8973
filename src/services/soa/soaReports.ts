import { z } from 'zod';
import { builtinCatalog, type ClauseId } from '../../domain/catalog';
import { SOA_STANDARDS, soaAlignment, soaCsv, soaSummary, type SoaAuditEvent, type SoaEntry, type SoaSummary } from '../../domain/soa';
import { ensureSoa } from './ensureSoa';
import type { SoaPorts } from './ports';
import { succeed, type RegisterResult } from './registerResult';

/** Read-only views over the whole SoA: 131 entries, two index queries. */
export async function allEntries(ports: SoaPorts): Promise<SoaEntry[]> {
  await ensureSoa(ports.store);
  return (await Promise.all(SOA_STANDARDS.map((standard) => ports.store.list(standard)))).flat();
}

export async function getSoaSummary(ports: SoaPorts): Promise<RegisterResult<SoaSummary>> {
  return succeed(soaSummary(await allEntries(ports)));
}

export interface AlignmentRow {
  controlId: string;
  title: string;
  applicable: boolean;
  implementationStatus: SoaEntry['implementationStatus'];
  related: { controlId: string; title: string; relation: string; applicable: boolean; implementationStatus: SoaEntry['implementationStatus'] }[];
}

/** Each 42001 control beside its high-confidence 27001 equivalents, with both sides' decisions. */
export async function getSoaAlignment(ports: SoaPorts): Promise<RegisterResult<AlignmentRow[]>> {
  const entries = await allEntries(ports);
  const byId = new Map(entries.map((entry) => [entry.controlId, entry]));
  const titleOf = (id: ClauseId) => builtinCatalog().lookup(id)?.title ?? id;
  return succeed(
    soaAlignment(entries).flatMap((aligned) => {
      const entry = byId.get(aligned.controlId);
      if (entry === undefined) return [];
      return [{
        controlId: entry.controlId,
        title: titleOf(entry.controlId),
        applicable: entry.applicable,
        implementationStatus: entry.implementationStatus,
        related: aligned.related.map((related) => ({ ...related, title: titleOf(related.controlId) })),
      }];
    }),
  );
}

export async function exportSoaCsv(ports: SoaPorts): Promise<RegisterResult<{ filename: string; content: string }>> {
  const entries = await allEntries(ports);
  const date = ports.clock.now().toISOString().slice(0, 10);
  return succeed({ filename: `statement-of-applicability-${date}.csv`, content: soaCsv(entries) });
}

export const SoaHistoryInput = z.strictObject({
  controlId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** The append-only audit trail, newest first: one control's, or the whole SoA's. */
export async function getSoaHistory(ports: SoaPorts, input: z.output<typeof SoaHistoryInput>): Promise<RegisterResult<SoaAuditEvent[]>> {
  return succeed(await ports.store.history(input.controlId ?? null, input.limit));
}
