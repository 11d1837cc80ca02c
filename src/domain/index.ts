/**
 * The pure domain logic: the vocabulary (labels, relationship types, pathways...), dates,
 * regulations in force, restriction, ownership and the affiliates rule, path classification,
 * confidence and scenarios. No I/O: callers load a RestrictionContext and the paths, and pass
 * them in.
 */
export * from './vocabulary';
export * from './types';
export * from './dates';
export * from './countries';
export * from './regulations';
export * from './designations';
export * from './ownership';
export * from './restriction';
export * from './paths';
export * from './steps';
export * from './evidence';
export * from './classification';
export * from './confidence';
export * from './scenario';
export * from './timeline';
