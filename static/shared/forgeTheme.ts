import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

type ColorMode = 'light' | 'dark' | 'auto';

function colorModeOf(theme: unknown): ColorMode {
  const mode = (theme as { colorMode?: unknown } | null | undefined)?.colorMode;
  return mode === 'dark' || mode === 'auto' ? mode : 'light';
}

/**
 * Applies the product's colour mode (the `theme` of the bridge context) with Atlassian design tokens, before the
 * first render so the panel never flashes in the wrong mode. Resolves with the context for the caller to reuse.
 */
export async function applyProductTheme(): Promise<Awaited<ReturnType<typeof view.getContext>>> {
  const context = await view.getContext();
  await setGlobalTheme({ colorMode: colorModeOf(context.theme), light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
  return context;
}
