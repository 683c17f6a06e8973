import type { SettingsRepository } from '../../ports/store';

/** Whether the calling user holds Jira's global "Administer Jira" permission, asked of Jira as that user. */
export interface AdminPermission {
  isJiraAdmin(): Promise<boolean>;
}

export interface SettingsPorts {
  settings: Pick<SettingsRepository, 'get' | 'save'>;
  permission: AdminPermission;
}
