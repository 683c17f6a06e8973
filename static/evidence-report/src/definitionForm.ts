import { clauseIdParts, type ClauseId, type StandardId } from '../../../src/domain/catalog';
import {
  EvidenceReportDefinitionSchema,
  type ClauseSelection,
  type EvidenceReportDefinitionInput,
  type EvidenceRule,
} from '../../../src/domain/schemas/evidence';

export type AnnexStandard = 'ISO27001' | 'ISO42001';

/** What the form holds while the user edits: text as typed, turned into a definition only to run or save. */
export interface DefinitionForm {
  name: string;
  standards: StandardId[];
  clauses: ClauseId[];
  annexA: AnnexStandard[];
  /** Clauses taken with everything under them, e.g. ISO20000-1:8 for "clause 8 of 20000-1". */
  subtrees: ClauseId[];
  periodKind: 'last' | 'between';
  lastCount: string;
  lastUnit: 'days' | 'months';
  from: string;
  to: string;
  scopeKind: 'basic' | 'jql';
  projects: string;
  issueTypes: string;
  jql: string;
  evidenceRule: EvidenceRule;
  staleAfterDays: string;
  includeMappedEvidence: boolean;
}

export const EMPTY_FORM: DefinitionForm = {
  name: '',
  standards: ['ISO27001'],
  clauses: [],
  annexA: [],
  subtrees: [],
  periodKind: 'last',
  lastCount: '365',
  lastUnit: 'days',
  from: '',
  to: '',
  scopeKind: 'basic',
  projects: '',
  issueTypes: '',
  jql: '',
  evidenceRule: 'resolved',
  staleAfterDays: '90',
  includeMappedEvidence: true,
};

const listOf = (text: string) => text.split(',').map((part) => part.trim()).filter((part) => part !== '');

function selectionsOf(form: DefinitionForm): ClauseSelection[] {
  return [
    ...(form.clauses.length > 0 ? [{ kind: 'clauses' as const, ids: form.clauses }] : []),
    ...form.annexA.map((standard) => ({ kind: 'annexA' as const, standard })),
    ...form.subtrees.map((id) => ({ kind: 'subtree' as const, id })),
  ];
}

/** The standards a selection needs are added for the user: picking A.8.32 means reporting on 27001. */
function standardsOf(form: DefinitionForm): StandardId[] {
  const needed = [...form.clauses, ...form.subtrees].map((id) => clauseIdParts(id).standard);
  return [...new Set<StandardId>([...form.standards, ...form.annexA, ...needed])];
}

export function definitionOf(form: DefinitionForm, timeZone: string): EvidenceReportDefinitionInput {
  const selection = selectionsOf(form);
  return {
    ...(form.name.trim() === '' ? {} : { name: form.name.trim() }),
    standards: standardsOf(form),
    ...(selection.length > 0 ? { selection } : {}),
    period:
      form.periodKind === 'last'
        ? { kind: 'last', count: Number(form.lastCount), unit: form.lastUnit }
        : { kind: 'between', from: form.from, to: form.to },
    timeZone,
    scope: form.scopeKind === 'jql' ? { kind: 'jql', jql: form.jql } : { kind: 'basic', projects: listOf(form.projects), issueTypes: listOf(form.issueTypes) },
    evidenceRule: form.evidenceRule,
    staleAfterDays: Number(form.staleAfterDays),
    includeMappedEvidence: form.includeMappedEvidence,
  };
}

/** The first problem the schema finds, worded for the form; null when the definition can run. */
export function definitionProblem(definition: EvidenceReportDefinitionInput): string | null {
  const parsed = EvidenceReportDefinitionSchema.safeParse(definition);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'The report definition is incomplete');
}

/** A saved definition back in the form, to re-run or adjust it. */
export function formOf(definition: EvidenceReportDefinitionInput, name: string): DefinitionForm {
  const selection = definition.selection ?? [];
  const scope = definition.scope ?? { kind: 'basic', projects: [], issueTypes: [] };
  return {
    ...EMPTY_FORM,
    name,
    standards: [...definition.standards],
    clauses: selection.flatMap((each) => (each.kind === 'clauses' ? each.ids : [])) as ClauseId[],
    annexA: selection.flatMap((each) => (each.kind === 'annexA' ? [each.standard] : [])),
    subtrees: selection.flatMap((each) => (each.kind === 'subtree' ? [each.id] : [])) as ClauseId[],
    periodKind: definition.period.kind,
    lastCount: definition.period.kind === 'last' ? String(definition.period.count) : EMPTY_FORM.lastCount,
    lastUnit: definition.period.kind === 'last' ? definition.period.unit : 'days',
    from: definition.period.kind === 'between' ? definition.period.from : '',
    to: definition.period.kind === 'between' ? definition.period.to : '',
    scopeKind: scope.kind,
    projects: scope.kind === 'basic' ? (scope.projects ?? []).join(', ') : '',
    issueTypes: scope.kind === 'basic' ? (scope.issueTypes ?? []).join(', ') : '',
    jql: scope.kind === 'jql' ? scope.jql : '',
    evidenceRule: definition.evidenceRule ?? 'resolved',
    staleAfterDays: String(definition.staleAfterDays ?? 90),
    includeMappedEvidence: definition.includeMappedEvidence ?? true,
  };
}
