export { corsFor } from './cors';
export { codeRequestError } from './request-errors';
export { useIntrospection } from './use-introspection';
export { useLimits } from './use-limits';
export { useRequestGuard } from './use-request-guard';
