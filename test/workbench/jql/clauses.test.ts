import { ALICE, BOB, fixtureContext, matchingKeys } from './fixture';

describe('JQL clauses over system fields', () => {
  it('finds issues of a project by key, name or id', () => {
    expect(matchingKeys('project = CHG')).toEqual(['CHG-1', 'CHG-2']);
    expect(matchingKeys('project = "Change Management"')).toEqual(['CHG-1', 'CHG-2']);
    expect(matchingKeys('project = 10001')).toEqual(['CHG-1', 'CHG-2']);
    expect(matchingKeys('project = chg')).toEqual(['CHG-1', 'CHG-2']);
  });

  it('supports IN and NOT IN lists', () => {
    expect(matchingKeys('project in (SD, CHG)')).toHaveLength(6);
    expect(matchingKeys('status not in (Open, "In Progress")')).toEqual(['CHG-1', 'SD-3']);
  });

  it('matches issue types by name, with type as a synonym of issuetype', () => {
    expect(matchingKeys('issuetype = Change')).toEqual(['CHG-1', 'CHG-2']);
    expect(matchingKeys('type = "Sub-task"')).toEqual(['SD-4']);
  });

  it('matches status categories by name and by key', () => {
    expect(matchingKeys('statusCategory = "In Progress"')).toEqual(['CHG-2', 'SD-2']);
    expect(matchingKeys('statusCategory = done')).toEqual(['CHG-1', 'SD-3']);
    expect(matchingKeys('statusCategory != new')).toEqual(['CHG-1', 'CHG-2', 'SD-2', 'SD-3']);
  });

  it('treats resolution = Unresolved as resolution IS EMPTY', () => {
    expect(matchingKeys('resolution = Unresolved')).toEqual(['CHG-2', 'SD-1', 'SD-2', 'SD-4']);
    expect(matchingKeys('resolution is EMPTY')).toEqual(['CHG-2', 'SD-1', 'SD-2', 'SD-4']);
    expect(matchingKeys('resolution != Unresolved')).toEqual(['CHG-1', 'SD-3']);
    expect(matchingKeys('resolution in (Unresolved, "Won\'t Do")')).toEqual(['CHG-1', 'CHG-2', 'SD-1', 'SD-2', 'SD-4']);
  });

  it('finds issues by key, issuekey and id', () => {
    expect(matchingKeys('key = SD-2')).toEqual(['SD-2']);
    expect(matchingKeys('issuekey in (SD-1, CHG-2)')).toEqual(['CHG-2', 'SD-1']);
    expect(matchingKeys('id = 20003')).toEqual(['SD-3']);
    expect(matchingKeys('key != SD-2 AND project = SD')).toEqual(['SD-1', 'SD-3', 'SD-4']);
  });

  it('compares keys by number within their project', () => {
    expect(matchingKeys('key > SD-2')).toEqual(['SD-3', 'SD-4']);
    expect(matchingKeys('key <= SD-2')).toEqual(['SD-1', 'SD-2']);
  });

  it('matches labels case-insensitively, any label of the issue', () => {
    expect(matchingKeys('labels = mail')).toEqual(['SD-1']);
    expect(matchingKeys('labels in (security, outage)')).toEqual(['SD-1', 'SD-2']);
  });

  it('leaves issues without a value out of != and NOT IN, as Jira does', () => {
    expect(matchingKeys('labels != outage')).toEqual(['SD-2']);
    expect(matchingKeys('assignee != acc-alice')).toEqual(['SD-2', 'SD-4']);
    expect(matchingKeys('labels not in (security)')).toEqual(['SD-1']);
  });

  it('supports IS EMPTY and IS NOT EMPTY, and = EMPTY', () => {
    expect(matchingKeys('labels is EMPTY')).toEqual(['CHG-1', 'CHG-2', 'SD-3', 'SD-4']);
    expect(matchingKeys('assignee is not EMPTY')).toEqual(['CHG-2', 'SD-1', 'SD-2', 'SD-4']);
    expect(matchingKeys('assignee = EMPTY')).toEqual(['CHG-1', 'SD-3']);
    expect(matchingKeys('assignee is null')).toEqual(['CHG-1', 'SD-3']);
  });

  it('matches users by account id, email or display name, and currentUser()', () => {
    expect(matchingKeys(`assignee = ${BOB}`)).toEqual(['SD-2']);
    expect(matchingKeys('assignee = "alice@example.com"')).toEqual(['CHG-2', 'SD-1']);
    expect(matchingKeys('reporter = "Carol Lead"')).toEqual(['CHG-1', 'SD-2']);
    expect(matchingKeys('assignee = currentUser()')).toEqual(['CHG-2', 'SD-1']);
    expect(matchingKeys('assignee in (currentUser(), EMPTY)')).toEqual(['CHG-1', 'CHG-2', 'SD-1', 'SD-3']);
  });

  it('lets currentUser() match nothing for an anonymous caller', () => {
    expect(matchingKeys('assignee = currentUser()', fixtureContext({ currentAccountId: null }))).toEqual([]);
  });

  it('expands membersOf() for IN', () => {
    expect(matchingKeys('assignee in membersOf("cab")')).toEqual(['SD-2', 'SD-4']);
    expect(matchingKeys(`assignee not in membersOf("cab") AND assignee != ${ALICE}`)).toEqual([]);
  });

  it('compares priorities by their order on the site', () => {
    expect(matchingKeys('priority = High')).toEqual(['CHG-2', 'SD-2']);
    expect(matchingKeys('priority > Medium')).toEqual(['CHG-2', 'SD-1', 'SD-2']);
    expect(matchingKeys('priority <= Medium')).toEqual(['CHG-1', 'SD-3']);
    expect(matchingKeys('priority is EMPTY')).toEqual(['SD-4']);
  });

  it('finds sub-tasks by parent key or id', () => {
    expect(matchingKeys('parent = SD-1')).toEqual(['SD-4']);
    expect(matchingKeys('parent in (20001)')).toEqual(['SD-4']);
  });

  it('finds linked issues with linkedIssues(), optionally by link description', () => {
    expect(matchingKeys('issue in linkedIssues("SD-1")')).toEqual(['CHG-1']);
    expect(matchingKeys('issue in linkedIssues("CHG-1", "blocks")')).toEqual(['SD-1']);
    expect(matchingKeys('issue in linkedIssues("CHG-1", "is blocked by")')).toEqual([]);
    expect(matchingKeys('issue not in linkedIssues("SD-1") AND project = CHG')).toEqual(['CHG-2']);
  });

  it('combines clauses with AND, OR, NOT and parentheses, AND binding tighter than OR', () => {
    expect(matchingKeys('project = CHG OR project = SD AND priority = Highest')).toEqual(['CHG-1', 'CHG-2', 'SD-1']);
    expect(matchingKeys('(project = CHG OR project = SD) AND priority = Highest')).toEqual(['SD-1']);
    expect(matchingKeys('NOT project = SD')).toEqual(['CHG-1', 'CHG-2']);
    expect(matchingKeys('project = SD AND NOT (status = Open OR labels = security)')).toEqual(['SD-3']);
  });

  it('returns every issue for a query with no WHERE clause', () => {
    expect(matchingKeys('')).toHaveLength(6);
    expect(matchingKeys('ORDER BY key')).toHaveLength(6);
  });
});

