import {
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Viewer } from '../context';
import { appError, ErrorCode } from '../errors';

/**
 * Who may run what, in one place. Every Mutation field needs an entry here: the server refuses
 * to start otherwise (checkPolicy), and a mutation missing at run time is refused, so a new
 * mutation cannot be forgotten. Reads are open unless READS_REQUIRE_KEY is set.
 */
export const MUTATION_ROLES = {
  write: 'analyst',
  correct: 'analyst',
  retract: 'analyst',
  restore: 'analyst',
  importDocument: 'analyst',
  recordNotSame: 'analyst',
  importFtm: 'analyst',
  mergeEntities: 'admin',
} as const satisfies Record<string, Exclude<Viewer['role'], 'anonymous'>>;

const RANK: Record<Viewer['role'], number> = { anonymous: 0, reader: 1, analyst: 2, admin: 3 };

/** Throws at boot when a Mutation field has no role, or a role names a field that does not exist. */
export function checkPolicy(schema: GraphQLSchema): void {
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  const missing = fields.filter((f) => !(f in MUTATION_ROLES));
  const stale = Object.keys(MUTATION_ROLES).filter((f) => !fields.includes(f));
  if (missing.length > 0 || stale.length > 0) {
    throw new Error(
      `src/auth/policy.ts does not match the schema: ${[
        ...missing.map((f) => `Mutation.${f} has no required role`),
        ...stale.map((f) => `${f} is not a Mutation field`),
      ].join('; ')}`,
    );
  }
}

/** The top-level field names of an operation, through inline fragments and fragment spreads. */
function topLevelFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      out.push(...topLevelFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION)
        out.push(...topLevelFields(fragment.selectionSet, document, seen));
    }
  }
  return out;
}

/** The role an operation needs: the strongest any of its top-level fields needs. */
export function requiredRole(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  readsRequireKey: boolean,
): Viewer['role'] | 'none-configured' {
  const reads: Viewer['role'] = readsRequireKey ? 'reader' : 'anonymous';
  if (operation.operation !== 'mutation') return reads;
  let required: Viewer['role'] = reads;
  for (const field of topLevelFields(operation.selectionSet, document)) {
    if (field === '__typename') continue;
    const role = (MUTATION_ROLES as Record<string, Viewer['role']>)[field];
    if (!role) return 'none-configured';
    if (RANK[role] > RANK[required]) required = role;
  }
  return required;
}

/** Null when the viewer may run the operation; otherwise the error to answer with. */
export function authorize(
  viewer: Viewer,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  readsRequireKey: boolean,
): Error | null {
  const required = requiredRole(operation, document, readsRequireKey);
  if (required === 'none-configured') return appError(ErrorCode.FORBIDDEN, 'this mutation has no access rule: refused');
  if (RANK[viewer.role] >= RANK[required]) return null;
  if (viewer.role === 'anonymous') {
    return appError(
      ErrorCode.UNAUTHENTICATED,
      `an API key with the ${required} role is required (Authorization: Bearer <key> or x-api-key: <key>)`,
    );
  }
  return appError(
    ErrorCode.FORBIDDEN,
    `this operation needs the ${required} role; the key of ${viewer.principal} has the ${viewer.role} role`,
  );
}
