export { authenticate } from './authenticate';
export { Keyring } from './keys';
export { checkPolicy } from './policy';
export { useAuthorization } from './use-authorization';
