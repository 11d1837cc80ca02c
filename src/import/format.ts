/**
 * Format version 1 of the dataset files (seed/FORMAT.md documents it): the curated dataset and
 * analysts' bulk imports share it.
 */
import {
  ENTITY_KINDS,
  REGULATION_KINDS,
  RENTAL_SERVICE_KINDS,
  type Confidence,
  type NodeLabel,
  type RelationshipType,
} from '../domain';

export const FORMAT_V1 = 'chip-access-graph/v1';

export type FieldType =
  | 'string'
  | 'text'
  | 'excerpt'
  | 'date'
  | 'country'
  | 'countries'
  | 'strings'
  | 'number'
  | 'share'
  | 'count'
  | 'url'
  | 'language'
  | 'currency'
  | { oneOf: readonly string[] };

/** Fields every node has besides id, label, name, sources. */
const COMMON_NODE_FIELDS: Record<string, FieldType> = { aliases: 'strings', note: 'text' };
// addresses: postal addresses as single strings (the CSL import fills them). identifiers:
// registry numbers as `scheme:value` (`leiCode:5493...`, the FtM property names); topics: the
// FollowTheMoney topics a dataset gives (`export.control`, `sanction`...).
const ENTITY_FIELDS: Record<string, FieldType> = {
  kind: { oneOf: ENTITY_KINDS },
  country: 'country',
  addresses: 'strings',
  identifiers: 'strings',
  topics: 'strings',
};

/** The optional fields of each node label, with their types. Anything else is rejected, never dropped. */
export const NODE_FIELDS: Record<NodeLabel, Record<string, FieldType>> = {
  Entity: { ...COMMON_NODE_FIELDS, ...ENTITY_FIELDS },
  CloudProvider: { ...COMMON_NODE_FIELDS, ...ENTITY_FIELDS, headquarters: 'country' },
  DataCenter: { ...COMMON_NODE_FIELDS, country: 'country', city: 'string' },
  Chip: {
    ...COMMON_NODE_FIELDS,
    vendor: 'string',
    tpp: 'number',
    ioBandwidthGBps: 'number',
    memoryBandwidthGBps: 'number',
    releaseDate: 'date',
  },
  Regulation: {
    ...COMMON_NODE_FIELDS,
    kind: { oneOf: REGULATION_KINDS },
    citation: 'string',
    announced: 'date',
    effective: 'date',
    suspendedFrom: 'date',
    suspendedUntil: 'date',
    statusKnownUntil: 'date',
    rescinded: 'date',
    destinations: 'countries',
    headquarteredIn: 'countries',
    status: 'string',
  },
};

/** Fields required beyond id, label, name and sources. */
export const NODE_REQUIRED: Record<NodeLabel, string[]> = {
  Entity: [],
  CloudProvider: [],
  DataCenter: [],
  Chip: [],
  Regulation: ['kind'],
};

export const SOURCE_FIELDS: Record<string, FieldType> = {
  url: 'url',
  // Why a source has no URL (not online, a group of documents...): a source has one or the other.
  noUrlReason: 'text',
  // Ids of the sources a secondary report relays (a French article covering a Reuters report).
  secondaryCoverageOf: 'strings',
  publishedAt: 'date',
  language: 'language',
  excerpt: 'excerpt',
  note: 'text',
};

// lastConfirmed: the last date an analyst confirmed the fact (its evidence is at least that recent).
const COMMON_REL_FIELDS: Record<string, FieldType> = {
  startDate: 'date',
  endDate: 'date',
  note: 'text',
  lastConfirmed: 'date',
};

/** Type-specific relationship fields. */
export const REL_FIELDS: Record<RelationshipType, Record<string, FieldType>> = {
  OWNS: { ...COMMON_REL_FIELDS, share: 'share' },
  CONTROLS: { ...COMMON_REL_FIELDS, role: 'string' },
  PROCURES_FROM: { ...COMMON_REL_FIELDS, role: 'string' },
  // serviceKind: COMPUTE (servers to run one's own work; the default) or MODEL (a model service:
  // no access step, src/domain/steps.ts).
  RENTS_FROM: {
    ...COMMON_REL_FIELDS,
    service: 'string',
    serviceKind: { oneOf: RENTAL_SERVICE_KINDS },
    amount: 'number',
    currency: 'currency',
  },
  OPERATES: { ...COMMON_REL_FIELDS },
  HOSTS: { ...COMMON_REL_FIELDS, quantity: 'count' },
  ACQUIRED: { ...COMMON_REL_FIELDS, quantity: 'count', date: 'date' },
  FUNDS: { ...COMMON_REL_FIELDS, amount: 'number', currency: 'currency' },
  MANUFACTURES: { ...COMMON_REL_FIELDS },
  DESIGNATED_UNDER: { ...COMMON_REL_FIELDS, citation: 'string' },
  RESTRICTS: { ...COMMON_REL_FIELDS },
  SUPERSEDES: { ...COMMON_REL_FIELDS },
};

export interface SourceInput {
  id: string;
  publisher: string;
  title: string;
  [field: string]: unknown;
}

export interface NodeInput {
  id: string;
  label: NodeLabel;
  name: string;
  sources: string[];
  [field: string]: unknown;
}

export interface RelationshipInput {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  confidence: Confidence;
  sources: string[];
  [field: string]: unknown;
}

export interface ImportDocument {
  format: string;
  sources: SourceInput[];
  nodes: NodeInput[];
  relationships: RelationshipInput[];
}

/** Properties that say who did what when: never copied as data, never changed by an analyst. */
export const AUDIT_FIELDS: readonly string[] = [
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'retracted',
  'retractedReason',
  'retractedBy',
  'retractedAt',
  'retractedWith',
  'mergedIds',
  // The ImportBatch of the import that created the record (its creation in the history).
  'createdIn',
];
