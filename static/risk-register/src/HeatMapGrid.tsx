import { token } from '@atlaskit/tokens';
import type { HeatMap, HeatMapCell } from '../../../src/domain/risk';
import type { RiskClass } from '../../../src/domain/riskMatrix';

const CELL_COLOURS: Record<RiskClass, { background: string; text: string }> = {
  low: { background: token('color.background.success'), text: token('color.text') },
  medium: { background: token('color.background.warning'), text: token('color.text') },
  high: { background: token('color.background.danger'), text: token('color.text') },
  critical: { background: token('color.background.danger.bold'), text: token('color.text.inverse') },
};

const LEVELS = [1, 2, 3, 4, 5] as const;

interface HeatMapGridProps {
  map: HeatMap;
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: HeatMapCell) => void;
}

/** A 5×5 matrix: likelihood rows (5 at the top), impact columns; each cell counts risks and filters the table when clicked. */
export function HeatMapGrid({ map, selected, onSelect }: HeatMapGridProps) {
  const title = map.basis === 'inherent' ? 'Inherent risk' : 'Residual risk';
  return (
    <figure style={{ margin: 0 }} data-testid={`heat-map-${map.basis}`}>
      <figcaption style={{ font: token('font.heading.xsmall'), marginBottom: token('space.100') }}>
        {title} ({map.total} risks)
      </figcaption>
      <div style={{ display: 'grid', gridTemplateColumns: 'auto repeat(5, 3rem)', gap: token('space.050'), alignItems: 'center' }}>
        {[...LEVELS].reverse().map((likelihood) => (
          <div key={likelihood} style={{ display: 'contents' }}>
            <span style={{ font: token('font.body.small'), color: token('color.text.subtle'), paddingRight: token('space.050') }}>L{likelihood}</span>
            {LEVELS.map((impact) => {
              const cell = map.cells[likelihood - 1]?.[impact - 1];
              if (!cell) return <span key={impact} />;
              const colours = CELL_COLOURS[cell.riskClass];
              const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
              return (
                <button
                  key={impact}
                  type="button"
                  data-testid={`heat-${map.basis}-${likelihood}-${impact}`}
                  aria-pressed={isSelected}
                  aria-label={`${title}, likelihood ${likelihood}, impact ${impact}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'} (${cell.riskClass})`}
                  disabled={cell.count === 0}
                  onClick={() => onSelect(cell)}
                  style={{
                    height: '2.5rem',
                    border: isSelected ? `2px solid ${token('color.border.focused')}` : `1px solid ${token('color.border')}`,
                    borderRadius: token('radius.small'),
                    background: colours.background,
                    color: colours.text,
                    font: token('font.body'),
                    fontWeight: cell.count > 0 ? 700 : 400,
                    cursor: cell.count === 0 ? 'default' : 'pointer',
                  }}
                >
                  {cell.count}
                </button>
              );
            })}
          </div>
        ))}
        <span />
        {LEVELS.map((impact) => (
          <span key={impact} style={{ font: token('font.body.small'), color: token('color.text.subtle'), textAlign: 'center' }}>
            I{impact}
          </span>
        ))}
      </div>
    </figure>
  );
}
