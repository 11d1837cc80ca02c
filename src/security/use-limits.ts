import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { appError, ErrorCode } from '../errors';

/** The GraphQL document limits (config MAX_TOKENS, MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_COST). */
export interface DocumentLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

type Limit = keyof DocumentLimits;

/** armor's messages start with "Syntax Error: " whatever the limit; clients get the limit's name instead. */
function limitError(limit: Limit, max: number, armor: GraphQLError): GraphQLError {
  const detail = armor.message.replace(/^Syntax Error:\s*/, '');
  return appError(ErrorCode.LIMIT_EXCEEDED, `request refused: ${detail}`, { limit, max, http: { status: 400 } });
}

/**
 * A validation-time limit reports its error like any validation rule (every broken limit is
 * listed at once); nothing executes, so a refused document costs no Cypher.
 */
function reportAs(limit: Limit, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, max, error)),
    ],
  };
}

/**
 * GraphQL Armor's limits, checked before execution: tokens while parsing (a huge document is
 * refused before it is even built), then depth, aliases, directives and cost during validation.
 * Every refusal has `extensions.code: LIMIT_EXCEEDED` and names the limit in `extensions.limit`.
 * `__schema` is left out of depth and cost (armor's default: the standard introspection query
 * is 21 deep); graphql-js's MaxIntrospectionDepthRule bounds cyclic introspection instead, and
 * production turns introspection off (use-introspection.ts).
 */
export function useLimits(limits: DocumentLimits): Plugin[] {
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      // The parser has no validation context: the error is thrown, so parsing stops at the limit.
      onReject: [
        (_: unknown, error: GraphQLError) => {
          throw limitError('maxTokens', limits.maxTokens, error);
        },
      ],
    }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ...reportAs('maxDepth', limits.maxDepth) }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, ...reportAs('maxAliases', limits.maxAliases) }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, ...reportAs('maxDirectives', limits.maxDirectives) }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, ...reportAs('maxCost', limits.maxCost) }) as Plugin,
  ];
}
