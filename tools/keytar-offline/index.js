'use strict';
// @forge/cli-shared imports keytar to keep Atlassian login tokens in the OS keychain. The project only runs
// offline checks (validate, lint) that never log in, so every keychain call fails loudly instead of pretending.
function unavailable() {
  return Promise.reject(new Error('keytar is not available in this project: the Forge CLI login is not used offline'));
}
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
