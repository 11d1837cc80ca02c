import {
  ACCESS_TYPES,
  CONFIDENCE_LEVELS,
  isAccessStep,
  STEPS_INTO_CHIP,
  type AccessType,
  type GraphNode,
  type IsoDate,
  type RelRecord,
} from '../domain';

/**
 * The access subgraph in compact form: every node a path can pass through and every access
 * relationship, with what the path rules read (type, dates, retraction, confidence, share,
 * last evidence), in typed arrays with adjacency in both directions. It is derived from the
 * database (src/reach/access-index.ts loads it) and never written to: the database stays the
 * source of truth, and paths shown to a client are read back from it.
 */

/** The code of each access type: its position in ACCESS_TYPES (src/domain/vocabulary.ts). */
export const T = Object.fromEntries(ACCESS_TYPES.map((type, code) => [type, code])) as Readonly<
  Record<AccessType, number>
>;

/** Node flags. */
export const ENTITY = 1;
export const CLOUD = 2;
export const DATA_CENTER = 4;
export const CHIP = 8;
/** An Entity of kind GOVERNMENT: a state body, never climbed to. */
export const STATE_BODY = 16;

/** A date as the integer yyyymmdd; unknown bounds are open. */
export const OPEN_START = 0;
export const OPEN_END = 99_999_999;
export const NO_DATE = 0;

export function dateKey(iso: IsoDate): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function isoOf(key: number): IsoDate {
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface NodeInput {
  id: string;
  labels: readonly string[];
  name: string;
  kind: string | null;
  country: string | null;
  headquarters: string | null;
  /** A chip's release (announcement) date: no step into it holds before. */
  releaseDate?: IsoDate | null;
}

/** An AccessGraph as plain data (AccessGraph.toParts). */
export type AccessGraphParts = Pick<
  AccessGraph,
  | 'nodeCount'
  | 'relCount'
  | 'ids'
  | 'flags'
  | 'names'
  | 'kinds'
  | 'countries'
  | 'headquarters'
  | 'placeOf'
  | 'places'
  | 'released'
  | 'relIds'
  | 'type'
  | 'from'
  | 'to'
  | 'start'
  | 'heldFrom'
  | 'end'
  | 'purchased'
  | 'retracted'
  | 'confidence'
  | 'share'
  | 'lastEvidence'
  | 'out'
  | 'in'
>;

/**
 * What the index reads of a relationship: the fields of RelRecord the path rules read, each
 * present (null when unknown). ACQUIRED's purchase date `date`: startDate stands for it when
 * both are set (the importer keeps them equal). `serviceKind` (RENTS_FROM; absent is COMPUTE)
 * decides whether the relationship is an access step at all (isAccessStep).
 */
export type RelInput = Required<
  Pick<
    RelRecord,
    'id' | 'type' | 'fromId' | 'toId' | 'startDate' | 'endDate' | 'date' | 'confidence' | 'share' | 'lastEvidence'
  >
> &
  Pick<RelRecord, 'serviceKind'> & { retracted: boolean };

/** Compressed adjacency: the relationships of node n are rels[start[n] .. start[n+1]). */
export interface Adjacency {
  start: Int32Array;
  rels: Int32Array;
}

function adjacency(nodeCount: number, ends: Int32Array): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (const n of ends) start[n + 1] = (start[n + 1] ?? 0) + 1;
  for (let i = 0; i < nodeCount; i += 1) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, nodeCount);
  const rels = new Int32Array(ends.length);
  ends.forEach((n, r) => {
    rels[fill[n] ?? 0] = r;
    fill[n] = (fill[n] ?? 0) + 1;
  });
  return { start, rels };
}

const LABEL_FLAGS: Record<string, number> = {
  Entity: ENTITY,
  CloudProvider: CLOUD,
  DataCenter: DATA_CENTER,
  Chip: CHIP,
};

export class AccessGraph {
  readonly nodeCount: number;
  readonly relCount: number;
  readonly ids: string[];
  readonly index = new Map<string, number>();
  readonly flags: Uint8Array;
  readonly names: string[];
  readonly kinds: (string | null)[];
  readonly countries: (string | null)[];
  readonly headquarters: (string | null)[];
  /** Each node's place (country and headquarters) as an index into `places`: few distinct ones. */
  readonly placeOf: Uint16Array;
  readonly places: { country: string | null; headquarters: string | null }[] = [];
  /** A chip's release date (yyyymmdd), NO_DATE when unknown or not a chip. */
  readonly released: Int32Array;

