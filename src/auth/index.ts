export { ANONYMOUS, authenticate, presentedKey } from './authenticate';
export { hashKey, Keyring, parseApiKeys, ROLES, type ApiKey, type Role } from './keys';
export { authorize, checkPolicy, MUTATION_ROLES, requiredRole } from './policy';
export { useAuthorization } from './use-authorization';
