import Button from '@atlaskit/button/new';
import { router } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import type { CoverageGlance } from '../../../src/services/review/coverageAtAGlance';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';

const STANDARD_NAMES: Record<string, string> = { 'ISO20000-1': 'ISO/IEC 20000-1', ISO27001: 'ISO/IEC 27001', ISO42001: 'ISO/IEC 42001' };

// The evidence report is a jira:fullPage module: the bridge router opens it by module key.
const openReport = () => void router.navigate({ target: 'module', moduleKey: 'evidence-report-page' });

const cell = { padding: `${token('space.050')} ${token('space.100')}`, textAlign: 'right' as const };

function GlanceTable({ glance }: { glance: CoverageGlance }) {
  return (
    <>
      <p style={{ margin: `0 0 ${token('space.100')}`, color: token('color.text.subtle') }}>
        {glance.reportName ?? 'Evidence report'} · {glance.period.from} to {glance.period.to}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'left' }}>Standard</th>
            <th scope="col" style={cell}>Covered</th>
            <th scope="col" style={cell}>Stale</th>
            <th scope="col" style={cell}>Missing</th>
          </tr>
        </thead>
        <tbody>
          {glance.standards.map((row) => (
            <tr key={row.standard} data-standard={row.standard}>
              <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>{STANDARD_NAMES[row.standard] ?? row.standard}</th>
              <td style={{ ...cell, color: token('color.text.success') }} data-count="covered">{row.covered}</td>
              <td style={{ ...cell, color: token('color.text.warning') }} data-count="stale">{row.stale}</td>
              <td style={{ ...cell, color: token('color.text.danger') }} data-count="missing">{row.missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Coverage at a glance: the viewer's latest finished evidence report, per standard, with a way to the report. */
export function CoverageGadget() {
  const state = useViewState(() => callResolver('coverageAtAGlance', {}), (glance) => glance === null, []);
  return (
    <main style={{ padding: token('space.150'), color: token('color.text'), display: 'grid', gap: token('space.100') }}>
      <ViewStateView state={state} loadingLabel="Loading evidence coverage" errorTitle="Coverage is unavailable" empty="Run an evidence report first: the gadget shows your latest finished report.">
        {(glance) => (glance === null ? null : <GlanceTable glance={glance} />)}
      </ViewStateView>
      <div>
        <Button onClick={openReport}>Open the evidence report</Button>
      </div>
    </main>
  );
}
