import { createHash } from 'node:crypto';
import { FTM_NOTICE_ID } from '../export/ftm-conventions';
import type { Converted } from './converted';
import { all, countriesNotKept, countryOf, graphId, unique, type FtmGraph, type FtmSummary } from './ftm';
import { addFacts, listingIdOf, reuseExisting } from './ftm-facts';
import { isA, parseFtmLines, type FtmEntity } from './ftm-model';
import { addParties } from './ftm-parties';
import { documentSource } from './ftm-sources';
import { FtmConversion } from './ftm-state';

/**
 * FollowTheMoney entities (JSON lines) converted to a format-v1 document: the steps in order
 * (the values and the contract are src/import/ftm.ts; sources, parties and facts each have
 * their module).
 */

/** The entities of a file by what becomes of them; the others are counted as skipped. */
function classify(c: FtmConversion) {
  const { entities } = c;
  const parties = entities.filter((e) => isA(e.schema, 'LegalEntity'));
  const documents = entities.filter((e) => isA(e.schema, 'Document') && e.id !== FTM_NOTICE_ID);
  const facts = entities.filter((e) => ['Ownership', 'Directorship', 'Sanction'].includes(e.schema));
  const identifications = entities.filter((e) => e.schema === 'Identification');
  const handled = new Set([...parties, ...documents, ...facts, ...identifications]);
  for (const e of entities) {
    if (!handled.has(e) && e.id !== FTM_NOTICE_ID) c.summary.skipped.push({ line: e.line, id: e.id, schema: e.schema });
  }
  return { parties, documents, facts, identifications, sanctions: facts.filter((e) => e.schema === 'Sanction') };
}

/**
 * Records which properties the conversion reads of each entity (each entity's properties are
 * wrapped); `unread` then gives, per entity, the properties with values it never read: what the
 * graph has no field for, said back rather than dropped in silence.
 */
function propertyReads(entities: readonly FtmEntity[]) {
  const reads = new Map<FtmEntity, { given: Record<string, string[]>; read: Set<string> }>();
  for (const e of entities) {
    const given = e.properties;
    const read = new Set<string>();
    reads.set(e, { given, read });
    e.properties = new Proxy(given, {
      get(target, key, receiver) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
  return {
    unread(e: FtmEntity): string[] {
      const seen = reads.get(e);
      if (!seen) return [];
      return Object.keys(seen.given).filter((name) => (seen.given[name] ?? []).length > 0 && !seen.read.has(name));
    },
  };
}

/** Every id the file would use or refers to outside itself: what the graph holds under them is read first. */
function idsToLookUp(c: FtmConversion, groups: ReturnType<typeof classify>): string[] {
  const { parties, facts, sanctions } = groups;
  const outside = (ids: string[]) => ids.filter((id) => !c.byFtmId.has(id));
  return unique([
    ...parties.map((e) => graphId(e.id)),
    ...c.docIds.values(),
    ...outside(unique(facts.concat(parties).flatMap((e) => all(e, 'proof')))),
    ...outside(facts.flatMap((e) => all(e, 'owner', 'asset', 'director', 'organization', 'entity'))),
    ...sanctions.map(listingIdOf),
  ]);
}

/**
 * Converts FtM JSON lines to a format-v1 document. Facts that give no sourceUrl, publisher,
 * dataset or proof cite a Source for the file, keyed by the content's SHA-256 and titled with
 * `fileName`.
 */
export async function ftmToDocument(
  content: string,
  graph: FtmGraph,
  fileName: string,
): Promise<Converted & { summary: FtmSummary }> {
  const parsed = parseFtmLines(content);
  const problems = parsed.problems.map((p) => ({ place: `line ${p.line}`, message: p.message }));
  const summary: FtmSummary = {
    entities: parsed.entities.length,
    skipped: [],
    matched: [],
    toReview: [],
    warnings: [],
    records: [],
  };
  const digest = createHash('sha256').update(content).digest('hex');
  const c = new FtmConversion(parsed.entities, problems, summary, graph, fileName, digest);
  if (problems.length > 0) return c.result();
  const reads = propertyReads(parsed.entities);
  const groups = classify(c);
  for (const d of groups.documents) c.docIds.set(d.id, graphId(d.id, 'src-'));
  c.existing = await graph.labels(idsToLookUp(c, groups));
  for (const d of groups.documents) {
    const draft = documentSource(d, c.docIds);
    c.sources.set(draft.id, { draft, line: d.line, ftmId: d.id });
  }
  const sanctioned = new Set(groups.sanctions.flatMap((s) => all(s, 'entity')));
  await addParties(c, groups.parties, groups.identifications, sanctioned);
  addFacts(c, groups.facts);
  await reuseExisting(c.rels, graph, c.summary.warnings);
  for (const e of groups.parties) {
    const dropped = countriesNotKept(e);
    if (dropped.length > 0)
      c.summary.warnings.push({
        place: `line ${e.line}`,
        message: `${e.schema} ${e.id}: country not kept: ${dropped.join(', ')} (${
          countryOf(e) ? `a party holds one country: the first, ${countryOf(e)}, is read` : 'no country the graph knows'
        })`,
      });
  }
  for (const e of [...groups.parties, ...groups.documents, ...groups.facts, ...groups.identifications]) {
    const unread = reads.unread(e);
    if (unread.length > 0)
      c.summary.warnings.push({
        place: `line ${e.line}`,
        message: `${e.schema} ${e.id}: not kept, the graph has no field for ${unread.length === 1 ? 'it' : 'them'}: ${unread.join(', ')}`,
      });
  }
  return c.result();
}
