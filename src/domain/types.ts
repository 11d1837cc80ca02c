/**
 * The shapes the domain logic reasons about. They mirror the graph (the README's "The model")
 * but carry no driver types: repositories convert stored records into these.
 */
import type { Confidence, RegulationKind } from './vocabulary';

/** An ISO calendar date, `YYYY-MM-DD`; such strings compare correctly as strings. */
export type IsoDate = string;

export interface GraphNode {
  id: string;
  labels: string[];
  name: string;
  kind?: string | null;
  /** ISO 3166-1 alpha-2: where an entity is, or where a data centre stands. */
  country?: string | null;
  /** ISO 3166-1 alpha-2: where a cloud provider (or any entity) is headquartered. */
  headquarters?: string | null;
  city?: string | null;
  /** A chip's release: no step into it (STEPS_INTO_CHIP) holds before this day. */
  releaseDate?: IsoDate | null;
}

/**
 * A relationship as the graph holds it, from the node `fromId` to the node `toId` (the SDL's
 * Relationship resolves those ids to its `from` and `to` nodes). The one relationship shape:
 * repositories read it, the reachability index builds it, the domain reasons about it. A stored
 * record carries its other properties too; the ones code reads are named here (a type, not an
 * interface, so that it reads as a plain record of properties).
 */
export type RelRecord = {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  confidence: Confidence;
  sources: string[];
  share?: number | null;
  /** ACQUIRED: when the chips were bought (the step holds from then: startDate is the same date). */
  date?: IsoDate | null;
  /** The newest date the fact is evidenced on (its newest dated source, or an analyst's lastConfirmed). */
  lastEvidence?: IsoDate | null;
  quantity?: number | null;
  /** RENTS_FROM: what is rented (RENTAL_SERVICE_KINDS); null or absent means COMPUTE. */
  serviceKind?: string | null;
  retracted?: boolean | null;
  /**
   * Set when read beside its ends: one of them is retracted, so it counts as retracted too
   * (written to a node already retracted, it was not marked with it).
   */
  endRetracted?: boolean;
  /** Who retracted it, when and why, and the node retraction it came with (retract/set-retraction.cypher). */
  retractedReason?: string | null;
  retractedBy?: string | null;
  retractedAt?: string | null;
  retractedWith?: string | null;
};

/**
 * nodes[0] is the origin entity, the last node a Chip; step i joins nodes[i] and nodes[i+1]
 * through rels[i], which points from nodes[i] to nodes[i+1] except on a climb (an OWNS or
 * CONTROLS step taken against its direction, from a controlled company up to its controller).
 */
export interface AccessPath {
  nodes: GraphNode[];
  rels: RelRecord[];
}

export interface Regulation {
  id: string;
  name: string;
  kind: RegulationKind;
  citation: string | null;
  effective: IsoDate | null;
  suspendedFrom: IsoDate | null;
  suspendedUntil: IsoDate | null;
  rescinded: IsoDate | null;
  /**
   * The last date the graph knows the regulation's status for (a suspension running out with no
   * word on its extension). Past it, what follows from the regulation is unverified.
   */
  statusKnownUntil?: IsoDate | null;
  /** Destination countries the measure covers (ISO-2). */
  destinations: string[];
  /** Countries whose headquartered firms the measure covers wherever they are (ISO-2). */
  headquarteredIn: string[];
}

/** A RESTRICTS relationship: a regulation covers a chip between two dates. */
export interface ChipCoverage {
  /** The RESTRICTS relationship's id, where it is known (timelines cite it). */
  relId?: string | null;
  regulationId: string;
  chipId: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

/** A DESIGNATED_UNDER relationship: an entity listed under a regulation. */
export interface Designation {
  /** The DESIGNATED_UNDER relationship's id, where it is known (timelines cite it). */
  relId?: string | null;
  entityId: string;
  regulationId: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  confidence: Confidence;
}

/** An OWNS relationship; `share` is 0..1, null when unknown. */
export interface OwnershipEdge {
  /** The OWNS relationship's id, where it is known (timelines cite it). */
  relId?: string | null;
  ownerId: string;
  ownedId: string;
  share: number | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

/**
 * Everything restriction needs, loaded once per request. A context is never changed in place
 * once built (a scenario builds a new one): what restriction.ts works out from it is kept
 * against its maps and lists.
 */
export interface RestrictionContext {
  regulations: Map<string, Regulation>;
  coverage: ChipCoverage[];
  designations: Designation[];
  ownership: OwnershipEdge[];
  entities: Map<string, GraphNode>;
}
