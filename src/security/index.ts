export { corsFor } from './cors';
export { codeRequestError } from './request-errors';
export { useIntrospection } from './use-introspection';
export { useLimits, type DocumentLimits } from './use-limits';
export { CSRF_HEADER, useRequestGuard } from './use-request-guard';
