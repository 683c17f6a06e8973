import type { PeopleDirectory } from '../../ports/soaPeople';

/** The Jira group whose members keep the SoA and the AI system register (the demo site's and the default). */
export const ISMS_LEADS_GROUP = 'isms-leads';

export async function isIsmsLead(people: PeopleDirectory, accountId: string): Promise<boolean> {
  return (await people.groupsOf(accountId)).includes(ISMS_LEADS_GROUP);
}
