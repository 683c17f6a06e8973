import { errorsOf, searchKeys } from './fixture';

describe('JQL ORDER BY', () => {
  it('lists the newest issues first when the query has no ORDER BY', () => {
    expect(searchKeys('project = SD')).toEqual(['SD-4', 'SD-2', 'SD-1', 'SD-3']);
  });

  it('sorts by key, project then number', () => {
    expect(searchKeys('ORDER BY key ASC')).toEqual(['CHG-1', 'CHG-2', 'SD-1', 'SD-2', 'SD-3', 'SD-4']);
    expect(searchKeys('project = SD ORDER BY issuekey DESC')).toEqual(['SD-4', 'SD-3', 'SD-2', 'SD-1']);
  });

  it("uses the field's own direction when none is given: dates newest first, others ascending", () => {
    expect(searchKeys('project = SD ORDER BY created')).toEqual(['SD-4', 'SD-2', 'SD-1', 'SD-3']);
    expect(searchKeys('project = SD ORDER BY summary')).toEqual(['SD-1', 'SD-2', 'SD-3', 'SD-4']);
  });

  it('sorts by several keys in turn', () => {
    expect(searchKeys('ORDER BY project ASC, created ASC')).toEqual(['CHG-1', 'CHG-2', 'SD-3', 'SD-1', 'SD-2', 'SD-4']);
  });

  it('sorts priorities by their order, highest first by default', () => {
    expect(searchKeys('project = SD AND priority is not EMPTY ORDER BY priority')).toEqual(['SD-1', 'SD-2', 'SD-3']);
    expect(searchKeys('project = SD ORDER BY priority ASC')).toEqual(['SD-3', 'SD-2', 'SD-1', 'SD-4']);
  });

  it('puts issues without a value last ascending and first descending', () => {
    expect(searchKeys('ORDER BY resolved ASC, key ASC')).toEqual(['SD-3', 'CHG-1', 'CHG-2', 'SD-1', 'SD-2', 'SD-4']);
    expect(searchKeys('project = SD ORDER BY assignee DESC, key ASC')).toEqual(['SD-3', 'SD-4', 'SD-2', 'SD-1']);
  });

  it('sorts by status in administration order and by custom field and alias values', () => {
    expect(searchKeys('project = SD ORDER BY status ASC, key ASC')).toEqual(['SD-1', 'SD-4', 'SD-2', 'SD-3']);
    expect(searchKeys('cf[10050] is not EMPTY ORDER BY cf[10050] ASC')).toEqual(['SD-2', 'SD-1']);
    expect(searchKeys('imsClass.severity is not EMPTY ORDER BY imsClass.severity DESC')).toEqual(['CHG-1', 'SD-1', 'SD-2']);
  });

  it('refuses sorting by a field that cannot sort, or by one field twice', () => {
    expect(errorsOf('ORDER BY text')).toEqual(["Field 'text' does not support sorting."]);
    expect(errorsOf('ORDER BY created, created')).toEqual(["The sort field 'created' is referenced multiple times in the JQL sort."]);
    expect(errorsOf('ORDER BY nonsense')).toEqual(["Field 'nonsense' does not exist or you do not have permission to view it."]);
  });
});
