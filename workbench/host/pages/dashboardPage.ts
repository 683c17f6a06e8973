import type { HostModule } from '../hostBackend';
import { type Html, html } from './html';

export const DASHBOARD_GADGET_TYPE = 'jira:dashboardGadget';

/** The workbench's one dashboard: every gadget of the app, each in its own frame, as Jira lays gadgets out. */
export function dashboardView(gadgets: { module: HostModule; frame: Html }[]): Html {
  return html`<main class="module-page">
  <h1>Dashboard</h1>
  ${gadgets.length === 0 ? html`<p class="subtle">The app has no jira:dashboardGadget module.</p>` : ''}
  <div class="dashboard-gadgets">
  ${gadgets.map(({ module, frame }) => html`<section class="dashboard-gadget" aria-labelledby="gadget-${module.key}" data-module-key="${module.key}">
    <h2 id="gadget-${module.key}">${module.title}</h2>
    ${frame}
  </section>`)}
  </div>
</main>`;
}
