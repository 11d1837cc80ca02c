import {
  CONFIDENCE_LEVELS,
  ENDPOINTS,
  isCountry,
  isIsoDate,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../domain';
import type { InputProblem } from '../errors';
import { LIMITS } from '../limits';
import { domainLabels } from '../repositories/records';
import {
  FORMAT_V1,
  NODE_FIELDS,
  NODE_REQUIRED,
  REL_FIELDS,
  SOURCE_FIELDS,
  type FieldType,
  type ImportDocument,
} from './format';
import { dateOrderProblems, REGULATION_DATE_ORDER, RELATIONSHIP_DATE_ORDER } from './date-order';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one field value against its type; null always means "unknown" and is accepted. */
function checkField(type: FieldType, value: unknown, path: Path, problems: InputProblem[]): void {
  if (value === null) return;
  const fail = (message: string) => problems.push({ path, message });
  if (typeof type === 'object') {
    if (typeof value !== 'string' || !type.oneOf.includes(value)) fail(`must be one of ${type.oneOf.join(', ')}`);
    return;
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') fail('must be a non-empty string');
      else if (value.length > LIMITS.stringLength) fail(`must be at most ${LIMITS.stringLength} characters`);
      return;
    case 'excerpt':
      if (typeof value !== 'string') fail('must be a string');
      else if (value.length > LIMITS.excerptLength)
        fail(`must be a short quotation of at most ${LIMITS.excerptLength} characters`);
      return;
    case 'text':
      if (typeof value !== 'string') fail('must be a string');
      else if (value.length > LIMITS.textLength) fail(`must be at most ${LIMITS.textLength} characters`);
      return;
    case 'date':
      if (!isIsoDate(value)) fail('must be an ISO date YYYY-MM-DD');
      return;
    case 'country':
      if (!isCountry(value)) fail('must be an ISO 3166-1 alpha-2 country code such as CN or US');
      return;
    case 'countries':
      if (!Array.isArray(value)) fail('must be a list of ISO 3166-1 alpha-2 country codes');
      else value.forEach((v, i) => checkField('country', v, [...path, i], problems));
      return;
    case 'strings':
      if (!Array.isArray(value)) fail('must be a list of strings');
      else if (value.length > LIMITS.listLength) fail(`must hold at most ${LIMITS.listLength} items`);
      else value.forEach((v, i) => checkField('string', v, [...path, i], problems));
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('must be a non-negative number');
      return;
    case 'share':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail('must be a share between 0 and 1');
      return;
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail('must be a non-negative integer');
      return;
    case 'url':
      if (
        typeof value !== 'string' ||
        value.length > LIMITS.stringLength ||
        !/^https?:\/\/[^\s]+$/.test(value) ||
        !URL.canParse(value)
      ) {
        fail('must be an absolute http(s) URL');
      }
      return;
    case 'language':
      if (typeof value !== 'string' || !/^[a-z]{2}$/.test(value))
        fail('must be an ISO 639-1 language code such as en or fr');
      return;
    case 'currency':
      if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value))
        fail('must be an ISO 4217 currency code such as USD or CNY');
      return;
  }
}

function checkId(value: unknown, path: Path, problems: InputProblem[]): value is string {
  if (typeof value !== 'string' || !SLUG.test(value) || value.length > LIMITS.idLength) {
    problems.push({
      path,
      message: `must be a lowercase slug (a-z, 0-9, single hyphens) of at most ${LIMITS.idLength} characters`,
    });
    return false;
  }
  return true;
}

function checkName(value: unknown, path: Path, problems: InputProblem[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push({ path, message: 'is required' });
  else if (value.length > LIMITS.nameLength)
    problems.push({ path, message: `must be at most ${LIMITS.nameLength} characters` });
}

function checkSourceList(value: unknown, path: Path, problems: InputProblem[]): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path, message: 'at least one source id is required: a fact without a source is not accepted' });
    return;
  }
  if (value.length > LIMITS.listLength) problems.push({ path, message: `at most ${LIMITS.listLength} sources` });
  value.forEach((v, i) => checkId(v, [...path, i], problems));
}

function checkUnknownFields(record: Obj, allowed: Set<string>, path: Path, problems: InputProblem[]): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) problems.push({ path: [...path, key], message: 'is not a field of this record type' });
  }
}

/**
 * An ACQUIRED step holds from the purchase: its `date` and `startDate` are one date. Either
 * fills the other; two different dates are refused rather than one of them silently winning.
 */
