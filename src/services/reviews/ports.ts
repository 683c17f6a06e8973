import type { Clock } from '../../ports/clock';
import type { ReviewJira, ReviewSources, ReviewStore } from '../../ports/reviewsPorts';

/** What the recurring reviews run on: storage for claims and settings, the registers, Jira as the app, a clock. */
export interface RecurringReviewPorts {
  store: ReviewStore;
  sources: ReviewSources;
  jira: ReviewJira;
  clock: Clock;
}
