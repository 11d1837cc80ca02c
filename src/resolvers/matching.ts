import { recordNotSame } from '../curation/not-same';
import { DEFAULT_MATCH_THRESHOLD, matchBatch } from '../match/match';
import { isCertain } from '../match/score';
import { importContent } from '../import/file-import';
import type { Resolvers } from './generated';
import type { NodeRecord } from '../repositories/records';
import { intArgument } from './arguments';
import { existingNode } from './existing';

/** Screening (`match`), its decisions (`recordNotSame`), and the fields FtM data brings. */

const strings = (field: string) => (parent: NodeRecord) => (parent[field] as string[] | undefined) ?? [];
const party = { identifiers: strings('identifiers'), topics: strings('topics') };

export const matchingResolvers: Resolvers = {
  Query: {
    match: async (_, args, ctx, info) => {
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
    importFtm: async (_, args, ctx) => {
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
        notices: report.notices ?? [],
      };
    },
    recordNotSame: async (_, args, ctx) => {
      const decision = await recordNotSame(ctx.db, args.key, args.candidate, args.reason, ctx.viewer.principal);
      return { ...decision, at: String(decision.at), candidate: existingNode(ctx, decision.candidateId) };
    },
  },
  Entity: party,
  CloudProvider: party,
  Source: {
    secondaryCoverageOf: async (parent, _, ctx) => {
      const found = await ctx.loaders.node.loadMany(strings('secondaryCoverageOf')(parent));
      return found.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
    },
  },
};
