import type { HostIssueSummary, HostModule, HostUser } from '../hostBackend';
import { type Html, html } from './html';

/** Where a module is seen: modules shown on an issue open on the first demo issue, others on their own page. */
const ISSUE_MODULE_TYPES = new Set(['jira:issuePanel', 'jira:issueContext', 'jira:issueActivity', 'jira:issueGlance', 'jira:issueAction', 'jira:customField']);

export function isIssueModule(module: HostModule): boolean {
  return ISSUE_MODULE_TYPES.has(module.type);
}

export function indexView(options: { modules: HostModule[]; issues: HostIssueSummary[]; users: HostUser[]; accountQuery: string }): Html {
  const { modules, issues, users, accountQuery } = options;
  const firstIssue = issues[0];
  return html`<main class="index">
  <h1>Triad workbench</h1>
  <p class="subtle">A simulated Jira site running the app's real handlers. Pick a user in the top bar; every page and module acts as that user.</p>
  <p><a href="/dashboard?${accountQuery}">Dashboard</a> (the app's dashboard gadgets)</p>
  <section class="issue-section" aria-labelledby="modules-heading">
    <h2 id="modules-heading">UI modules</h2>
    <table class="table"><thead><tr><th>Module</th><th>Type</th><th>Resource</th><th>Open</th></tr></thead><tbody>
    ${modules.map((module) => {
      const href = isIssueModule(module) ? (firstIssue ? `/browse/${firstIssue.key}?${accountQuery}` : null) : `/module/${module.key}?${accountQuery}`;
      return html`<tr><td><strong>${module.title}</strong><div class="subtle">${module.key}</div></td><td><code>${module.type}</code></td>
        <td><code>${module.resourcePath}</code></td><td>${href ? html`<a href="${href}">${isIssueModule(module) ? `on ${firstIssue?.key}` : 'open page'}</a>` : 'no issue to show it on'}</td></tr>`;
    })}
    </tbody></table>
  </section>
  <section class="issue-section" aria-labelledby="issues-heading">
    <h2 id="issues-heading">Issues</h2>
    <ul class="plain">${issues.map((issue) => html`<li><a href="/browse/${issue.key}?${accountQuery}">${issue.key}</a> ${issue.summary}</li>`)}</ul>
  </section>
  <section class="issue-section" aria-labelledby="users-heading">
    <h2 id="users-heading">Users</h2>
    <ul class="plain">${users.map((user) => html`<li>${user.displayName} <code class="subtle">${user.accountId}</code></li>`)}</ul>
  </section>
</main>`;
}

export function modulePageView(module: HostModule, frame: Html): Html {
  return html`<main class="module-page">
  <h1>${module.title}</h1>
  <section class="app-page" data-module-key="${module.key}">${frame}</section>
</main>`;
}

export function errorView(status: number, message: string): Html {
  return html`<main class="index"><h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1><p role="alert">${message}</p></main>`;
}
