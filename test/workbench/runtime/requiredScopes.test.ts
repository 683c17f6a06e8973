import { compileScopeTable } from '../../../workbench/runtime/requiredScopes';

const operation = (current: string[] | undefined, security: string[] = []) => ({
  security: [{ basicAuth: [] }, { OAuth2: security }],
  ...(current ? { 'x-atlassian-oauth2-scopes': [{ scheme: 'OAuth2', scopes: current, state: 'Current' }, { scheme: 'OAuth2', scopes: ['read:issue:jira'], state: 'Beta' }] } : {}),
});

const match = compileScopeTable({
  paths: {
    '/rest/api/3/issue/{issueIdOrKey}': { get: operation(['read:jira-work']), post: operation(undefined, ['write:jira-work']) },
    '/rest/api/3/issue/bulkfetch': { post: operation(['read:jira-work']) },
    '/rest/api/3/app/field/value': { post: operation([]) },
  },
});

describe('required scopes', () => {
  it('come from the Current entry of x-atlassian-oauth2-scopes', () => {
    expect(match('GET', '/rest/api/3/issue/SD-1?fields=summary')).toMatchObject({ operation: 'GET /rest/api/3/issue/{issueIdOrKey}', scopes: ['read:jira-work'] });
  });

  it('fall back to the OAuth2 security requirement', () => {
    expect(match('post', '/rest/api/3/issue/SD-1')?.scopes).toEqual(['write:jira-work']);
  });

  it('are none when the Current entry lists none', () => {
    expect(match('POST', '/rest/api/3/app/field/value')?.scopes).toEqual([]);
  });

  it('prefer a literal path over a template', () => {
    expect(match('POST', '/rest/api/3/issue/bulkfetch')?.operation).toBe('POST /rest/api/3/issue/bulkfetch');
  });

  it('are unknown for an operation the spec lacks', () => {
    expect(match('DELETE', '/rest/api/3/issue/SD-1')).toBeUndefined();
    expect(match('GET', '/rest/api/3/issue/SD-1/comment')).toBeUndefined();
  });
});
