import { token } from '@atlaskit/tokens';

export const headingStyle = { font: token('font.heading.xsmall'), color: token('color.text'), margin: `0 0 ${token('space.100')}` } as const;
export const subtleText = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') } as const;
export const blockStyle = { display: 'grid', gap: token('space.150') } as const;
