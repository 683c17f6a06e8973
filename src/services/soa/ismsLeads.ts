import type { PeopleDirectory } from '../../ports/soaPeople';

/**
 * Whether the account belongs to the ISMS lead group configured on the admin page: its members keep the SoA,
 * the AI system register and the audit programme.
 */
export async function isIsmsLead(people: PeopleDirectory, accountId: string): Promise<boolean> {
  const [groups, leads] = await Promise.all([people.groupsOf(accountId), people.ismsLeadGroup()]);
  return groups.includes(leads);
}

/** "Only members of <group> <action>.": the refusal names the configured group, so the user knows whom to ask. */
export async function onlyIsmsLeads(people: PeopleDirectory, action: string): Promise<string> {
  return `Only members of ${await people.ismsLeadGroup()} ${action}.`;
}
