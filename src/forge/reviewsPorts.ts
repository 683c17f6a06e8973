import type { RecurringReviewPorts } from '../services/reviews/ports';
import type { ReviewSettingsPorts } from '../services/reviews/manageReviewSettings';
import { reviewJira } from './reviewsJira';
import { reviewsKvsStore } from './reviewsKvsStore';
import { reviewSources } from './reviewsSources';
import { userSettingsPorts } from './settingsPorts';

/** Ports for the scheduled run: Jira as the app, fresh per invocation (the adapter remembers a refused due date). */
export const appReviewPorts = (): RecurringReviewPorts => ({ store: reviewsKvsStore, sources: reviewSources, jira: reviewJira(), clock: { now: () => new Date() } });

/** The admin page's section: the same "Administer Jira" check as the other settings, asked as the caller. */
export const userReviewSettingsPorts = (): ReviewSettingsPorts => ({ store: reviewsKvsStore, permission: userSettingsPorts().permission });
