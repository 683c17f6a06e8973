import type { HostUser } from '../hostBackend';
import type { ColorMode } from '../moduleContext';
import { type Html, html } from './html';

/** Jira's top navigation: product name, the workbench's user switcher and the light/dark switch. */
export function topNav(options: { users: HostUser[]; accountId: string; colorMode: ColorMode; currentPath: string }): Html {
  const other: ColorMode = options.colorMode === 'dark' ? 'light' : 'dark';
  return html`<header class="topnav">
  <a class="product" href="/?as=${encodeURIComponent(options.accountId)}&amp;theme=${options.colorMode}">
    <span class="product-logo" aria-hidden="true"></span><span>Jira</span><span class="product-sub">Triad workbench</span>
  </a>
  <form class="switcher" method="get" action="${options.currentPath}">
    <input type="hidden" name="theme" value="${options.colorMode}">
    <label for="as-user">Viewing as</label>
    <select id="as-user" name="as" onchange="this.form.submit()">
      ${options.users.map((user) => html`<option value="${user.accountId}"${user.accountId === options.accountId ? html` selected` : html``}>${user.displayName}</option>`)}
    </select>
    <noscript><button type="submit">Switch</button></noscript>
  </form>
  <a class="theme-switch" href="${options.currentPath}?as=${encodeURIComponent(options.accountId)}&amp;theme=${other}" data-testid="theme-switch">${other === 'dark' ? 'Dark mode' : 'Light mode'}</a>
</header>`;
}
