import type { ClassificationPorts } from './ports';

/** The `jira:customField` module key of the field in manifest.yml. */
export const CLASSIFICATION_FIELD_MODULE_KEY = 'ims-classification';

/**
 * The site's id for the app's field (`customfield_N`: Jira numbers it at install). Looked up once through the
 * field list, then read from storage, so an ordinary event or save costs no extra REST call.
 */
export async function classificationFieldId({ jira, store }: Pick<ClassificationPorts, 'jira' | 'store'>): Promise<string | null> {
  const cached = await store.settings.getClassificationFieldId();
  if (cached !== undefined) return cached;
  const found = await jira.findAppFieldId(CLASSIFICATION_FIELD_MODULE_KEY);
  if (found !== null) await store.settings.setClassificationFieldId(found);
  return found;
}