describe('JQL text search', () => {
  it('matches words of the summary case-insensitively, in any order', () => {
    expect(matchingKeys('summary ~ "MAIL server"')).toEqual(['CHG-1', 'SD-1']);
    expect(matchingKeys('summary ~ "server mail"')).toEqual(['CHG-1', 'SD-1']);
    expect(matchingKeys('summary ~ mail')).toEqual(['CHG-1', 'SD-1', 'SD-4']);
  });

  it('does not match parts of words, but supports a trailing wildcard', () => {
    expect(matchingKeys('summary ~ print')).toEqual([]);
    expect(matchingKeys('summary ~ "print*"')).toEqual(['SD-3', 'SD-4']);
  });

  it('matches a quoted phrase only as consecutive words', () => {
    expect(matchingKeys('summary ~ "\\"mail server\\""')).toEqual(['CHG-1', 'SD-1']);
    expect(matchingKeys('summary ~ "\\"server mail\\""')).toEqual([]);
  });

  it('excludes matches with !~', () => {
    expect(matchingKeys('project = SD AND summary !~ mail')).toEqual(['SD-2', 'SD-3']);
  });

  it('searches summary, description, comments and text custom fields with text ~', () => {
    expect(matchingKeys('text ~ "backup volume"')).toEqual(['SD-1']);
    expect(matchingKeys('text ~ password')).toEqual(['SD-2', 'SD-4']);
    expect(matchingKeys('text ~ "filtering"')).toEqual(['SD-2']);
  });

  it('searches descriptions and comments on their own', () => {
    expect(matchingKeys('description ~ credential')).toEqual(['SD-2']);
    expect(matchingKeys('comment ~ "affected account"')).toEqual(['SD-2']);
    expect(matchingKeys('description is EMPTY')).toEqual(['CHG-1', 'CHG-2', 'SD-3', 'SD-4']);
  });
});

describe('JQL over simple custom fields', () => {
  it('searches a number field by cf[id] and by name, numerically', () => {
    expect(matchingKeys('cf[10050] > 6')).toEqual(['SD-1']);
    expect(matchingKeys('"Impact score" >= 5')).toEqual(['SD-1', 'SD-2']);
    expect(matchingKeys('"impact score" = 5.0')).toEqual(['SD-2']);
    expect(matchingKeys('cf[10050] is EMPTY')).toEqual(['CHG-1', 'CHG-2', 'SD-3', 'SD-4']);
  });

  it('searches a text custom field with ~', () => {
    expect(matchingKeys('"Root cause" ~ filtering')).toEqual(['SD-2']);
  });

  it('searches a date custom field', () => {
    expect(matchingKeys('"Review date" >= "2026-03-01"')).toEqual(['SD-3']);
    expect(matchingKeys('cf[10080] < "2026/03/01"')).toEqual([]);
  });
});
