import { errorsOf, fixtureContext, matchingKeys } from './fixture';

describe('JQL over the app search aliases', () => {
  it('matches a stored boolean by its string form, as Jira indexes it', () => {
    expect(matchingKeys('imsClass.security = "true"')).toEqual(['CHG-1', 'SD-2']);
    expect(matchingKeys('imsClass.security = "false"')).toEqual(['SD-1']);
    expect(matchingKeys('imsClass.security != "true"')).toEqual(['SD-1']);
  });

  it('compares numbers numerically', () => {
    expect(matchingKeys('imsClass.severity <= 2')).toEqual(['SD-1', 'SD-2']);
    expect(matchingKeys('imsClass.severity > 1')).toEqual(['CHG-1', 'SD-1']);
    expect(matchingKeys('imsClass.severity = "3"')).toEqual(['CHG-1']);
    expect(matchingKeys('imsClass.severity in (1, 3)')).toEqual(['CHG-1', 'SD-2']);
  });

  it('matches a multi-valued alias if any element matches', () => {
    expect(matchingKeys('imsClause = "ISO27001:A.5.24"')).toEqual(['CHG-1', 'SD-2']);
    expect(matchingKeys('imsClause in ("ISO42001:A.6.2.6", "ISO20000-1:8.6.1")')).toEqual(['CHG-1', 'SD-1']);
    expect(matchingKeys('imsClass.domains = ai')).toEqual(['CHG-1']);
  });

  it('keeps != and NOT IN on a multi-valued alias to issues having values, none of them matching', () => {
    expect(matchingKeys('imsClause != "ISO27001:A.5.24"')).toEqual(['SD-1']);
    expect(matchingKeys('imsClause not in ("ISO27001:A.5.25")')).toEqual(['CHG-1', 'SD-1']);
  });

  it('supports EMPTY on aliases', () => {
    expect(matchingKeys('imsClause is EMPTY')).toEqual(['CHG-2', 'SD-3', 'SD-4']);
    expect(matchingKeys('imsClass.security is not EMPTY')).toEqual(['CHG-1', 'SD-1', 'SD-2']);
  });

  it('finds aliases whatever the case of their name', () => {
    expect(matchingKeys('IMSCLASS.SECURITY = "true"')).toEqual(['CHG-1', 'SD-2']);
  });

  it('refuses a comparison against a value that is neither a number nor a date', () => {
    expect(errorsOf('imsClass.severity < high')).toEqual(["The operator '<' on field 'imsClass.severity' needs a number or a date, not 'high'."]);
  });

  it('does not search an object custom field by its own name: only its aliases are searchable', () => {
    expect(errorsOf('Classification = x')).toEqual(["The operator '=' is not supported by the 'Classification' field."]);
  });
});

describe('App JQL functions (jira:jqlFunction)', () => {
  it('replaces the clause with the JQL the function returns', () => {
    expect(matchingKeys('issue in evidenceFor("ISO27001:A.5.24")')).toEqual(['CHG-1', 'SD-2']);
    expect(matchingKeys('issue in securityIncidents()')).toEqual(['SD-2']);
  });

  it('negates the returned clause for NOT IN', () => {
    expect(matchingKeys('issue not in evidenceFor("ISO27001:A.5.24")')).toEqual(['CHG-2', 'SD-1', 'SD-3', 'SD-4']);
  });

  it('combines with other clauses', () => {
    expect(matchingKeys('project = CHG AND issue in evidenceFor("ISO27001:A.5.24")')).toEqual(['CHG-1']);
  });

  it('refuses JQL from a function that the grammar rejects', () => {
    expect(errorsOf('issue in brokenFunction()')).toEqual([
      "The JQL function 'brokenFunction' returned invalid JQL: Error in the JQL Query: 'true' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 21)",
    ]);
  });

  it("reports the function's own error", () => {
    expect(errorsOf('issue in refusingFunction("X")')).toEqual(["Unknown clause 'X'."]);
  });

  it('stops a function that keeps returning itself', () => {
    expect(errorsOf('issue in loopingFunction()')[0]).toContain('nests too deeply');
  });

  it('reports a function that throws instead of crashing the search', () => {
    const ctx = fixtureContext({
      jqlFunctions: {
        explode: () => {
          throw new Error('boom');
        },
      },
    });
    expect(errorsOf('issue in explode()', ctx)).toEqual(["The JQL function 'explode' failed: boom"]);
  });
});
