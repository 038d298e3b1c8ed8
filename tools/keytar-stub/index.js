'use strict';
// Credential storage is never used by Phụ lục's development tools: every call reports "nothing stored".
const none = async () => null;
module.exports = {
  getPassword: none,
  setPassword: async () => undefined,
  deletePassword: async () => false,
  findPassword: none,
  findCredentials: async () => [],
};
