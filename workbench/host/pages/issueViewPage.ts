import type { HostModule } from '../hostBackend';
import { adfToHtml } from './adfToHtml';
import { type Html, html } from './html';

type Named = { displayName?: string; name?: string } | null | undefined;
type LinkedIssue = { key: string; fields?: { summary?: string; status?: RestStatus } };
type RestStatus = { name?: string; statusCategory?: { key?: string } };
/** The parts of `GET /rest/api/3/issue/{key}` the issue view shows. */
type RestIssue = {
  key: string;
  fields: {
    summary?: string;
    description?: unknown;
    status?: RestStatus;
    issuetype?: { name?: string };
    project?: { key?: string; name?: string };
    priority?: Named;
    assignee?: Named;
    reporter?: Named;
    labels?: string[];
    created?: string;
    updated?: string;
    comment?: { comments?: { id?: string; author?: Named; body?: unknown; created?: string }[] };
    issuelinks?: { type?: { inward?: string; outward?: string }; inwardIssue?: LinkedIssue; outwardIssue?: LinkedIssue }[];
  };
};

/** Jira colours a status by its category: to do grey, in progress blue, done green. */
export function statusLozenge(status: RestStatus | undefined): Html {
  const tone = { indeterminate: 'inprogress', done: 'success' }[status?.statusCategory?.key ?? ''] ?? 'default';
  return html`<span class="lozenge lozenge-${tone}">${status?.name ?? 'Unknown'}</span>`;
}

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '';
}

function nameOf(person: Named): string {
  return person?.displayName ?? person?.name ?? 'None';
}

function detailsColumn(issue: RestIssue, customFields: Html[], contexts: IssueViewOptions['contexts']): Html {
  const f = issue.fields;
  const rows: [string, Html | string][] = [
    ['Assignee', nameOf(f.assignee)],
    ['Reporter', nameOf(f.reporter)],
    ['Priority', nameOf(f.priority)],
    ['Labels', f.labels && f.labels.length > 0 ? html`${f.labels.map((label) => html`<span class="label">${label}</span>`)}` : 'None'],
    ['Issue type', f.issuetype?.name ?? ''],
    ['Created', when(f.created)],
    ['Updated', when(f.updated)],
  ];
  return html`<aside class="issue-side">
  <div class="status-row">${statusLozenge(f.status)}</div>
  <section class="details" aria-labelledby="details-heading">
    <h2 id="details-heading">Details</h2>
    <dl>${rows.map(([label, value]) => html`<div class="field"><dt>${label}</dt><dd>${value}</dd></div>`)}${customFields}</dl>
  </section>
  ${contexts.map(
    // Jira shows a context panel as a collapsible section: the title, and the label beside it while collapsed.
    ({ module, frame }) => html`<details class="context-panel" open data-module-key="${module.key}">
    <summary><span class="app-icon" aria-hidden="true"></span><span class="context-title">${module.title}</span><span class="context-label subtle">${module.label ?? ''}</span></summary>
    ${frame}
  </details>`,
  )}
</aside>`;
}

function linksSection(issue: RestIssue, accountQuery: string): Html {
  const links = issue.fields.issuelinks ?? [];
  if (links.length === 0) return html``;
  return html`<section class="issue-section" aria-labelledby="links-heading">
  <h2 id="links-heading">Linked work items</h2>
  <ul class="links">${links.map((link) => {
    const other = link.outwardIssue ?? link.inwardIssue;
    const relation = link.outwardIssue ? link.type?.outward : link.type?.inward;
    if (!other) return html``;
    return html`<li><span class="relation">${relation ?? 'relates to'}</span>
      <a href="/browse/${other.key}?${accountQuery}">${other.key}</a> <span class="link-summary">${other.fields?.summary ?? ''}</span> ${statusLozenge(other.fields?.status)}</li>`;
  })}</ul>
</section>`;
}

function activitySection(issue: RestIssue): Html {
  const comments = issue.fields.comment?.comments ?? [];
  return html`<section class="issue-section" aria-labelledby="activity-heading">
  <h2 id="activity-heading">Activity</h2>
  ${comments.length === 0 ? html`<p class="subtle">No comments yet.</p>` : html``}
  <ol class="comments">${comments.map(
    (comment) => html`<li class="comment"><div class="comment-head"><strong>${nameOf(comment.author)}</strong> <span class="subtle">${when(comment.created)}</span></div>
      <div class="adf">${adfToHtml(comment.body)}</div></li>`,
  )}</ol>
</section>`;
}

export interface IssueViewOptions {
  issue: unknown;
  /** Issue panels of the app with their frames already rendered. */
  panels: { module: HostModule; frame: Html }[];
  /** `jira:issueContext` modules: collapsible panels in the context column, below the details. */
  contexts: { module: HostModule; frame: Html }[];
  /** The app's custom fields on this issue, rendered as details rows. */
  customFields: Html[];
  accountQuery: string;
}

/** The main area of Jira's issue view: breadcrumbs, summary, description, app panels, links, activity; details aside. */
export function issueView({ issue: raw, panels, contexts, customFields, accountQuery }: IssueViewOptions): Html {
  const issue = raw as RestIssue;
  const f = issue.fields;
  return html`<main class="issue">
  <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/?${accountQuery}">Projects</a> / <span>${f.project?.name ?? f.project?.key ?? ''}</span> / <span data-testid="issue-key">${issue.key}</span></nav>
  <div class="issue-grid">
    <div class="issue-main">
      <h1 data-testid="issue-summary">${f.summary ?? ''}</h1>
      <section class="issue-section" aria-labelledby="description-heading">
        <h2 id="description-heading">Description</h2>
        <div class="adf">${f.description ? adfToHtml(f.description) : html`<p class="subtle">Add a description…</p>`}</div>
      </section>
      ${panels.map(
        ({ module, frame }) => html`<section class="issue-section app-panel" aria-label="${module.title}" data-module-key="${module.key}">
        <h2 class="app-panel-title"><span class="app-icon" aria-hidden="true"></span>${module.title}</h2>
        ${frame}
      </section>`,
      )}
      ${linksSection(issue, accountQuery)}
      ${activitySection(issue)}
    </div>
    ${detailsColumn(issue, customFields, contexts)}
  </div>
</main>`;
}
