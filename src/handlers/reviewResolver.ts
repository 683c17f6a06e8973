import { asUser, route } from '@forge/api';
import { z } from 'zod';
import { isCalendarDate } from '../domain/jql';
import { evidenceSearchPort } from '../forge/evidenceJira';
import { jiraAsUser, jiraRequests } from '../forge/forgeJiraPort';
import { riskKvsStore } from '../forge/riskKvsStore';
import { soaPorts } from '../forge/soaPorts';
import { CAB_RISK_FIELD_MODULE_KEY, CAB_STATUS_FIELD_MODULE_KEY } from '../services/cab/cabFields';
import { CLASSIFICATION_FIELD_MODULE_KEY } from '../services/classification/classificationFieldId';
import { buildReviewPack, type ReviewPackPorts } from '../services/review/buildReviewPack';
import { reviewChartSvgs } from '../services/review/charts/reviewChartSvgs';
import { exportReviewPackPdf } from '../services/review/reviewPackExport';
import type { ReviewPackView } from '../services/review/reviewResolverApi';
import type { RawReviewIssue, ReviewJiraPort } from '../services/review/reviewPorts';
import { parsePayload, type HandlerResult } from './shared/result';

const CalendarDay = z.string().refine(isCalendarDate, 'Give the date as yyyy-MM-dd');
export const ReviewPeriodInput = z.object({ from: CalendarDay, to: CalendarDay });

const systemClock = { now: () => new Date() };

/** Jira as the calling user: searches and the field list answer only what that user may see. */
function reviewJiraAsUser(): ReviewJiraPort {
  const { expectOk } = jiraRequests(asUser());
  const jira = jiraAsUser();
  return {
    async fieldIds() {
      const [classification, cabStatus, cabRisk] = await Promise.all(
        [CLASSIFICATION_FIELD_MODULE_KEY, CAB_STATUS_FIELD_MODULE_KEY, CAB_RISK_FIELD_MODULE_KEY].map((key) => jira.findAppFieldId(key)),
      );
      return { classification: classification ?? null, cabStatus: cabStatus ?? null, cabRisk: cabRisk ?? null };
    },
    async searchPage({ jql, fields, properties, maxResults, nextPageToken }) {
      const response = await expectOk('Searching for the management review', route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields, properties, maxResults, ...(nextPageToken === undefined ? {} : { nextPageToken }) },
      });
      const body = (await response.json()) as { issues?: RawReviewIssue[]; nextPageToken?: string };
      return { issues: body.issues ?? [], ...(body.nextPageToken ? { nextPageToken: body.nextPageToken } : {}) };
    },
  };
}

/** Every Jira read runs as the caller; the register and the SoA come from the app's storage. */
const reviewPackPorts = (): ReviewPackPorts => ({
  jira: reviewJiraAsUser(),
  evidenceSearch: evidenceSearchPort(asUser()),
  risks: riskKvsStore,
  soa: soaPorts(),
  clock: systemClock,
});

/** `reviewPack({from, to})` of the evidence report page: the pack as JSON, with its charts as SVG. */
export async function reviewPackCall(payload: unknown): Promise<HandlerResult<ReviewPackView>> {
  const period = parsePayload(ReviewPeriodInput, payload);
  if (!period.ok) return period;
  const pack = await buildReviewPack(reviewPackPorts(), period.value);
  return pack.ok ? { ok: true, value: { pack: pack.value, charts: reviewChartSvgs(pack.value) } } : pack;
}

/** `reviewPackPdf({from, to})`: the same pack as a PDF. */
export async function reviewPackPdfCall(payload: unknown, accountId: string) {
  const period = parsePayload(ReviewPeriodInput, payload);
  return period.ok ? exportReviewPackPdf(reviewPackPorts(), period.value, accountId) : period;
}
