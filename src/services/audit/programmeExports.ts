import { z } from 'zod';
import { auditPlanCsv, programmeCoverageCsv } from '../../domain/audit/programmeCsv';
import type { PdfExport } from '../evidence/pdfExport';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';
import { programmePdfExport } from './programmePdf';
import type { Caller, ProgrammePorts } from './programmePorts';
import { getProgrammeView } from './programmeView';

export const ExportProgrammeCsvInput = z.strictObject({ kind: z.enum(['plan', 'coverage'], { error: 'The export is the plan or the coverage' }) });

const NO_PROGRAMME = 'Set up the programme before exporting it.';

/** The audit plan or the programme coverage as CSV (UTF-8 with BOM, formula-safe cells). Anyone signed in may. */
export async function exportProgrammeCsv(ports: ProgrammePorts, caller: Caller, input: z.output<typeof ExportProgrammeCsvInput>): Promise<RegisterResult<{ filename: string; content: string }>> {
  const view = await getProgrammeView(ports, caller);
  if (!view.ok) return view;
  const { programme, coverage, audits, people } = view.value;
  if (programme === null || coverage === null) return refuse('NOT_FOUND', NO_PROGRAMME);
  const date = ports.clock.now().toISOString().slice(0, 10);
  const content = input.kind === 'plan' ? auditPlanCsv(audits.map((row) => row.audit), people) : programmeCoverageCsv(coverage);
  return succeed({ filename: `audit-programme-${input.kind}-${date}.csv`, content });
}

/** The audit plan and coverage per standard as one PDF, base64 for the resolver's JSON answer. */
export async function exportProgrammePdf(ports: ProgrammePorts, caller: Caller): Promise<RegisterResult<PdfExport>> {
  const view = await getProgrammeView(ports, caller);
  if (!view.ok) return view;
  const { programme, coverage, audits, people } = view.value;
  if (programme === null || coverage === null) return refuse('NOT_FOUND', NO_PROGRAMME);
  return succeed(await programmePdfExport({ programme, coverage, audits: audits.map((row) => row.audit), people, generatedAt: ports.clock.now() }));
}