function onePurchaseDate(r: Obj, path: Path, problems: InputProblem[]): void {
  const date = r.date ?? null;
  const start = r.startDate ?? null;
  if (date !== null && start !== null && date !== start) {
    problems.push({
      path: [...path, 'startDate'],
      message: `must equal date (${String(date)}): a purchase step holds from the purchase date`,
    });
  } else if (date !== null && start === null) r.startDate = date;
  else if (start !== null && date === null) r.date = start;
}

function list(doc: Obj, key: string, problems: InputProblem[]): Obj[] {
  const value = doc[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: [key], message: 'must be a list' });
    return [];
  }
  return value.map((item, i) => {
    if (!isObject(item)) {
      problems.push({ path: [key, i], message: 'must be an object' });
      return {};
    }
    return item;
  });
}

/**
 * Structural validation of a document, with no database: every problem is listed with its path.
 * References to ids the document does not define are returned for the caller to resolve.
 */
export function validateDocument(raw: unknown): {
  doc: ImportDocument;
  problems: InputProblem[];
  externalIds: Set<string>;
} {
  const problems: InputProblem[] = [];
  const doc = isObject(raw) ? raw : {};
  if (!isObject(raw)) problems.push({ path: [], message: 'the document must be a JSON object' });
  else if (raw.format !== FORMAT_V1) problems.push({ path: ['format'], message: `must be "${FORMAT_V1}"` });
  checkUnknownFields(doc, new Set(['format', 'sources', 'nodes', 'relationships']), [], problems);

  const sources = list(doc, 'sources', problems);
  const nodes = list(doc, 'nodes', problems);
  const relationships = list(doc, 'relationships', problems);
  if (sources.length + nodes.length + relationships.length > LIMITS.records) {
    problems.push({ path: [], message: `at most ${LIMITS.records} records per import` });
  }

  const seen = new Map<string, Path>();
  const defined = new Map<string, NodeLabel | 'Source'>();
  const duplicate = (id: unknown, path: Path) => {
    if (typeof id !== 'string') return;
    const before = seen.get(id);
    if (before) problems.push({ path: [...path, 'id'], message: `duplicates the id at ${before.join('.')}` });
    else seen.set(id, path);
  };

  sources.forEach((s, i) => {
    const path: Path = ['sources', i];
    if (checkId(s.id, [...path, 'id'], problems)) defined.set(s.id, 'Source');
    duplicate(s.id, path);
    checkName(s.publisher, [...path, 'publisher'], problems);
    checkName(s.title, [...path, 'title'], problems);
    checkUnknownFields(s, new Set(['id', 'publisher', 'title', ...Object.keys(SOURCE_FIELDS)]), path, problems);
    for (const [field, type] of Object.entries(SOURCE_FIELDS)) {
      if (s[field] !== undefined) checkField(type, s[field], [...path, field], problems);
    }
  });

  nodes.forEach((n, i) => {
    const path: Path = ['nodes', i];
    const label = n.label as NodeLabel;
    const known = (NODE_LABELS as readonly string[]).includes(label);
    if (!known) problems.push({ path: [...path, 'label'], message: `must be one of ${NODE_LABELS.join(', ')}` });
    if (checkId(n.id, [...path, 'id'], problems) && known) defined.set(n.id, label);
    duplicate(n.id, path);
    checkName(n.name, [...path, 'name'], problems);
    checkSourceList(n.sources, [...path, 'sources'], problems);
    if (!known) return;
    const fields = NODE_FIELDS[label];
    checkUnknownFields(n, new Set(['id', 'label', 'name', 'sources', ...Object.keys(fields)]), path, problems);
    for (const field of NODE_REQUIRED[label]) {
      if (n[field] === undefined || n[field] === null)
        problems.push({ path: [...path, field], message: 'is required' });
    }
    for (const [field, type] of Object.entries(fields)) {
      if (n[field] !== undefined) checkField(type, n[field], [...path, field], problems);
    }
    // Against what the graph stores too, once it is read: see storedDateOrderProblems (plan.ts).
    if (label === 'Regulation') problems.push(...dateOrderProblems(n, undefined, REGULATION_DATE_ORDER, path));
  });

  relationships.forEach((r, i) => {
    const path: Path = ['relationships', i];
    const type = r.type as RelationshipType;
    const known = (RELATIONSHIP_TYPES as readonly string[]).includes(type);
    if (!known) problems.push({ path: [...path, 'type'], message: `must be one of ${RELATIONSHIP_TYPES.join(', ')}` });
    checkId(r.id, [...path, 'id'], problems);
    duplicate(r.id, path);
    checkId(r.from, [...path, 'from'], problems);
    checkId(r.to, [...path, 'to'], problems);
    if (typeof r.from === 'string' && r.from === r.to)
      problems.push({ path: [...path, 'to'], message: 'a relationship cannot point to its own origin' });
    if (!(CONFIDENCE_LEVELS as readonly string[]).includes(r.confidence as string)) {
      problems.push({ path: [...path, 'confidence'], message: `must be one of ${CONFIDENCE_LEVELS.join(', ')}` });
    }
    checkSourceList(r.sources, [...path, 'sources'], problems);
    if (!known) return;
    const fields = REL_FIELDS[type];
    checkUnknownFields(
      r,
      new Set(['id', 'type', 'from', 'to', 'confidence', 'sources', ...Object.keys(fields)]),
      path,
      problems,
    );
    for (const [field, type_] of Object.entries(fields)) {
      if (r[field] !== undefined) checkField(type_, r[field], [...path, field], problems);
    }
    if (type === 'ACQUIRED') onePurchaseDate(r, path, problems);
    problems.push(...dateOrderProblems(r, undefined, RELATIONSHIP_DATE_ORDER, path));
  });

  const externalIds = new Set<string>();
  const refer = (id: unknown) => {
    if (typeof id === 'string' && !defined.has(id)) externalIds.add(id);
  };
  nodes.forEach((n) => (Array.isArray(n.sources) ? n.sources.forEach(refer) : undefined));
  relationships.forEach((r) => {
    refer(r.from);
    refer(r.to);
    if (Array.isArray(r.sources)) r.sources.forEach(refer);
  });

  return {
    doc: {
      format: String(doc.format),
      sources: sources as ImportDocument['sources'],
      nodes: nodes as ImportDocument['nodes'],
      relationships: relationships as ImportDocument['relationships'],
    },
    problems,
    externalIds,
  };
}

