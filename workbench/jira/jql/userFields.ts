import type { SimIssue } from '../model';
import type { CompileEnv } from './env';
import { EQUALITY_OPERATORS, oneOf, operators, valueNotFound, type FieldSpec } from './fieldSpec';
import { failure, success } from './problems';

/**
 * User fields (assignee, reporter, user custom fields). Values are account ids; a query may also name a user by
 * email address or display name. `currentUser()` and `membersOf("group")` are the user functions.
 */
export function userField(name: string, env: CompileEnv, accountIdsOf: (issue: SimIssue) => string[]): FieldSpec {
  const users = env.ctx.state.users;
  const displayNameOf = new Map(users.map((user) => [user.accountId, user.displayName.toLowerCase()]));
  return {
    name,
    operators: operators(EQUALITY_OPERATORS),
    values: accountIdsOf,
    literal: (value) => {
      const wanted = value.toLowerCase();
      const ids = users
        .filter((user) => user.accountId === value || user.emailAddress.toLowerCase() === wanted || user.displayName.toLowerCase() === wanted)
        .map((user) => user.accountId);
      return ids.length > 0 ? success(oneOf(ids)) : failure('value', valueNotFound(value, name));
    },
    functions: {
      currentuser: {
        returnsList: false,
        evaluate: (args) =>
          args.length > 0
            ? failure('validation', `Function 'currentUser' expected '0' arguments but received '${args.length}'.`)
            : success(oneOf(env.ctx.currentAccountId === null ? [] : [env.ctx.currentAccountId])),
      },
      membersof: {
        returnsList: true,
        evaluate: (args) => {
          const [group] = args;
          if (args.length !== 1 || group === undefined) {
            return failure('validation', `Function 'membersOf' expected '1' argument but received '${args.length}'.`);
          }
          const known = env.ctx.state.groups.some((candidate) => candidate.name.toLowerCase() === group.toLowerCase());
          if (!known) {
            return failure('value', `Function 'membersOf' can not generate a list of usernames for group '${group}'; the group does not exist.`);
          }
          const members = users.filter((user) => user.groups.some((member) => member.toLowerCase() === group.toLowerCase()));
          return success(oneOf(members.map((user) => user.accountId)));
        },
      },
    },
    sortKey: (issue) => {
      const first = accountIdsOf(issue)[0];
      return first === undefined ? null : [displayNameOf.get(first) ?? first];
    },
  };
}
