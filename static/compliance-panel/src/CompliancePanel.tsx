import { token } from '@atlaskit/tokens';
import { CatalogSearch } from './CatalogSearch';
import { IssueBadge } from './IssueBadge';

/** The issue panel: which issue it is on, and a search over the three standards' catalog. */
export function CompliancePanel() {
  return (
    <main style={{ display: 'grid', gap: token('space.200'), padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <IssueBadge />
      <CatalogSearch />
    </main>
  );
}
