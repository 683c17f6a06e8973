import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { MOVEMENT_LABELS } from '../../../src/services/review/charts/reviewCharts';
import type { ReviewChartSvgs } from '../../../src/services/review/charts/reviewChartSvgs';
import { RISK_MOVEMENTS, type ReviewChangeItem, type ReviewPack } from '../../../src/services/review/reviewTypes';
import { IssueKeyLink } from './IssueKeyLink';
import { ReviewChart } from './ReviewChart';
import { ReviewTable } from './ReviewTable';

const hours = (value: number | null) => (value === null ? '–' : `${value} h`);

function Section({ title, summary, testId, children }: { title: string; summary: string; testId: string; children: ReactNode }) {
  return (
    <section data-testid={testId} aria-label={title} style={{ display: 'grid', gap: token('space.150') }}>
      <h2 style={{ font: token('font.heading.medium'), margin: 0 }}>{title}</h2>
      <p style={{ margin: 0 }} data-testid={`${testId}-summary`}>{summary}</p>
      {children}
    </section>
  );
}

const sub = (text: string) => <h3 style={{ font: token('font.heading.small'), margin: 0 }}>{text}</h3>;

const changeRows = (items: ReviewChangeItem[], withReason: boolean) =>
  items.map((item) => ({ key: item.key, cells: [<IssueKeyLink issueKey={item.key} />, item.summary, item.riskClass, item.status, ...(withReason ? [item.failedBecause] : [])] }));

/** Every section of the pack: figures, charts and the lists the review discusses. */
export function ReviewSections({ pack, charts }: { pack: ReviewPack; charts: ReviewChartSvgs }) {
  const { incidents, changes, risks, soa, nonconformities } = pack;
  return (
    <div style={{ display: 'grid', gap: token('space.400') }}>
      <Section title="Incidents" testId="review-incidents" summary={`${incidents.total} incidents in the period; median time to resolve ${hours(incidents.medianHoursToResolve)}.`}>
        <ReviewChart svg={charts.incidentsPerMonth} testId="chart-incidents-per-month" />
        <ReviewChart svg={charts.incidentsByDomain} testId="chart-incidents-by-domain" />
        <ReviewTable
          testId="review-incident-months"
          empty="No incidents in the period."
          columns={['Month', 'Incidents', 'Service', 'Security', 'AI', 'Resolved', 'Median to resolve']}
          rows={incidents.total === 0 ? [] : incidents.months.map((month) => ({ key: month.month, cells: [month.month, month.total, month.byDomain.service, month.byDomain.security, month.byDomain.ai, month.resolved, hours(month.medianHoursToResolve)] }))}
        />
      </Section>

      <Section title="Changes" testId="review-changes" summary={`${changes.total} changes with a CAB record; ${changes.emergency} emergency, ${changes.failed} failed or rolled back.`}>
        <ReviewChart svg={charts.changesByRisk} testId="chart-changes-by-risk" />
        {sub('Failed or rolled-back changes')}
        <ReviewTable testId="review-failed-changes" empty="No change failed in the period." columns={['Change', 'Summary', 'Risk class', 'Status', 'Why failed']} rows={changeRows(changes.failedChanges, true)} />
        {sub('Emergency changes')}
        <ReviewTable testId="review-emergency-changes" empty="No emergency change in the period." columns={['Change', 'Summary', 'Risk class', 'Status']} rows={changeRows(changes.emergencyChanges, false)} />
      </Section>

      <Section title="Risk register" testId="review-risks" summary={`${risks.openAtEnd} open risks at the end of the period.`}>
        <ReviewChart svg={charts.riskMovement} testId="chart-risk-movement" />
        <ReviewTable
          testId="review-risk-movement"
          empty="The register has no risks."
          columns={['Movement', 'Risks', 'Highest residual']}
          rows={RISK_MOVEMENTS.map((movement) => ({
            key: movement,
            cells: [MOVEMENT_LABELS[movement], risks.counts[movement], risks.items[movement].map((item) => `${item.id} ${item.title} (${item.residualAtStart === null ? '' : `${item.residualAtStart} → `}${item.residualAtEnd})`).slice(0, 3).join('; ') || '–'],
          }))}
        />
      </Section>

      <Section title="Statement of Applicability" testId="review-soa" summary={`Applicable controls, how many are implemented and evidenced; evidence older than ${soa.staleAfterDays} days is stale.`}>
        <ReviewChart svg={charts.soaCoverage} testId="chart-soa-coverage" />
        <ReviewTable
          testId="review-soa-standards"
          empty="The SoA has no applicable control."
          columns={['Standard', 'Applicable', 'Implemented', 'With evidence', 'Stale', 'No evidence']}
          rows={soa.byStandard.map((row) => ({ key: row.standard, cells: [row.standard, row.applicable, row.implemented, row.withEvidence, row.stale, row.missing] }))}
        />
        {sub('Controls with stale or no evidence')}
        <ReviewTable
          testId="review-stale-controls"
          empty="Every applicable control has recent evidence."
          columns={['Control', 'Title', 'Implementation', 'Evidence', 'Last evidence']}
          rows={soa.staleControls.map((control) => ({ key: control.controlId, cells: [control.controlId, control.title, control.implementationStatus, control.evidenceCount, control.lastEvidenceDate ?? 'none'] }))}
        />
      </Section>

      <Section
        title="Nonconformities and corrective actions"
        testId="review-nonconformities"
        summary={`Issues linked to ${nonconformities.clauses.join(', ')}: ${nonconformities.open} open, ${nonconformities.resolved} resolved.`}
      >
        <ReviewChart svg={charts.nonconformityAgeing} testId="chart-nonconformity-ageing" />
        <ReviewTable
          testId="review-nonconformity-items"
          empty="No issue is linked to a nonconformity clause."
          columns={['Issue', 'Summary', 'Type', 'Status', 'Opened', 'Days open']}
          rows={nonconformities.items.map((item) => ({
            key: item.key,
            cells: [<IssueKeyLink issueKey={item.key} />, item.summary, item.type, <Lozenge appearance={item.isResolved ? 'success' : item.ageDays > 90 ? 'removed' : 'inprogress'}>{item.status}</Lozenge>, item.created, item.isResolved ? `${item.ageDays} (resolved)` : item.ageDays],
          }))}
        />
      </Section>
    </div>
  );
}
