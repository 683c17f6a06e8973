import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import SectionMessage from '@atlaskit/section-message';
import { applyProductTheme } from './forgeTheme';

type ForgeContext = Awaited<ReturnType<typeof applyProductTheme>>;

/** Mounts a module's React app into `#root` once the theme is applied; a bridge failure is shown, not swallowed. */
export function mountApp(render: (context: ForgeContext) => ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The module page has no #root element');
  const root = createRoot(container);
  applyProductTheme().then(
    (context) => root.render(<StrictMode>{render(context)}</StrictMode>),
    (error: unknown) =>
      root.render(
        <SectionMessage appearance="error" title="The app could not reach Jira">
          <p>{error instanceof Error ? error.message : String(error)}</p>
        </SectionMessage>,
      ),
  );
}
