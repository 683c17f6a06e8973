import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SoaControlChange } from '../../../src/domain/soa';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { base64Blob, downloadBlob } from '../../evidence-report/src/downloadBytes';

const show = (value: unknown) => (value === null ? '—' : typeof value === 'boolean' ? (value ? 'applicable' : 'excluded') : String(value) || '(empty)');

/** Approved versions: approve the current SoA (ISMS leads), list them, compare one with the next, export as PDF. */
export function VersionsPanel({ canApprove, onApproved }: { canApprove: boolean; onApproved: () => void }) {
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [diff, setDiff] = useState<{ title: string; changes: SoaControlChange[] } | null>(null);
  const versions = useViewState(() => callResolver('listSoaVersions', {}), (list) => list.versions.length === 0, [revision]);

  async function approve() {
    const result = await callResolver('approveSoaVersion', {});
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setMessage({ ok: true, text: `Approved as version ${result.value.version}` });
    setRevision(revision + 1);
    onApproved();
  }

  async function exportPdf(version?: number) {
    const result = await callResolver('exportSoaPdf', version === undefined ? {} : { version });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    downloadBlob(result.value.filename, base64Blob(result.value.contentBase64, 'application/pdf'));
    setMessage({ ok: true, text: `Exported ${result.value.filename}` });
  }

  async function compare(from: number, to: number | 'current') {
    const result = await callResolver('diffSoaVersions', { from, to });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setDiff({ title: `Changes from v${from} to ${to === 'current' ? 'the working copy' : `v${to}`}`, changes: result.value });
  }

  return (
    <section aria-labelledby="soa-versions-heading" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
        <h2 id="soa-versions-heading" style={{ font: token('font.heading.small'), margin: 0 }}>Approved versions</h2>
        {canApprove && <Button appearance="primary" onClick={() => void approve()} testId="soa-approve">Approve as next version</Button>}
        <Button onClick={() => void exportPdf()} testId="soa-export-pdf">Export PDF</Button>
      </div>
      {message !== null && (
        <div role="status" data-testid="soa-versions-message">
          <SectionMessage appearance={message.ok ? 'success' : 'error'}><p>{message.text}</p></SectionMessage>
        </div>
      )}
      <ViewStateView state={versions} loadingLabel="Loading the versions" empty="No version approved yet." errorTitle="Could not load the versions">
        {(list) => (
          <ul style={{ margin: 0, paddingLeft: token('space.200') }} data-testid="soa-versions">
            {list.versions.map((version, index) => (
              <li key={version.version}>
                v{version.version}, approved by {list.people[version.approvedBy] ?? version.approvedBy} on {version.approvedAt.slice(0, 10)}{' '}
                <Button appearance="subtle" onClick={() => void exportPdf(version.version)}>PDF<span style={{ position: 'absolute', clipPath: 'inset(50%)' }}> of v{version.version}</span></Button>
                <Button appearance="subtle" onClick={() => void compare(version.version, index === 0 ? 'current' : (list.versions[index - 1]?.version ?? 'current'))}>
                  Compare with {index === 0 ? 'working copy' : `v${list.versions[index - 1]?.version}`}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </ViewStateView>
      {diff !== null && (
        <div data-testid="soa-diff">
          <h3 style={{ font: token('font.heading.xsmall'), margin: 0 }}>{diff.title}</h3>
          {diff.changes.length === 0 ? <p>No control changed.</p> : (
            <ul>
              {diff.changes.map((change) => (
                <li key={change.controlId}>
                  <strong>{change.controlId}</strong>: {change.changes.map((item) => `${item.field} ${show(item.from)} → ${show(item.to)}`).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
