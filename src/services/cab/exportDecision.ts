import { z } from 'zod';
import { safeCsv } from '../../domain/risk/spreadsheetCell';
import { refuse, succeed, type CabResult } from './cabResult';
import { NOT_VISIBLE } from './getCab';
import { loadChange } from './loadChange';
import type { CabPorts } from './ports';

export const ExportDecisionInput = z.strictObject({ format: z.enum(['json', 'csv'], { error: 'The export format is json or csv' }) });
export type ExportDecisionInput = z.infer<typeof ExportDecisionInput>;

export interface DecisionExport {
  filename: string;
  content: string;
}

const AUDIT_COLUMNS = ['at', 'actor', 'actorName', 'kind', 'recordVersion', 'summary', 'before', 'after', 'notify'];

/**
 * The decision record for auditors: the record (answers, hash, votes, status) and the complete audit trail,
 * oldest first. Anyone who may browse the change may export it; CSV cells are escaped against formula injection.
 */
export async function exportDecision(ports: CabPorts, issueId: string, input: ExportDecisionInput): Promise<CabResult<DecisionExport>> {
  const change = await loadChange(ports.userJira, issueId);
  if (change === null) return refuse('NOT_FOUND', NOT_VISIBLE);
  const [stored, audit] = await Promise.all([ports.store.records.read(change.issueId), ports.store.records.listFullAudit(change.issueId)]);
  if (stored === null) return refuse('NOT_FOUND', 'This change has no CAB record yet: there is nothing to export.');
  const base = `cab-decision-${change.issueKey}-v${stored.record.version}`;
  if (input.format === 'json') {
    const { audit: _recent, ...record } = stored.record;
    return succeed({ filename: `${base}.json`, content: JSON.stringify({ issueKey: change.issueKey, summary: change.summary, record, audit }, null, 2) });
  }
  const rows = audit.map((event) => [
    event.at,
    event.actor,
    stored.names[event.actor] ?? '',
    event.kind,
    String(event.recordVersion),
    event.summary,
    JSON.stringify(event.before),
    JSON.stringify(event.after),
    (event.notify ?? []).join(' '),
  ]);
  return succeed({ filename: `${base}.csv`, content: safeCsv(AUDIT_COLUMNS, rows) });
}
