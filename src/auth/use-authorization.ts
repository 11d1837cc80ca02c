import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppContext } from '../context';
import { authorize } from './policy';

/**
 * Checks every operation against the policy before anything executes: a refused mutation runs
 * none of its fields (a multi-field mutation is refused as a whole), so nothing is written.
 */
export function useAuthorization(options: { readsRequireKey: boolean }): Plugin<AppContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const error = authorize(args.contextValue.viewer, operation, args.document, options.readsRequireKey);
      if (error) setResultAndStopExecution({ errors: [error as never] });
    },
  };
}
