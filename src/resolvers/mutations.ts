import type { AppContext } from '../context';
import type { InputProblem } from '../errors';
import { correct } from '../curation/correct';
import { history, MAX_HISTORY } from '../curation/history';
import { mergeEntities } from '../curation/merge';
import { restore, retract, type RetractOutcome } from '../curation/retract';
import { rankSimilar, similarityQuery } from '../match/similar';
import { write } from '../curation/write';
import { importDocument, type ImportReport } from '../import/apply';
import type { Resolvers } from './generated';
import type { NodeRecord } from '../repositories/records';
import { intArgument } from './arguments';
import { existingNode, existingRel } from './existing';

/**
 * Analysts' writes and the audit trail. Thin: arguments -> src/curation or src/import. Who may
 * call each mutation is decided in src/auth/policy.ts, before any of these runs.
 */

/** Report paths for the SDL's [String!]! (list positions as strings). */
function reportOut(report: ImportReport) {
  const out = (problems: readonly InputProblem[]) =>
    problems.map((p) => ({ path: p.path.map(String), message: p.message }));
  return { ...report, rejected: out(report.rejected), notices: out(report.notices ?? []) };
}

function retractOut(outcome: RetractOutcome, ctx: AppContext) {
  // Fresh reads: the loaders of this request must not answer with the state before the write.
  ctx.loaders.node.clear(outcome.id);
  ctx.loaders.relationship.clear(outcome.id);
  return {
    id: outcome.id,
    relationship: outcome.kind === 'relationship' ? existingRel(ctx, outcome.id) : null,
    node: outcome.kind === 'node' ? existingNode(ctx, outcome.id) : null,
    relationships: outcome.relationships,
  };
}

const addresses = (parent: NodeRecord) => (parent.addresses as string[] | undefined) ?? [];

export const mutationResolvers: Resolvers = {
  Mutation: {
    write: async (_, args, ctx) =>
      reportOut(await write(ctx.db, args.input, { dryRun: args.dryRun === true, principal: ctx.viewer.principal })),
    correct: async (_, args, ctx) =>
      reportOut(await correct(ctx.db, args.id, args.changes, args.reason, ctx.viewer.principal)),
    retract: async (_, args, ctx) => retractOut(await retract(ctx.db, args.id, args.reason, ctx.viewer.principal), ctx),
    restore: async (_, args, ctx) => retractOut(await restore(ctx.db, args.id, args.reason, ctx.viewer.principal), ctx),
    importDocument: async (_, args, ctx) =>
      reportOut(
        await importDocument(ctx.db, args.document, { dryRun: args.dryRun === true, principal: ctx.viewer.principal }),
      ),
    mergeEntities: async (_, args, ctx) => {
      const outcome = await mergeEntities(ctx.db, args.survivor, args.duplicate, args.reason, ctx.viewer.principal);
      ctx.loaders.node.clear(outcome.survivor);
      return { ...outcome, survivor: existingNode(ctx, outcome.survivor) };
    },
  },
  Query: {
    history: (_, args, ctx, info) =>
      history(ctx.db, args.id, intArgument(info, args, 'first', { min: 1, max: MAX_HISTORY })),
    findSimilar: async (_, args, ctx, info) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const hits = await ctx.repo.search(similarityQuery(args.name), args.labels ?? [], first * 3);
      return rankSimilar(args.name, hits).slice(0, first);
    },
  },
  Entity: { addresses },
  CloudProvider: { addresses },
};
