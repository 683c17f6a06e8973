import { asUser, route } from '@forge/api';
import type { CabSettingsPorts } from '../services/settings/manageCabSettings';
import type { AdminPermission, SettingsPorts } from '../services/settings/ports';
import { jiraRequests } from './forgeJiraPort';
import { kvsCabStore } from './kvsCabStore';
import { kvsClassificationStore } from './kvsClassificationStore';

/** Ports for the admin page's resolver: the permission is Jira's answer to the calling user, never the payload's. */
export function userSettingsPorts(): SettingsPorts {
  return { settings: kvsClassificationStore.settings, permission: adminPermissionOfCaller() };
}

/** The CAB section of the admin page: the same Jira admin check, the CAB store's settings and template versions. */
export function userCabSettingsPorts(): CabSettingsPorts {
  return { cab: kvsCabStore.settings, permission: adminPermissionOfCaller() };
}

function adminPermissionOfCaller(): AdminPermission {
  const { expectOk } = jiraRequests(asUser());
  return {
    async isJiraAdmin() {
      const response = await expectOk('Checking the Administer Jira permission', route`/rest/api/3/mypermissions?permissions=ADMINISTER`);
      const body = (await response.json()) as { permissions?: { ADMINISTER?: { havePermission?: boolean } } };
      return body.permissions?.ADMINISTER?.havePermission === true;
    },
  };
}
