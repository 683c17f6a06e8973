// First: zod must be configured before any schema module is evaluated.
import '../../shared/zodWithoutEval';
import { mountApp } from '../../shared/mountApp';
import { ReviewTabsRoot } from './ReviewTabsRoot';

// Relative periods start today in the reader's Jira time zone, so the JQL dates mean the days the reader means.
mountApp((context) => <ReviewTabsRoot timeZone={typeof context.timezone === 'string' && context.timezone !== '' ? context.timezone : 'UTC'} />);
