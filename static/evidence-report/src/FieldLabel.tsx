import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} style={{ display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), marginBottom: token('space.050') }}>
      {children}
    </label>
  );
}
