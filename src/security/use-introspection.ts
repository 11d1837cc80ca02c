import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = / Did you mean .*\?$/;

/**
 * Introspection off (the production default): `__schema` and `__type` are refused at validation
 * (GRAPHQL_VALIDATION_FAILED), and the "Did you mean ...?" hints that would spell the schema out
 * field by field are cut from validation messages. `__typename` stays: clients need it for
 * unions and interfaces. Introspection on: graphql-js's MaxIntrospectionDepthRule (a specified
 * rule) already bounds cyclic `types { fields { type { fields ... } } }` queries.
 */
export function useIntrospection(enabled: boolean): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ valid, result, setResult }) => {
        if (valid || !result.some((e) => SUGGESTION.test(e.message))) return;
        setResult(
          result.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTION, ''), {
                  nodes: error.nodes,
                  source: error.source,
                  positions: error.positions,
                  extensions: error.extensions,
                })
              : error,
          ),
        );
      };
    },
  };
}
