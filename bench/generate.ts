import type { RelationshipType } from '../src/domain';
import { LIMITS } from '../src/limits';
import {
  FORMAT_V1,
  type ImportDocument,
  type NodeInput,
  type RelationshipInput,
  type SourceInput,
} from '../src/import/format';
import { Prng } from './prng';

/**
 * A synthetic graph with the real model, deterministic from a seed: ownership trees (a few large
 * conglomerates, many small groups) with shares and minority stakes, state and founder control,
 * customers buying through brokers (and brokers through brokers), rentals from cloud providers
 * and data centres, data-centre operators, hosted chips, direct acquisitions with dates, investors'
 * portfolios, Entity List designations, export controls that restrict chips, and sources cited by
 * every fact. Relationships are produced lazily in format-v1 documents so that even the 1M scale
 * never holds every relationship in memory.
 */

export interface GenerateOptions {
  /** Domain nodes (entities, cloud providers, data centres, chips, regulations); sources come on top. */
  nodes: number;
  seed: number;
  /**
   * Records per format-v1 document. The project's importer writes one document in one
   * transaction; the whole graph in one transaction would need several GB of heap (and the
   * format caps a document at LIMITS.records), so the graph is imported in chunks.
   */
  chunkRecords?: number;
}

export type Kind = 'COMPANY' | 'UNIVERSITY' | 'LAB' | 'GOVERNMENT' | 'BROKER' | 'INVESTOR' | 'PERSON';

interface PlannedEntity {
  id: string;
  kind: Kind;
  country: string;
  /** Index (in `entities`) of the owner that heads its branch, -1 for a root. */
  parent: number;
  /** A minority owner, -1 when none. */
  minority: number;
}

export interface GeneratedGraph {
  options: Required<GenerateOptions>;
  counts: {
    entities: number;
    cloudProviders: number;
    dataCenters: number;
    chips: number;
    regulations: number;
    sources: number;
  };
  /** Expected relationships (exact once every document has been produced: see relationshipCounts). */
  estimatedRelationships: number;
  /** Ids of Entity nodes that are not cloud providers (path origins are sampled from them). */
  entityIds: string[];
  chipIds: string[];
  /** The chip hosted by the most data centres and cloud providers. */
  mostHostedChip: string;
  /** The heads of the large ownership groups (20 to 150 members), largest group first. */
  conglomerateParents: string[];
  /** Documents with the sources and nodes, to import first. */
  nodeDocuments(): ImportDocument[];
  /** Documents with the relationships, produced one at a time. */
  relationshipDocuments(): Generator<ImportDocument>;
  /** Relationships produced so far by relationshipDocuments(), per type. */
  relationshipCounts: Partial<Record<RelationshipType, number>>;
}