  readonly relIds: string[];
  readonly type: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly start: Int32Array;
  /**
   * The first day a step can hold: its start, or the release date of the chip it reaches when
   * that is later (no one hosts or buys a chip before it exists, whatever a step's dates say or
   * leave unknown). Paths read this; `start` stays the date the step's record gives (a purchase
   * date is judged from it).
   */
  readonly heldFrom: Int32Array;
  readonly end: Int32Array;
  readonly purchased: Int32Array;
  readonly retracted: Uint8Array;
  readonly confidence: Uint8Array;
  readonly share: Float64Array;
  readonly lastEvidence: Int32Array;

  readonly out: Adjacency;
  readonly in: Adjacency;

  /** Nodes and relationships are put in id order, so that every search walks them in a fixed order. */
  constructor(unorderedNodes: readonly NodeInput[], unorderedRels: readonly RelInput[]) {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const nodes = [...unorderedNodes].sort(byId);
    const rels = [...unorderedRels].sort(byId);
    this.nodeCount = nodes.length;
    this.ids = nodes.map((n) => n.id);
    this.flags = new Uint8Array(nodes.length);
    this.names = nodes.map((n) => n.name);
    this.kinds = nodes.map((n) => n.kind);
    this.countries = nodes.map((n) => n.country);
    this.headquarters = nodes.map((n) => n.headquarters);
    this.released = Int32Array.from(nodes, (n) => (n.releaseDate ? dateKey(n.releaseDate) : NO_DATE));
    const placeIndex = new Map<string, number>();
    this.placeOf = new Uint16Array(nodes.length);
    nodes.forEach((n, i) => {
      const key = `${n.country ?? ''}|${n.headquarters ?? ''}`;
      let place = placeIndex.get(key);
      if (place === undefined) {
        place = this.places.length;
        placeIndex.set(key, place);
        this.places.push({ country: n.country, headquarters: n.headquarters });
      }
      this.placeOf[i] = place;
    });
    nodes.forEach((n, i) => {
      this.index.set(n.id, i);
      let f = 0;
      for (const label of n.labels) f |= LABEL_FLAGS[label] ?? 0;
      if (f & ENTITY && n.kind === 'GOVERNMENT') f |= STATE_BODY;
      this.flags[i] = f;
    });

    // Relationships whose ends are not both path nodes, or that are no access step (not an access
    // type, or the rental of a model service), are left out: no path of any question passes them.
    const kept = rels.filter((r) => this.index.has(r.fromId) && this.index.has(r.toId) && isAccessStep(r));
    const m = kept.length;
    this.relCount = m;
    this.relIds = kept.map((r) => r.id);
    this.type = new Uint8Array(m);
    this.from = new Int32Array(m);
    this.to = new Int32Array(m);
    this.start = new Int32Array(m);
    this.heldFrom = new Int32Array(m);
    this.end = new Int32Array(m);
    this.purchased = new Int32Array(m);
    this.retracted = new Uint8Array(m);
    this.confidence = new Uint8Array(m);
    this.share = new Float64Array(m);
    this.lastEvidence = new Int32Array(m);
    kept.forEach((r, i) => {
      this.type[i] = (ACCESS_TYPES as readonly string[]).indexOf(r.type);
      this.from[i] = this.index.get(r.fromId) ?? 0;
      this.to[i] = this.index.get(r.toId) ?? 0;
      const startDate = r.startDate ?? r.date;
      this.start[i] = startDate ? dateKey(startDate) : OPEN_START;
      const intoChip = STEPS_INTO_CHIP.includes(r.type) && (this.flags[this.to[i] as number] as number) & CHIP;
      this.heldFrom[i] = Math.max(
        this.start[i] as number,
        intoChip ? (this.released[this.to[i] as number] as number) : NO_DATE,
      );
      this.end[i] = r.endDate ? dateKey(r.endDate) : OPEN_END;
      this.purchased[i] = r.date ? dateKey(r.date) : NO_DATE;
      this.retracted[i] = r.retracted ? 1 : 0;
      this.confidence[i] = Math.max(0, CONFIDENCE_LEVELS.indexOf(r.confidence));
      this.share[i] = r.share ?? Number.NaN;
      this.lastEvidence[i] = r.lastEvidence ? dateKey(r.lastEvidence) : NO_DATE;
    });
    this.out = adjacency(this.nodeCount, this.from);
    this.in = adjacency(this.nodeCount, this.to);
  }

