import type { CabRecord } from '../../domain/schemas/cab';
import type { CabFieldIds } from '../../ports/cabStore';
import type { CabPorts } from './ports';

/** The `jira:customField` module keys in manifest.yml. */
export const CAB_STATUS_FIELD_MODULE_KEY = 'cab-status-field';
export const CAB_RISK_FIELD_MODULE_KEY = 'cab-risk-field';

/**
 * The site's ids of the two app-owned fields (`customfield_N`, numbered at install): looked up once through the
 * field list as the app, then read from storage, so a write costs no extra REST call.
 */
export async function cabFieldIds({ appJira, store }: Pick<CabPorts, 'appJira' | 'store'>): Promise<CabFieldIds | null> {
  const cached = await store.settings.getFieldIds();
  if (cached !== undefined) return cached;
  const [status, risk] = await Promise.all([appJira.findAppFieldId(CAB_STATUS_FIELD_MODULE_KEY), appJira.findAppFieldId(CAB_RISK_FIELD_MODULE_KEY)]);
  if (status === null || risk === null) return null;
  const ids = { status, risk };
  await store.settings.setFieldIds(ids);
  return ids;
}

/** The object values the fields hold; their `searchAlias` properties make `cabStatus = approved AND cabRisk = high` work. */
export const statusFieldValue = (record: Pick<CabRecord, 'status'>) => ({ status: record.status });
export const riskFieldValue = (record: Pick<CabRecord, 'riskClass'>) => (record.riskClass === null ? null : { riskClass: record.riskClass });

// Two writers can publish out of order (A stored v5, B stored v6, B published, then A): whoever publishes
// re-reads the record and publishes again until what it wrote is the newest, so the fields settle on the last write.
const MAX_PUBLISH_ROUNDS = 3;

/** Writes the stored record's status and risk class to the read-only fields (as the app: users cannot). */
export async function publishCabFields(ports: Pick<CabPorts, 'appJira' | 'store'>, issueId: string): Promise<void> {
  const ids = await cabFieldIds(ports);
  if (ids === null) {
    console.warn('cab: the CAB fields are not installed on this site; JQL will not see CAB status');
    return;
  }
  let published = 0;
  for (let round = 0; round < MAX_PUBLISH_ROUNDS; round += 1) {
    const stored = await ports.store.records.read(issueId);
    if (stored === null || stored.record.version === published) return;
    await ports.appJira.setAppFieldValues([
      { fieldId: ids.status, issueIds: [issueId], value: statusFieldValue(stored.record) },
      { fieldId: ids.risk, issueIds: [issueId], value: riskFieldValue(stored.record) },
    ]);
    published = stored.record.version;
  }
}
