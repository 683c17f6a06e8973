import { token } from '@atlaskit/tokens';
import type { SoaSummary } from '../../../src/domain/soa';
import { STANDARD_NAMES, tileFigures } from './soaLabels';

/** One tile per standard: how much of its annex applies, is excluded, is implemented and is still undecided. */
export function SummaryTiles({ summary }: { summary: SoaSummary }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: token('space.200') }}>
      {(Object.keys(STANDARD_NAMES) as (keyof typeof STANDARD_NAMES)[]).map((standard) => (
        <section
          key={standard}
          data-testid={`soa-tile-${standard}`}
          aria-label={`${STANDARD_NAMES[standard]} summary`}
          style={{ border: `1px solid ${token('color.border')}`, borderRadius: token('radius.large'), padding: token('space.200'), background: token('elevation.surface.raised'), boxShadow: token('elevation.shadow.raised') }}
        >
          <h2 style={{ font: token('font.heading.small'), margin: `0 0 ${token('space.100')}` }}>{STANDARD_NAMES[standard]}</h2>
          <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: token('space.100'), margin: 0 }}>
            {tileFigures(summary.byStandard[standard]).map((figure) => (
              <div key={figure.key}>
                <dt style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{figure.label}</dt>
                <dd data-testid={`soa-tile-${standard}-${figure.key}`} style={{ font: token('font.heading.medium'), margin: 0 }}>
                  {figure.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