  /** The graph as plain data (typed arrays and lists): what a worker thread needs to rebuild it (fromParts). */
  toParts(): AccessGraphParts {
    const { nodeCount, relCount, ids, flags, names, kinds, countries, headquarters, placeOf, places, released } = this;
    const { relIds, type, from, to, start, heldFrom, end, purchased, retracted, confidence, share, lastEvidence } =
      this;
    return {
      ...{ nodeCount, relCount, ids, flags, names, kinds, countries, headquarters, placeOf, places, released },
      ...{ relIds, type, from, to, start, heldFrom, end, purchased, retracted, confidence, share, lastEvidence },
      out: this.out,
      in: this.in,
    };
  }

  /** The graph toParts gave, rebuilt without sorting or indexing anything again. */
  static fromParts(parts: AccessGraphParts): AccessGraph {
    const g = Object.create(AccessGraph.prototype) as AccessGraph;
    return Object.assign(g, parts, {
      index: new Map(parts.ids.map((id, i) => [id, i])),
      nodeCache: [],
      relCache: [],
    });
  }

  private readonly nodeCache: (GraphNode | undefined)[] = [];
  private readonly relCache: (RelRecord | undefined)[] = [];

  /** Node i as the domain reads it (built once, then shared: callers must not change it). */
  node(i: number): GraphNode {
    let node = this.nodeCache[i];
    if (!node) this.nodeCache[i] = node = this.buildNode(i);
    return node;
  }

  /** Relationship r as the domain reads it (built once, then shared). */
  rel(r: number): RelRecord {
    let rel = this.relCache[r];
    if (!rel) this.relCache[r] = rel = this.buildRel(r);
    return rel;
  }

  private buildNode(i: number): GraphNode {
    const f = this.flags[i] ?? 0;
    const labels: string[] = [];
    if (f & ENTITY) labels.push('Entity');
    if (f & CLOUD) labels.push('CloudProvider');
    if (f & DATA_CENTER) labels.push('DataCenter');
    if (f & CHIP) labels.push('Chip');
    const released = this.released[i] ?? NO_DATE;
    return {
      id: this.ids[i] ?? '',
      labels,
      name: this.names[i] ?? '',
      kind: this.kinds[i] ?? null,
      country: this.countries[i] ?? null,
      headquarters: this.headquarters[i] ?? null,
      ...(released === NO_DATE ? {} : { releaseDate: isoOf(released) }),
    };
  }

  private buildRel(r: number): RelRecord {
    const start = this.start[r] ?? OPEN_START;
    const end = this.end[r] ?? OPEN_END;
    const purchased = this.purchased[r] ?? NO_DATE;
    const last = this.lastEvidence[r] ?? NO_DATE;
    const share = this.share[r] ?? Number.NaN;
    return {
      id: this.relIds[r] ?? '',
      type: ACCESS_TYPES[this.type[r] ?? 0] ?? 'OWNS',
      fromId: this.ids[this.from[r] ?? 0] ?? '',
      toId: this.ids[this.to[r] ?? 0] ?? '',
      startDate: start === OPEN_START ? null : isoOf(start),
      endDate: end === OPEN_END ? null : isoOf(end),
      date: purchased === NO_DATE ? null : isoOf(purchased),
      confidence: CONFIDENCE_LEVELS[this.confidence[r] ?? 1] ?? 'REPORTED',
      sources: [],
      share: Number.isNaN(share) ? null : share,
      retracted: this.retracted[r] === 1,
      lastEvidence: last === NO_DATE ? null : isoOf(last),
    };
  }

  /** A rough count of the bytes the graph holds (typed arrays exactly, strings and maps estimated). */
  approximateBytes(): number {
    const arrays =
      this.flags.byteLength +
      this.released.byteLength +
      [this.type, this.from, this.to, this.start, this.heldFrom, this.end, this.purchased, this.retracted]
        .map((a) => a.byteLength)
        .reduce((x, y) => x + y, 0) +
      this.confidence.byteLength +
      this.share.byteLength +
      this.lastEvidence.byteLength +
      this.out.start.byteLength * 2 +
      this.out.rels.byteLength * 2;
    const strings = (list: readonly (string | null)[]) => list.reduce((sum, s) => sum + (s ? 16 + s.length : 8), 0);
    return arrays + strings(this.ids) * 2 + strings(this.names) + strings(this.relIds) + this.nodeCount * 80;
  }
}

/** The chips of a graph, in id order. */
export function chipIdsOf(graph: AccessGraph): string[] {
  const ids: string[] = [];
  for (let i = 0; i < graph.nodeCount; i += 1) if ((graph.flags[i] ?? 0) & CHIP) ids.push(graph.ids[i] ?? '');
  return ids;
}
