import { asUser, route } from '@forge/api';
import type { SettingsPorts } from '../services/settings/ports';
import { jiraRequests } from './forgeJiraPort';
import { kvsClassificationStore } from './kvsClassificationStore';

/** Ports for the admin page's resolver: the permission is Jira's answer to the calling user, never the payload's. */
export function userSettingsPorts(): SettingsPorts {
  const { expectOk } = jiraRequests(asUser());
  return {
    settings: kvsClassificationStore.settings,
    permission: {
      async isJiraAdmin() {
        const response = await expectOk('Checking the Administer Jira permission', route`/rest/api/3/mypermissions?permissions=ADMINISTER`);
        const body = (await response.json()) as { permissions?: { ADMINISTER?: { havePermission?: boolean } } };
        return body.permissions?.ADMINISTER?.havePermission === true;
      },
    },
  };
}
