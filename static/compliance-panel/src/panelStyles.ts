import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** The few layouts every list of the panel shares. */
export const rowStyle: CSSProperties = { display: 'flex', gap: token('space.100'), alignItems: 'center', padding: `${token('space.050')} 0` };

export const subheadingStyle: CSSProperties = { font: token('font.heading.xxsmall'), color: token('color.text.subtle'), margin: `0 0 ${token('space.050')}` };

export const sectionHeadingStyle: CSSProperties = { font: token('font.heading.xsmall'), color: token('color.text'), margin: `0 0 ${token('space.100')}` };