const COUNTRIES: Record<string, number> = {
  CN: 45,
  US: 12,
  HK: 6,
  SG: 5,
  AE: 4,
  AU: 3,
  MY: 3,
  JP: 3,
  DE: 3,
  GB: 3,
  KR: 3,
  TW: 3,
  IN: 2,
  NL: 2,
  RU: 2,
  SA: 1,
  MO: 1,
  VN: 1,
};
const KINDS: Record<Kind, number> = {
  COMPANY: 58,
  UNIVERSITY: 7,
  LAB: 7,
  GOVERNMENT: 3,
  BROKER: 10,
  INVESTOR: 10,
  PERSON: 5,
};
const CONFIDENCE = { CONFIRMED: 20, REPORTED: 55, ALLEGED: 20, DISPUTED: 5 } as const;
const PUBLISHERS = [
  'Reuters',
  'Financial Times',
  'Wall Street Journal',
  'Bloomberg',
  'Caixin',
  'South China Morning Post',
  'Federal Register',
  'The Information',
  'Nikkei Asia',
];
const WORDS = [
  'Hua',
  'Xin',
  'Tian',
  'Long',
  'Zhi',
  'Yun',
  'Shen',
  'Kai',
  'Jing',
  'Ming',
  'Rui',
  'Feng',
  'Hai',
  'Bo',
  'Da',
  'Cheng',
  'Guang',
  'Heng',
  'Jin',
  'Sheng',
];
const SUFFIX: Record<Kind, string[]> = {
  COMPANY: ['Technology Co', 'Intelligence Ltd', 'Computing Co', 'Digital Group', 'Semiconductor Ltd', 'Networks Co'],
  UNIVERSITY: ['University', 'Institute of Technology', 'Normal University'],
  LAB: ['Laboratory', 'Research Institute', 'AI Lab'],
  GOVERNMENT: ['Municipal Government', 'State Assets Commission', 'Development Bureau'],
  BROKER: ['Trading Co', 'Supply Chain Ltd', 'Electronics Trading', 'Import & Export Co'],
  INVESTOR: ['Capital', 'Ventures', 'Investment Fund', 'Partners'],
  PERSON: ['(person)'],
};
/** The real chips, with the release dates of the curated dataset (a test keeps them equal). */
const REAL_CHIPS: { id: string; name: string; vendor: string; tpp: number; releaseDate: string | null }[] = [
  { id: 'nvidia-a100', name: 'Nvidia A100', vendor: 'Nvidia', tpp: 4992, releaseDate: '2020-05-14' },
  { id: 'nvidia-h100', name: 'Nvidia H100', vendor: 'Nvidia', tpp: 15800, releaseDate: '2022-03-22' },
  { id: 'nvidia-a800', name: 'Nvidia A800', vendor: 'Nvidia', tpp: 4992, releaseDate: '2022-10-07' },
  { id: 'nvidia-h800', name: 'Nvidia H800', vendor: 'Nvidia', tpp: 15800, releaseDate: '2022-10-07' },
  { id: 'nvidia-h20', name: 'Nvidia H20', vendor: 'Nvidia', tpp: 2368, releaseDate: '2023-10-17' },
  { id: 'nvidia-h200', name: 'Nvidia H200', vendor: 'Nvidia', tpp: 15800, releaseDate: '2023-11-13' },
  { id: 'nvidia-b200', name: 'Nvidia B200', vendor: 'Nvidia', tpp: 36000, releaseDate: '2024-03-18' },
  { id: 'amd-mi250', name: 'AMD MI250', vendor: 'AMD', tpp: 5800, releaseDate: '2021-11-08' },
  { id: 'amd-mi300x', name: 'AMD MI300X', vendor: 'AMD', tpp: 20900, releaseDate: '2023-12-06' },
];

/**
 * A generated chip's release date: the date drawn (2019 to 2025) moved three years earlier, so
 * that most of the steps into it (2019 to 2025) come after it, as they do for a real chip, and
 * some come before it and are left out of paths until it is released.
 */
function releaseBefore(drawn: string): string {
  const day = drawn.slice(5) === '02-29' ? '02-28' : drawn.slice(5);
  return `${Number(drawn.slice(0, 4)) - 3}-${day}`;
}
const VENDORS = ['Nvidia', 'AMD', 'Intel', 'Huawei', 'Cambricon', 'Biren'];
const CURRENCY: Record<string, string> = {
  CN: 'CNY',
  HK: 'HKD',
  US: 'USD',
  SG: 'SGD',
  AE: 'AED',
  AU: 'AUD',
  JP: 'JPY',
  GB: 'GBP',
};

const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** An index skewed toward the start: a few providers and chips take most of the business. */
function skewedIndex(prng: Prng, length: number, skew = 2): number {
  return Math.min(length - 1, Math.floor(length * prng.next() ** skew));
}

/** A period: a start date and, for some facts, an end. */
function period(prng: Prng, fromYear: number, toYear: number, endedShare: number) {
  const startDate = prng.chance(0.05) ? null : prng.date(fromYear, toYear);
  let endDate: string | null = null;
  if (startDate && prng.chance(endedShare)) {
    const end = new Date(Date.parse(startDate) + prng.int(90, 1500) * 86400000);
    endDate = end.toISOString().slice(0, 10);
  }
  return { startDate, endDate };
}

