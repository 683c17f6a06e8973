import { token } from '@atlaskit/tokens';

export const fieldLabel = { display: 'grid', gap: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') } as const;

export const nativeInput = {
  font: token('font.body'),
  padding: token('space.075'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
} as const;

export const panel = { border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium'), padding: token('space.200'), display: 'grid', gap: token('space.150') } as const;

export const sectionHeading = { font: token('font.heading.small'), margin: 0 } as const;

export const visuallyHidden = { position: 'absolute', clipPath: 'inset(50%)', width: 1, height: 1, overflow: 'hidden' } as const;

/** Names people as the page knows them; an account id nobody resolved stays visible as is. */
export const nameIn = (people: Readonly<Record<string, string>>) => (accountId: string | null) => (accountId === null ? '' : (people[accountId] ?? accountId));

/** "a, b ,c" → ["a", "b", "c"], for the account-id and list fields. */
export const listOf = (text: string) => text.split(/[,;\n]/).map((item) => item.trim()).filter((item) => item !== '');
