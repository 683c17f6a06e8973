import { EvidenceReportDefinitionSchema, type EvidenceReportDefinition, type EvidenceReportDefinitionInput } from '../../../src/domain/schemas/evidence';

export const NOW = new Date('2026-02-18T12:00:00Z');

export function definition(input: Partial<EvidenceReportDefinitionInput> = {}): EvidenceReportDefinition {
  return EvidenceReportDefinitionSchema.parse({
    standards: ['ISO27001'],
    selection: [{ kind: 'annexA', standard: 'ISO27001' }],
    period: { kind: 'between', from: '2025-03-01', to: '2026-02-28' },
    ...input,
  });
}

export function messagesOf(input: unknown): string[] {
  const parsed = EvidenceReportDefinitionSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}
