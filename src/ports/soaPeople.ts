/**
 * Who people are, asked as the app: group membership decides who may edit the SoA and the AI system register,
 * and display names turn account ids into the names the pages show.
 */
export interface PeopleDirectory {
  /** The Jira groups of an account (`GET /rest/api/3/user/groups?accountId=`). */
  groupsOf(accountId: string): Promise<string[]>;
  /** The Jira group configured as ISMS leads on the admin page (`isms-leads` until an admin changes it). */
  ismsLeadGroup(): Promise<string>;
  /** Display names by account id; unknown accounts are left out. */
  displayNames(accountIds: readonly string[]): Promise<Record<string, string>>;
}
