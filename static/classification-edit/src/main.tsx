// First: zod must be configured before any schema module is evaluated.
import '../../shared/zodWithoutEval';
import { mountApp } from '../../shared/mountApp';
import { ClassificationFieldEdit } from './ClassificationFieldEdit';

// Jira hands the field's current value to the edit view in the extension context (`extension.fieldValue`).
mountApp((context) => <ClassificationFieldEdit fieldValue={(context.extension as { fieldValue?: unknown }).fieldValue} />);
