import type { Database, Row } from '../db/database';
import { primaryLabel, type NodeLabel } from '../domain';
import { appError, ErrorCode, type InputProblem, throwIfProblems } from '../errors';
import { FORMAT_V1, NODE_FIELDS } from '../import/format';
import { validateDocument } from '../import/validate';
import { toRelRecord } from '../repositories/records';
import { checkedType, checkReason, dataOf, revision, type Run } from './common';

export interface MergeOutcome {
  survivor: string;
  duplicate: string;
  moved: string[];
  dropped: string[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

function union(...lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const v of l) if (!out.includes(v)) out.push(v);
  return out;
}

/**
 * The survivor's properties after the merge: its own values win; fields it lacks come from the
 * duplicate; names, aliases, sources and addresses are pooled (the duplicate's name becomes an
 * alias). Returned with only the fields that change.
 */
export function mergedProperties(survivor: Row, duplicate: Row, label: NodeLabel): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const name = String(survivor.name);
  const aliases = union(list(survivor.aliases), [String(duplicate.name)], list(duplicate.aliases)).filter(
    (a) => a !== name,
  );
  const sources = union(list(survivor.sources), list(duplicate.sources));
  const addresses = union(list(survivor.addresses), list(duplicate.addresses));
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(aliases, survivor.aliases ?? [])) changes.aliases = aliases;
  if (!same(sources, survivor.sources)) changes.sources = sources;
  if (addresses.length > 0 && !same(addresses, survivor.addresses ?? [])) changes.addresses = addresses;
  for (const field of Object.keys(NODE_FIELDS[label])) {
    if (field in changes || field === 'aliases' || field === 'addresses') continue;
    const mine = survivor[field];
    const theirs = duplicate[field];
    if ((mine === undefined || mine === null) && theirs !== undefined && theirs !== null) changes[field] = theirs;
  }
  return changes;
}

async function nodeById(run: Run, id: string): Promise<Row | null> {
  const [row] = await run('nodes/get-by-ids', { ids: [id] });
  return (row?.n as Row | undefined) ?? null;
}

/**
 * Merges `duplicateId` into `survivorId` in one write transaction: relationships moved (same ids
 * and properties, types from the whitelist), relationships between the two dropped, the
 * survivor's record completed, the duplicate deleted. Revisions: MERGE on the survivor,
 * MERGED_INTO with the duplicate's full record, MOVE or DROP for each of its relationships.
 */
export async function mergeEntities(
  db: Database,
  survivorId: string,
  duplicateId: string,
  reason: string,
  principal: string,
): Promise<MergeOutcome> {
  const problems: InputProblem[] = [];
  checkReason(reason, ['reason'], problems);
  if (survivorId === duplicateId) problems.push({ path: ['duplicate'], message: 'must differ from survivor' });
  throwIfProblems(problems);

  return db.writeTransaction('curation/merge', async (run) => {
    await run('import/lock-nodes', { ids: [survivorId, duplicateId].sort() });
    const survivor = await nodeById(run, survivorId);
    const duplicate = await nodeById(run, duplicateId);
    if (!survivor) throw appError(ErrorCode.NOT_FOUND, `no node has the id ${survivorId}`);
    if (!duplicate) throw appError(ErrorCode.NOT_FOUND, `no node has the id ${duplicateId}`);
    for (const [arg, node] of [
      ['survivor', survivor],
      ['duplicate', duplicate],
    ] as const) {
      if (!(node.labels as string[]).includes('Entity'))
        problems.push({ path: [arg], message: `${String(node.id)} is not an entity` });
    }
    throwIfProblems(problems);

    // The survivor takes the cloud-provider label if the duplicate had it: relationships that
    // need it (RENTS_FROM, HOSTS) stay valid once moved.
    const labels = union(survivor.labels as string[], duplicate.labels as string[]).filter(
      (l) => l === 'Entity' || l === 'CloudProvider',
    );
    const label = labels.includes('CloudProvider') ? 'CloudProvider' : 'Entity';
    const changes = mergedProperties(survivor, duplicate, label);
    const record = { ...dataOf(survivor), ...changes, label };
    delete (record as Record<string, unknown>).labels;
    const check = validateDocument({ format: FORMAT_V1, sources: [], nodes: [record], relationships: [] });
    if (check.problems.length > 0) {
      throwIfProblems(
        check.problems.map((p) => ({
          path: ['survivor', ...p.path.slice(2)],
          message: `after the merge: ${p.message}`,
        })),
      );
    }

    const rels = (await run('relationships/of-node', { id: duplicateId })).map((row) =>
      toRelRecord(row.r, row.fromId, row.toId),
    );
    const moved: Record<string, unknown>[] = [];
    const dropped: Record<string, unknown>[] = [];
    for (const r of rels) {
      const row = { id: r.id, type: checkedType(r.type), from: r.fromId, to: r.toId };
      const newFrom = r.fromId === duplicateId ? survivorId : r.fromId;
      const newTo = r.toId === duplicateId ? survivorId : r.toId;
      if (newFrom === newTo) dropped.push({ ...row, record: r });
      else moved.push({ ...row, newFrom, newTo });
    }
    if (dropped.length > 0)
      await run('merge/delete-relationships', { rows: dropped.map(({ record: _record, ...row }) => row) });
    if (moved.length > 0) await run('merge/move-relationships', { rows: moved, principal });
    await run('merge/update-merged-node', {
      id: survivorId,
      props: changes,
      labels,
      mergedId: duplicateId,
      principal,
    });
    await run('merge/delete-node', { id: duplicateId });

    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, survivor[k] ?? null]));
    const duplicateRecord = {
      ...dataOf(duplicate),
      labels: (duplicate.labels as string[]).filter((l) => l !== 'Node'),
    };
    await run('import/create-revisions', {
      principal,
      rows: [
        revision(survivorId, label, 'MERGE', before, { ...changes, merged: duplicateId }, reason),
        // A record created by an import keeps its creation in the history once removed: the
        // revision that removes it names the import (createdIn) and holds the full record.
        {
          ...revision(
            duplicateId,
            primaryLabel(duplicate.labels as string[]) ?? 'Entity',
            'MERGED_INTO',
            duplicateRecord,
            { mergedInto: survivorId },
            reason,
          ),
          createdIn: duplicate.createdIn ?? null,
        },
        ...moved.map((m) =>
          revision(
            String(m.id),
            String(m.type),
            'MOVE',
            { from: m.from, to: m.to },
            { from: m.newFrom, to: m.newTo },
            reason,
          ),
        ),
        ...dropped.map((d) => {
          const r = d.record as Record<string, unknown>;
          return {
            ...revision(
              String(d.id),
              String(d.type),
              'DROP',
              { ...dataOf(r), type: d.type, from: d.from, to: d.to },
              null,
              reason,
            ),
            createdIn: r.createdIn ?? null,
          };
        }),
      ],
    });
    return {
      survivor: survivorId,
      duplicate: duplicateId,
      moved: moved.map((m) => String(m.id)),
      dropped: dropped.map((d) => String(d.id)),
    };
  });
}