/** Plans the graph (nodes, ownership trees, hosting) and returns lazy document producers. */
export function generateGraph(input: GenerateOptions): GeneratedGraph {
  const options: Required<GenerateOptions> = { chunkRecords: 50000, ...input };
  if (options.chunkRecords > LIMITS.records)
    throw new Error(`chunkRecords must be at most ${LIMITS.records} (the format's per-document cap)`);
  const prng = new Prng(options.seed);
  const n = options.nodes;

  const chipCount = clamp(Math.round(n / 1500), 12, 60);
  const regCount = clamp(Math.round(n / 2000), 10, 300);
  const providerCount = Math.max(10, Math.round(n * 0.01));
  const dcCount = Math.max(10, Math.round(n * 0.02));
  const entityCount = n - chipCount - regCount - providerCount - dcCount;
  if (entityCount < 100) throw new Error('a synthetic graph needs at least 1000 nodes');
  const sourceCount = Math.max(50, Math.round(n / 10));

  // Sources.
  const sources: SourceInput[] = [];
  for (let i = 0; i < sourceCount; i += 1) {
    const publisher = prng.pick(PUBLISHERS);
    sources.push({
      id: `src-${pad(i)}`,
      publisher,
      title: `${publisher} report ${i}: ${prng.pick(WORDS)} ${prng.pick(WORDS)} and AI compute`,
      publishedAt: prng.date(2019, 2025),
      language: publisher === 'Caixin' ? 'zh' : 'en',
      url: `https://example.org/${publisher.toLowerCase().replace(/[^a-z]+/g, '-')}/${i}`,
    });
  }
  const cite = () => citeWith(prng, sourceCount);

  // Chips and their vendors.
  const chips: NodeInput[] = [];
  for (let i = 0; i < chipCount; i += 1) {
    const real = REAL_CHIPS[i];
    const vendor = real?.vendor ?? prng.pick(VENDORS);
    const tpp = real?.tpp ?? prng.int(800, 40000);
    // Drawn for every chip, so that the graph's other random draws stay as they were.
    const drawn = prng.date(2019, 2025);
    chips.push({
      id: real?.id ?? `chip-${vendor.toLowerCase()}-${pad(i, 3)}`,
      label: 'Chip',
      name: real?.name ?? `${vendor} Accelerator ${i}`,
      vendor,
      tpp,
      releaseDate: real ? real.releaseDate : releaseBefore(drawn),
      sources: cite(),
    });
  }

  // Regulations: export controls (some rescinded or suspended), listing actions, one affiliates rule.
  const regulations: NodeInput[] = [];
  const listings: number[] = [];
  const controls: number[] = [];
  for (let i = 0; i < regCount; i += 1) {
    const kind =
      i === 0 ? 'AFFILIATES_RULE' : i % 3 === 1 ? 'EXPORT_CONTROL' : i % 17 === 5 ? 'PROPOSED_RULE' : 'ENTITY_LISTING';
    const announced = kind === 'AFFILIATES_RULE' ? '2025-09-29' : prng.date(2019, 2025);
    const effective = kind === 'PROPOSED_RULE' ? null : announced;
    const rescinded = kind === 'EXPORT_CONTROL' && prng.chance(0.1) ? prng.date(2025, 2025) : null;
    regulations.push({
      id: `reg-${pad(i, 4)}`,
      label: 'Regulation',
      name: `${kind.toLowerCase().replace(/_/g, ' ')} ${i}`,
      kind,
      citation: `${prng.int(84, 90)} FR ${prng.int(1000, 99999)}`,
      announced,
      effective,
      rescinded: rescinded && effective && rescinded > effective ? rescinded : null,
      suspendedFrom: kind === 'AFFILIATES_RULE' ? '2025-11-10' : null,
      suspendedUntil: kind === 'AFFILIATES_RULE' ? '2026-11-10' : null,
      destinations: kind === 'EXPORT_CONTROL' ? ['CN', 'HK', 'MO', ...(prng.chance(0.3) ? ['RU'] : [])] : [],
      headquarteredIn: kind === 'EXPORT_CONTROL' && prng.chance(0.5) ? ['CN', 'MO'] : [],
      sources: cite(),
    });
    if (kind === 'ENTITY_LISTING') listings.push(i);
    if (kind === 'EXPORT_CONTROL') controls.push(i);
  }

  // Entities; the first ones are the chip vendors.
  const entities: PlannedEntity[] = [];
  const entityNodes: NodeInput[] = [];
  for (let i = 0; i < entityCount; i += 1) {
    const vendor = i < VENDORS.length ? VENDORS[i] : undefined;
    const kind: Kind = vendor ? 'COMPANY' : prng.weighted(KINDS);
    const country = vendor
      ? vendor === 'Huawei' || vendor === 'Cambricon' || vendor === 'Biren'
        ? 'CN'
        : 'US'
      : prng.weighted(COUNTRIES);
    const id = `ent-${pad(i)}`;
    entities.push({ id, kind, country, parent: -1, minority: -1 });
    const name = vendor ?? `${prng.pick(WORDS)}${prng.pick(WORDS).toLowerCase()} ${prng.pick(SUFFIX[kind])} ${i}`;
    entityNodes.push({
      id,
      label: 'Entity',
      name,
      kind,
      country,
      ...(prng.chance(0.2)
        ? { aliases: [`${name.split(' ')[0] ?? name} ${kind === 'PERSON' ? 'P' : 'Group'} ${i}`] }
        : {}),
      sources: cite(),
    });
  }
  const byKind = (kinds: Kind[]) => entities.flatMap((e, i) => (kinds.includes(e.kind) ? [i] : []));
  const brokers = byKind(['BROKER']);
  const investors = byKind(['INVESTOR']);
  const controllers = byKind(['GOVERNMENT', 'PERSON']);
  const investees = byKind(['COMPANY', 'LAB', 'BROKER']);

  // Ownership trees: shuffle the ownable entities and cut them into groups, a few of them large.
  const ownable = byKind(['COMPANY', 'LAB', 'BROKER']);
  for (let i = ownable.length - 1; i > 0; i -= 1) {
    const j = prng.int(0, i);
    [ownable[i], ownable[j]] = [ownable[j] as number, ownable[i] as number];
  }
  const depth = new Int8Array(entityCount);
  const conglomerates: { head: number; size: number }[] = [];
  for (let start = 0; start < ownable.length;) {
    const size = prng.chance(0.02) ? prng.int(20, 150) : 1 + prng.count(1.5, 12);
    const members = ownable.slice(start, start + size);
    start += size;
    if (members.length >= 20) conglomerates.push({ head: members[0] as number, size: members.length });
    members.forEach((member, j) => {
      if (j === 0) return;
      // Later members hang under recent ones: trees get deep as well as wide (up to 5 levels).
      let parent = members[Math.floor(j * Math.sqrt(prng.next()))] as number;
      if ((depth[parent] as number) >= 5) parent = members[0] as number;
      const planned = entities[member] as PlannedEntity;
      planned.parent = parent;
      depth[member] = (depth[parent] as number) + 1;
      if (prng.chance(0.3)) planned.minority = prng.chance(0.5) ? prng.pick(investors) : prng.pick(ownable);
    });
  }

  // Cloud providers and data centres, and the chips each hosts.
  const providerNodes: NodeInput[] = [];
  const providerHosts: number[][] = [];
  for (let i = 0; i < providerCount; i += 1) {
    const country = i < 3 ? 'US' : prng.weighted(COUNTRIES);
    providerNodes.push({
      id: `cloud-${pad(i, 5)}`,
      label: 'CloudProvider',
      name: i === 0 ? 'Amazon Web Services' : i === 1 ? 'Microsoft Azure' : `${prng.pick(WORDS)} Cloud ${i}`,
      kind: 'COMPANY',
      country,
      headquarters: country,
      sources: cite(),
    });
    providerHosts.push(distinctIndexes(prng, chipCount, i < 3 ? 12 : prng.int(3, 10)));
  }
  const dcNodes: NodeInput[] = [];
  const dcHosts: number[][] = [];
  for (let i = 0; i < dcCount; i += 1) {
    const country = prng.weighted(COUNTRIES);
    dcNodes.push({
      id: `dc-${pad(i, 5)}`,
      label: 'DataCenter',
      name: `Data centre ${i}`,
      country,
      city: `City ${prng.int(1, 400)}`,
      sources: cite(),
    });
    dcHosts.push(distinctIndexes(prng, chipCount, prng.int(2, 8)));
  }
  const hostedBy = new Array<number>(chipCount).fill(0);
  for (const list of [...providerHosts, ...dcHosts]) for (const c of list) hostedBy[c] = (hostedBy[c] ?? 0) + 1;
  const mostHosted = hostedBy.indexOf(Math.max(...hostedBy));

  const nodes: NodeInput[] = [...chips, ...regulations, ...entityNodes, ...providerNodes, ...dcNodes];
  const chunk = options.chunkRecords;

  const counts: Partial<Record<RelationshipType, number>> = {};
  const relSeed = (options.seed ^ 0x5bd1e995) >>> 0;

  /** Every relationship, in a fixed order, from a PRNG of its own (re-iterable, same result). */
  function* relationships(): Generator<RelationshipInput> {
    const r = new Prng(relSeed);
    let seq = 0;
    const rel = (
      type: RelationshipType,
      from: string,
      to: string,
      extra: Record<string, unknown>,
    ): RelationshipInput => {
      seq += 1;
      counts[type] = (counts[type] ?? 0) + 1;
      return {
        id: `${type.toLowerCase().replace(/_/g, '-')}-${pad(seq, 8)}`,
        type,
        from,
        to,
        confidence: r.weighted(CONFIDENCE),
        sources: citeWith(r, sourceCount),
        ...extra,
        ...(r.chance(0.1) ? { note: 'Synthetic fact (benchmark data); dates at month precision.' } : {}),
      };
    };
    const chipId = (i: number) => (chips[i] as NodeInput).id;
    const entityId = (i: number) => (entities[i] as PlannedEntity).id;

    for (let c = 0; c < chipCount; c += 1) {
      const vendor = VENDORS.indexOf(String((chips[c] as NodeInput).vendor));
      if (vendor >= 0) yield rel('MANUFACTURES', entityId(vendor), chipId(c), period(r, 2019, 2024, 0));
    }
    for (const g of controls) {
      const reg = regulations[g] as NodeInput;
      for (let c = 0; c < chipCount; c += 1) {
        if (Number((chips[c] as NodeInput).tpp) < 4800 && !r.chance(0.2)) continue;
        yield rel('RESTRICTS', reg.id, chipId(c), { startDate: reg.effective ?? null, endDate: reg.rescinded ?? null });
      }
      if (r.chance(0.2) && controls[0] !== g)
        yield rel('SUPERSEDES', reg.id, (regulations[controls[0] as number] as NodeInput).id, {});
    }

    for (let i = 0; i < entityCount; i += 1) {
      const e = entities[i] as PlannedEntity;
      if (e.parent >= 0) {
        yield rel('OWNS', entityId(e.parent), e.id, {
          share: r.chance(0.1) ? null : Math.round(r.next() * 50 + 50) / 100,
          ...period(r, 2005, 2024, 0.08),
        });
      }
      if (e.minority >= 0 && e.minority !== i) {
        yield rel('OWNS', entityId(e.minority), e.id, {
          share: r.chance(0.2) ? null : Math.round(r.next() * 30 + 5) / 100,
          ...period(r, 2010, 2024, 0.15),
        });
      }
      if ((e.kind === 'COMPANY' || e.kind === 'LAB') && r.chance(0.1)) {
        yield rel('CONTROLS', entityId(r.pick(controllers)), e.id, {
          role: r.pick(['founder', 'state shareholder', 'director', 'contract']),
          ...period(r, 2005, 2024, 0.05),
        });
      }
      const customer = e.kind === 'COMPANY' || e.kind === 'UNIVERSITY' || e.kind === 'LAB' || e.kind === 'GOVERNMENT';
      const procurements = customer ? r.count(1.8, 10) : e.kind === 'BROKER' ? r.count(0.3, 3) : 0;
      for (let k = 0; k < procurements; k += 1) {
        const broker = r.pick(brokers);
        if (broker === i) continue;
        yield rel('PROCURES_FROM', e.id, entityId(broker), {
          role: r.pick(['reseller', 'agent', 'front company', 'account holder']),
          ...period(r, 2019, 2025, 0.5),
        });
      }
      const renter = customer || e.kind === 'BROKER';
      const rentals = renter ? r.count(3.5, 20) : 0;
      for (let k = 0; k < rentals; k += 1) {
        const dc = r.chance(0.2);
        const target = dc
          ? (dcNodes[r.int(0, dcCount - 1)] as NodeInput)
          : (providerNodes[skewedIndex(r, providerCount)] as NodeInput);
        yield rel('RENTS_FROM', e.id, target.id, {
          service: dc ? 'colocated GPU servers' : r.pick(['GPU instances', 'managed training cluster', 'model API']),
          amount: r.int(10, 5000) * 1000,
          currency: CURRENCY[e.country] ?? 'USD',
          ...period(r, 2019, 2025, 0.5),
        });
      }
      const acquisitions = renter && e.kind !== 'GOVERNMENT' ? r.count(1.5, 10) : 0;
      for (let k = 0; k < acquisitions; k += 1) {
        const date = r.date(2019, 2025);
        yield rel('ACQUIRED', e.id, chipId(skewedIndex(r, chipCount)), {
          quantity: r.chance(0.3) ? null : r.int(8, 4096),
          date,
          startDate: date,
          endDate: null,
        });
      }
      if (e.kind === 'INVESTOR') {
        const stakes = r.count(35, 300);
        for (let k = 0; k < stakes; k += 1) {
          yield rel('FUNDS', e.id, entityId(r.pick(investees)), {
            amount: r.int(1, 500) * 100000,
            currency: 'USD',
            ...period(r, 2012, 2025, 0.3),
          });
        }
      }
      if ((e.country === 'CN' || e.country === 'HK') && listings.length > 0 && r.chance(0.04)) {
        const listing = regulations[r.pick(listings)] as NodeInput;
        yield rel('DESIGNATED_UNDER', e.id, listing.id, {
          citation: listing.citation ?? null,
          startDate: listing.effective ?? null,
          endDate: null,
        });
      }
    }

    for (let p = 0; p < providerCount; p += 1) {
      const provider = providerNodes[p] as NodeInput;
      for (const c of providerHosts[p] as number[]) {
        yield rel('HOSTS', provider.id, chipId(c), {
          quantity: r.chance(0.5) ? null : r.int(64, 50000),
          ...period(r, 2019, 2024, 0.1),
        });
      }
    }
    for (let d = 0; d < dcCount; d += 1) {
      const dc = dcNodes[d] as NodeInput;
      const operator = r.chance(0.3)
        ? (providerNodes[r.int(0, providerCount - 1)] as NodeInput).id
        : entityId(r.pick(investees));
      yield rel('OPERATES', operator, dc.id, period(r, 2015, 2024, 0.05));
      for (const c of dcHosts[d] as number[]) {
        yield rel('HOSTS', dc.id, chipId(c), {
          quantity: r.chance(0.5) ? null : r.int(8, 5000),
          ...period(r, 2019, 2024, 0.1),
        });
      }
    }
  }

  const document = (part: Partial<ImportDocument>): ImportDocument => ({
    format: FORMAT_V1,
    sources: [],
    nodes: [],
    relationships: [],
    ...part,
  });

  const perEntity = 1.3 * 0.75 * 0.77 + 0.06 + 0.77 * 1.8 + 0.84 * 3.5 + 0.81 * 1.5 + 0.1 * 35 + 0.02;
  return {
    options,
    counts: {
      entities: entityCount + providerCount,
      cloudProviders: providerCount,
      dataCenters: dcCount,
      chips: chipCount,
      regulations: regCount,
      sources: sourceCount,
    },
    estimatedRelationships: Math.round(entityCount * perEntity + providerCount * 8 + dcCount * 6),
    entityIds: entityNodes.map((e) => e.id),
    chipIds: chips.map((c) => c.id),
    mostHostedChip: (chips[mostHosted] as NodeInput).id,
    conglomerateParents: conglomerates
      .sort((a, b) => b.size - a.size || a.head - b.head)
      .map((c) => (entities[c.head] as PlannedEntity).id),
    nodeDocuments() {
      const docs: ImportDocument[] = [];
      for (let i = 0; i < sources.length; i += chunk) docs.push(document({ sources: sources.slice(i, i + chunk) }));
      for (let i = 0; i < nodes.length; i += chunk) docs.push(document({ nodes: nodes.slice(i, i + chunk) }));
      return docs;
    },
    *relationshipDocuments() {
      for (const key of Object.keys(counts)) delete counts[key as RelationshipType];
      let batch: RelationshipInput[] = [];
      for (const relationship of relationships()) {
        batch.push(relationship);
        if (batch.length >= chunk) {
          yield document({ relationships: batch });
          batch = [];
        }
      }
      if (batch.length > 0) yield document({ relationships: batch });
    },
    relationshipCounts: counts,
  };
}

function citeWith(prng: Prng, sourceCount: number): string[] {
  const first = `src-${pad(prng.int(0, sourceCount - 1))}`;
  if (!prng.chance(0.2)) return [first];
  const second = `src-${pad(prng.int(0, sourceCount - 1))}`;
  return second === first ? [first] : [first, second];
}

/** `count` distinct indexes below `length`, skewed toward the first ones. */
function distinctIndexes(prng: Prng, length: number, count: number): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < Math.min(count, length) && tries < count * 20; tries += 1)
    chosen.add(skewedIndex(prng, length, 1.5));
  return [...chosen].sort((a, b) => a - b);
}
