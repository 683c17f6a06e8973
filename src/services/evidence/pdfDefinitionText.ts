import type { ClauseSelection, EvidenceReportDefinition, ReportPeriod, ReportScope } from '../../domain/schemas/evidence';

/** How the audit pack states what was asked, in the words an auditor reads in the report's scope section. */

export function describeSelection(selection: ClauseSelection): string {
  switch (selection.kind) {
    case 'clauses':
      return selection.ids.join(', ');
    case 'annexA':
      return `All of Annex A of ${selection.standard}`;
    case 'subtree':
      return `${selection.id} and everything under it`;
    case 'standard':
      return `Every clause and control of ${selection.standard}`;
  }
}

export function describeScope(scope: ReportScope): string {
  if (scope.kind === 'jql') return `JQL filter: ${scope.jql}`;
  const projects = scope.projects.length === 0 ? 'all projects the reader may browse' : `projects ${scope.projects.join(', ')}`;
  const types = scope.issueTypes.length === 0 ? 'all issue types' : `issue types ${scope.issueTypes.join(', ')}`;
  return `${projects}; ${types}`;
}

export function describePeriodChoice(period: ReportPeriod): string {
  return period.kind === 'between' ? `${period.from} to ${period.to}` : `the last ${period.count} ${period.unit}`;
}

const RULE_TEXT: Readonly<Record<EvidenceReportDefinition['evidenceRule'], string>> = {
  resolved: 'issues resolved in the period',
  updated: 'issues updated in the period',
  created: 'issues created in the period',
};

export const describeEvidenceRule = (rule: EvidenceReportDefinition['evidenceRule']): string => RULE_TEXT[rule];
