import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import { correct } from '../curation/correct';
import { history, MAX_HISTORY } from '../curation/history';
import { mergeEntities } from '../curation/merge';
import { restore, retract, type RetractOutcome } from '../curation/retract';
import { rankSimilar, similarityQuery } from '../match/similar';
import { write, type WriteInput } from '../curation/write';
import { importDocument, type ImportReport } from '../import/apply';
import type { NodeRecord } from '../repositories/records';
import { intArgument } from './arguments';

/**
 * Analysts' writes and the audit trail. Thin: arguments -> src/curation or src/import. Who may
 * call each mutation is decided in src/auth/policy.ts, before any of these runs.
 */

/** Report paths for the SDL's [String!]! (list positions as strings). */
function reportOut(report: ImportReport) {
  return { ...report, rejected: report.rejected.map((p) => ({ path: p.path.map(String), message: p.message })) };
}

function retractOut(outcome: RetractOutcome, ctx: AppContext) {
  // Fresh reads: the loaders of this request must not answer with the state before the write.
  ctx.loaders.node.clear(outcome.id);
  ctx.loaders.relationship.clear(outcome.id);
  return {
    id: outcome.id,
    relationship: outcome.kind === 'relationship' ? ctx.loaders.relationship.load(outcome.id) : null,
    node: outcome.kind === 'node' ? ctx.loaders.node.load(outcome.id) : null,
    relationships: outcome.relationships,
  };
}

const addresses = (parent: NodeRecord) => (parent.addresses as string[] | undefined) ?? [];

export const mutationResolvers = {
  Mutation: {
    write: async (_: unknown, args: { input: WriteInput; dryRun?: boolean | null }, ctx: AppContext) =>
      reportOut(await write(ctx.db, args.input, { dryRun: args.dryRun === true, principal: ctx.viewer.principal })),
    correct: async (
      _: unknown,
      args: { id: string; changes: Record<string, unknown>; reason: string },
      ctx: AppContext,
    ) => reportOut(await correct(ctx.db, args.id, args.changes, args.reason, ctx.viewer.principal)),
    retract: async (_: unknown, args: { id: string; reason: string }, ctx: AppContext) =>
      retractOut(await retract(ctx.db, args.id, args.reason, ctx.viewer.principal), ctx),
    restore: async (_: unknown, args: { id: string; reason: string }, ctx: AppContext) =>
      retractOut(await restore(ctx.db, args.id, args.reason, ctx.viewer.principal), ctx),
    importDocument: async (
      _: unknown,
      args: { document: Record<string, unknown>; dryRun?: boolean | null },
      ctx: AppContext,
    ) =>
      reportOut(
        await importDocument(ctx.db, args.document, { dryRun: args.dryRun === true, principal: ctx.viewer.principal }),
      ),
    mergeEntities: async (
      _: unknown,
      args: { survivor: string; duplicate: string; reason: string },
      ctx: AppContext,
    ) => {
      const outcome = await mergeEntities(ctx.db, args.survivor, args.duplicate, args.reason, ctx.viewer.principal);
      ctx.loaders.node.clear(outcome.survivor);
      return { ...outcome, survivor: ctx.loaders.node.load(outcome.survivor) };
    },
  },
  Query: {
    history: (_: unknown, args: { id: string; first?: number | null }, ctx: AppContext, info: GraphQLResolveInfo) =>
      history(ctx.db, args.id, intArgument(info, args, 'first', { min: 1, max: MAX_HISTORY })),
    findSimilar: async (
      _: unknown,
      args: { name: string; labels?: string[] | null; first?: number | null },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const hits = await ctx.repo.search(similarityQuery(args.name), args.labels ?? [], first * 3);
      return rankSimilar(args.name, hits).slice(0, first);
    },
  },
  Entity: { addresses },
  CloudProvider: { addresses },
};
