import type { AppContext } from '../context';
import { recordNotSame } from '../curation/not-same';
import { DEFAULT_MATCH_THRESHOLD, matchBatch } from '../match/match';
import { isCertain, type MatchQuery } from '../match/score';
import { importContent } from '../import/file-import';
import type { NodeRecord } from '../repositories/records';
import type { GraphQLResolveInfo } from 'graphql';
import { intArgument } from './arguments';

/** Screening (`match`), its decisions (`recordNotSame`), and the fields FtM data brings. */

const strings = (field: string) => (parent: NodeRecord) => (parent[field] as string[] | undefined) ?? [];
const party = { identifiers: strings('identifiers'), topics: strings('topics') };

export const matchingResolvers = {
  Query: {
    match: async (
      _: unknown,
      args: { queries: MatchQuery[]; threshold?: number | null; first?: number | null },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const results = await matchBatch(
        ctx.db,
        args.queries,
        args.threshold ?? DEFAULT_MATCH_THRESHOLD,
        intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize }),
      );
      for (const r of results) for (const c of r.candidates) ctx.loaders.node.prime(c.node.id, c.node);
      return results.map((r) => ({
        ...r,
        candidates: r.candidates.map((c) => ({ ...c, certain: isCertain(c) })),
      }));
    },
  },
  Mutation: {
    importFtm: async (_: unknown, args: { lines: string; dryRun?: boolean | null }, ctx: AppContext) => {
      const report = await importContent(ctx.db, args.lines, 'ftm-jsonl', 'request', {
        dryRun: args.dryRun === true,
        principal: ctx.viewer.principal,
        reason: 'FollowTheMoney import (importFtm)',
      });
      const outcome = new Map<string, string>();
      if (report.ok && report.ids) {
        for (const [name, ids] of Object.entries(report.ids)) for (const id of ids) outcome.set(id, name);
      }
      const s = report.ftm;
      return {
        ...report,
        records: (s?.records ?? []).map((r) => ({ ...r, outcome: outcome.get(r.id) ?? null })),
        matched: s?.matched ?? [],
        toReview: s?.toReview ?? [],
        skipped: s?.skipped ?? [],
        warnings: s?.warnings ?? [],
      };
    },
    recordNotSame: async (_: unknown, args: { key: string; candidate: string; reason: string }, ctx: AppContext) => {
      const decision = await recordNotSame(ctx.db, args.key, args.candidate, args.reason, ctx.viewer.principal);
      return { ...decision, at: String(decision.at), candidate: ctx.loaders.node.load(decision.candidateId) };
    },
  },
  Entity: party,
  CloudProvider: party,
  Source: {
    secondaryCoverageOf: async (parent: NodeRecord, _: unknown, ctx: AppContext) => {
      const found = await ctx.loaders.node.loadMany(strings('secondaryCoverageOf')(parent));
      return found.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
    },
  },
};