function hasLabel(labels: readonly string[], wanted: readonly NodeLabel[]): boolean {
  return wanted.some((w) => labels.includes(w));
}

/**
 * Checks every reference: sources resolve to Source nodes, endpoints exist and have the labels
 * the relationship type allows. `existing` gives the labels of ids already in the graph.
 */
export function checkReferences(doc: ImportDocument, existing: ReadonlyMap<string, readonly string[]>): InputProblem[] {
  const problems: InputProblem[] = [];
  const labelsOf = new Map<string, readonly string[]>(existing);
  doc.sources.forEach((s) => labelsOf.set(s.id, ['Source']));
  doc.nodes.forEach((n) => labelsOf.set(n.id, n.label === 'CloudProvider' ? ['Entity', 'CloudProvider'] : [n.label]));

  const checkSources = (ids: unknown, path: Path) => {
    if (!Array.isArray(ids)) return;
    ids.forEach((id, i) => {
      if (typeof id !== 'string') return;
      const labels = labelsOf.get(id);
      if (!labels)
        problems.push({ path: [...path, i], message: `source ${id} is neither in this document nor in the graph` });
      else if (!labels.includes('Source')) problems.push({ path: [...path, i], message: `${id} is not a Source` });
    });
  };

  doc.nodes.forEach((n, i) => {
    checkSources(n.sources, ['nodes', i, 'sources']);
    const before = existing.get(n.id);
    if (before && (NODE_LABELS as readonly string[]).includes(n.label)) {
      const primary = n.label === 'CloudProvider' ? 'Entity' : n.label;
      if (!before.includes(primary)) {
        problems.push({
          path: ['nodes', i, 'label'],
          message: `${n.id} already exists as ${domainLabels(before).join(', ')}`,
        });
      }
    }
  });
  doc.sources.forEach((s, i) => {
    const before = existing.get(s.id);
    if (before && !before.includes('Source'))
      problems.push({
        path: ['sources', i, 'id'],
        message: `${s.id} already exists as ${domainLabels(before).join(', ')}`,
      });
  });
  doc.relationships.forEach((r, i) => {
    checkSources(r.sources, ['relationships', i, 'sources']);
    // Own keys only: a type such as "constructor" must not reach Object.prototype.
    const rule = typeof r.type === 'string' && Object.hasOwn(ENDPOINTS, r.type) ? ENDPOINTS[r.type] : undefined;
    if (!rule) return;
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      if (typeof id !== 'string') continue;
      const labels = labelsOf.get(id);
      if (!labels)
        problems.push({
          path: ['relationships', i, end],
          message: `${id} is neither in this document nor in the graph`,
        });
      else if (!hasLabel(labels, rule[end])) {
        problems.push({
          path: ['relationships', i, end],
          message: `${r.type} must ${end === 'from' ? 'start at' : 'end at'} ${rule[end].join(' or ')}; ${id} is ${labels.filter((l) => l !== 'Node').join(', ')}`,
        });
      }
    }
  });
  return problems;
}
