import { isAccessStep, STEPS_INTO_CHIP } from '../domain';
import type { InputProblem } from '../errors';
import {
  AUDIT_FIELDS,
  NODE_FIELDS,
  REL_FIELDS,
  SOURCE_FIELDS,
  type FieldType,
  type ImportDocument,
  type NodeInput,
  type RelationshipInput,
  type SourceInput,
} from './format';
import { rejectedReport, total, zeroCounts, type Counts, type ImportReport } from './report';
import { dateOrderProblems, REGULATION_DATE_ORDER, RELATIONSHIP_DATE_ORDER } from './date-order';
import { checkReferences } from './validate';

/**
 * The import's decisions, with no I/O: from a validated document and what the graph holds under
 * its ids, the records to create, those to update (each with a Revision: values before and
 * after), those to leave, and the report. Records whose ids are not in the graph are created
 * without a comparison and described by the import's one ImportBatch; the others are compared
 * field by field (merge semantics: a field the document omits stays as stored).
 */

type Props = Record<string, unknown>;

/** A relationship the graph holds under an id of the document. */
export interface StoredRelationship {
  type: string;
  fromId: string;
  toId: string;
  props: Props;
}

/** What the graph holds under the ids an import names (read under its locks: src/import/store.ts). */
export interface Existing {
  /** Stored properties of the document's sources and nodes that exist. */
  nodes: ReadonlyMap<string, Props>;
  /** Labels of every id in the graph that the document defines or refers to. */
  labels: ReadonlyMap<string, readonly string[]>;
  /** The release dates of the chips the document refers to without defining them (when known). */
  releases?: ReadonlyMap<string, unknown>;
  /**
   * Stored steps into the document's chips (not retracted) dated before the release date the
   * document gives the chip, by chip id: the steps the document writes itself are judged from it.
   */
  chipSteps?: ReadonlyMap<string, readonly { id: string; date: string }[]>;
  /** The nodes the document refers to without defining them that are retracted. */
  retracted?: ReadonlySet<string>;
  /** Ids of the document, and ids it refers to, that an admin merged into another node. */
  merged?: ReadonlyMap<string, MergedId>;
  /** Relationships under the document's relationship ids. */
  relationships: ReadonlyMap<string, StoredRelationship>;
  /** The document's ids already taken by a record of another kind. */
  clashes: IdClashes;
}

/** A node an admin merged into another (merge.ts): the survivor, who and when. */
export interface MergedId {
  into: string;
  by: string | null;
  on: string | null;
}

/**
 * Ids of a document that the graph already uses for another kind of record: nodes, relationships
 * and sources share one namespace (retract, correct and history find a record by its id alone).
 */
export interface IdClashes {
  /** The document's relationship ids that are ids of nodes or sources, with their labels. */
  nodes: ReadonlyMap<string, readonly string[]>;
  /** The document's node and source ids that are ids of relationships, with their types. */
  relationships: ReadonlyMap<string, string>;
}

/** A node (or source) to write: plain values, ISO dates as text; `fields` says which are dates. */
export interface NodeWrite {
  id: string;
  labels: string[];
  props: Props;
  fields: Record<string, FieldType>;
}

export interface RelationshipWrite {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  fields: Record<string, FieldType>;
}

/** One UPDATE Revision: the changed fields before and after, as JSON text. */
export interface RevisionRow {
  id: string;
  targetId: string;
  targetType: string;
  action: 'UPDATE';
  before: string;
  after: string;
  reason: string | null;
  importId: string;
  createdIn: null;
}

export interface ImportPlan {
  /** The id of the import's ImportBatch: the createdIn of the records created, the importId of the revisions. */
  importId: string;
  createNodes: NodeWrite[];
  updateNodes: NodeWrite[];
  createRelationships: RelationshipWrite[];
  updateRelationships: RelationshipWrite[];
  /** Ids of the records created, in document order (the ImportBatch lists them). */
  createdIds: string[];
  revisions: RevisionRow[];
  report: ImportReport;
}

export interface PlanContext {
  dryRun: boolean;
  /** Why the change was made: recorded on every revision. */
  reason: string | null;
  /** The id of the import's ImportBatch, named by every revision. */
  importId: string;
  /** A new id for each revision. */
  newId: () => string;
  /** relationshipCreateProps(doc), when the caller prepared it while the database worked. */
  createProps?: Props[];
}

/** A record of the document as the plan compares it: its fields and the values beside them. */
interface Candidate {
  kind: keyof Counts;
  id: string;
  targetType: string;
  record: Props;
  fields: Record<string, FieldType>;
  extra: Props;
}

function sourceCandidate(s: SourceInput): Candidate {
  const extra = { name: s.title, title: s.title, publisher: s.publisher };
  return { kind: 'sources', id: s.id, targetType: 'Source', record: s, fields: SOURCE_FIELDS, extra };
}
function nodeCandidate(n: NodeInput): Candidate {
  const extra = { name: n.name, sources: n.sources };
  return { kind: 'nodes', id: n.id, targetType: n.label, record: n, fields: NODE_FIELDS[n.label], extra };
}
function relationshipCandidate(r: RelationshipInput): Candidate {
  const extra = { confidence: r.confidence, sources: r.sources };
  return { kind: 'relationships', id: r.id, targetType: r.type, record: r, fields: REL_FIELDS[r.type], extra };
}

/** The values of a record to store and compare: known fields only, plus `extra`. */
function plainProps(c: Candidate, extra: Props = c.extra): Props {
  const props: Props = { ...extra };
  for (const field of Object.keys(c.fields)) if (c.record[field] !== undefined) props[field] = c.record[field];
  return props;
}

/** Fields the incoming record sets to a different value than stored (omitted fields stay). */
function changedFields(incoming: Props, stored: Props): string[] {
  return Object.keys(incoming).filter((k) => JSON.stringify(incoming[k] ?? null) !== JSON.stringify(stored[k] ?? null));
}

function withoutAudit(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !AUDIT_FIELDS.includes(k)));
}

/**
 * The fields every relationship of the document would be created with (as validated: ISO dates
 * as text, which import/create-relationships makes dates). Apart from planImport so that the
 * importer can prepare them while the database reads.
 */
export function relationshipCreateProps(doc: ImportDocument): Props[] {
  return doc.relationships.map((r) => {
    const c = relationshipCandidate(r);
    return plainProps(c, { id: r.id, ...c.extra });
  });
}

/** A relationship id already in the graph with another type or other endpoints: refused. */
export function identityProblem(
  r: RelationshipInput,
  i: number,
  before: StoredRelationship | undefined,
): InputProblem | null {
  if (!before) return null;
  // Only what the record gives is compared: a left-out type or endpoint is reported as missing.
  const differs = (given: unknown, stored: string) => typeof given === 'string' && given !== stored;
  if (!differs(r.type, before.type) && !differs(r.from, before.fromId) && !differs(r.to, before.toId)) return null;
  return {
    path: ['relationships', i, 'id'],
    message: `${r.id} already joins ${before.fromId} -${before.type}-> ${before.toId}; endpoints and type cannot change: retract it and add a new relationship`,
  };
}

function identityProblems(doc: ImportDocument, stored: Existing['relationships']): InputProblem[] {
  return doc.relationships
    .map((r, i) => identityProblem(r, i, stored.get(r.id)))
    .filter((p): p is InputProblem => p !== null);
}

const samePlace = (a: InputProblem['path'], b: InputProblem['path']) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((p, i) => p === b[i]);
};

/**
 * The reference problems of a document that also has structural problems, minus those at a
 * place already reported (an id that is not a slug is not reported again as unknown).
 */
export function referenceProblemsBeside(
  doc: ImportDocument,
  structural: InputProblem[],
  existing: Pick<Existing, 'labels' | 'relationships' | 'clashes'>,
): InputProblem[] {
  return graphProblems(doc, existing).filter((p) => !structural.some((s) => samePlace(s.path, p.path)));
}

/**
 * What the graph says is wrong with a document: references that do not resolve, an existing
 * relationship id given another type or other ends, an id the graph uses for another kind of
 * record, dates out of order in a record as it will stand (stored values beside the given ones).
 */
function graphProblems(
  doc: ImportDocument,
  existing: Pick<Existing, 'labels' | 'relationships' | 'clashes'> & Partial<Pick<Existing, 'nodes' | 'merged'>>,
): InputProblem[] {
  const merged = mergedProblems(doc, existing);
  return [
    ...merged,
    // A reference to a merged id is said to be one, not merely "not in the graph".
    ...checkReferences(doc, existing.labels).filter((p) => !merged.some((m) => samePlace(m.path, p.path))),
    ...identityProblems(doc, existing.relationships),
    ...clashProblems(doc, existing.clashes),
    ...storedDateOrderProblems(doc, existing),
  ];
}

/**
 * A document that writes, or hangs a relationship on, a node an admin merged into another (and
 * that no node holds again): refused, naming the survivor, rather than bringing the duplicate
 * back beside it.
 */
function mergedProblems(
  doc: ImportDocument,
  existing: Pick<Existing, 'labels'> & Partial<Pick<Existing, 'merged'>>,
): InputProblem[] {
  const merged = existing.merged;
  if (!merged || merged.size === 0) return [];
  const defined = new Set(doc.nodes.map((n) => n.id));
  const gone = (id: unknown): MergedId | undefined =>
    typeof id === 'string' && !existing.labels.has(id) ? merged.get(id) : undefined;
  const say = (id: string, m: MergedId, what: string) =>
    `${id} was merged into ${m.into}${m.by ? ` by ${m.by}` : ''}${m.on ? ` on ${m.on}` : ''}: ${what} ${m.into} instead (an import does not bring back a merged duplicate)`;
  const problems: InputProblem[] = [];
  doc.nodes.forEach((n, i) => {
    const m = gone(n.id);
    if (m) problems.push({ path: ['nodes', i, 'id'], message: say(n.id, m, 'write') });
  });
  doc.relationships.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      const m = gone(id);
      if (m && !defined.has(id as string))
        problems.push({ path: ['relationships', i, end], message: say(id as string, m, 'refer to') });
    }
  });
  return problems;
}

/**
 * Date pairs out of order once a record is merged with what the graph stores under its id: a
 * write or correction giving only an end date before the stored start is refused, as the
 * structural check refuses one giving both (validate.ts). A record the graph does not hold was
 * judged whole there already.
 */
function storedDateOrderProblems(
  doc: ImportDocument,
  existing: Pick<Existing, 'relationships'> & Partial<Pick<Existing, 'nodes'>>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  doc.nodes.forEach((n, i) => {
    const stored = existing.nodes?.get(n.id);
    if (n.label === 'Regulation' && stored)
      problems.push(...dateOrderProblems(n, stored, REGULATION_DATE_ORDER, ['nodes', i]));
  });
  doc.relationships.forEach((r, i) => {
    const stored = existing.relationships.get(r.id);
    if (stored) problems.push(...dateOrderProblems(r, stored.props, RELATIONSHIP_DATE_ORDER, ['relationships', i]));
  });
  return problems;
}

const SHARED_IDS = 'nodes, relationships and sources share one namespace of ids';

function clashProblems(doc: ImportDocument, clashes: IdClashes): InputProblem[] {
  const problems: InputProblem[] = [];
  const asRelationship = (id: string, path: InputProblem['path']) => {
    const type = clashes.relationships.get(id);
    if (type) problems.push({ path, message: `${id} is already the id of a relationship (${type}): ${SHARED_IDS}` });
  };
  doc.sources.forEach((s, i) => asRelationship(s.id, ['sources', i, 'id']));
  doc.nodes.forEach((n, i) => asRelationship(n.id, ['nodes', i, 'id']));
  doc.relationships.forEach((r, i) => {
    const labels = clashes.nodes.get(r.id);
    if (!labels) return;
    const kind = labels.includes('Source') ? 'source' : `node (${labels.filter((l) => l !== 'Node').join(', ')})`;
    problems.push({
      path: ['relationships', i, 'id'],
      message: `${r.id} is already the id of a ${kind}: ${SHARED_IDS}`,
    });
  });
  return problems;
}

function emptyPlan(dryRun: boolean, importId: string): ImportPlan {
  const report: ImportReport = {
    dryRun,
    ok: true,
    created: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    rejected: [],
    ids: { created: [], updated: [], unchanged: [] },
  };
  const lists = { createNodes: [], updateNodes: [], createRelationships: [], updateRelationships: [] };
  return { importId, ...lists, createdIds: [], revisions: [], report };
}

type Outcome = 'create' | 'update' | 'unchanged';

/** Decides what becomes of one record and counts it; an update gets its revision. */
function consider(plan: ImportPlan, ctx: PlanContext, c: Candidate, stored: Props | undefined): Outcome {
  const { report } = plan;
  if (!stored) {
    // Described by the record itself plus the ImportBatch (who, when, which import, why).
    report.created[c.kind] += 1;
    report.ids?.created.push(c.id);
    plan.createdIds.push(c.id);
    return 'create';
  }
  const incoming = plainProps(c);
  const changed = changedFields(incoming, withoutAudit(stored));
  if (changed.length === 0) {
    report.unchanged[c.kind] += 1;
    report.ids?.unchanged.push(c.id);
    return 'unchanged';
  }
  report.updated[c.kind] += 1;
  report.ids?.updated.push(c.id);
  const values = (from: Props) => JSON.stringify(Object.fromEntries(changed.map((k) => [k, from[k] ?? null])));
  plan.revisions.push({
    id: ctx.newId(),
    targetId: c.id,
    targetType: c.targetType,
    action: 'UPDATE',
    before: values(stored),
    after: values(incoming),
    reason: ctx.reason,
    importId: ctx.importId,
    createdIn: null,
  });
  return 'update';
}

function planNode(plan: ImportPlan, ctx: PlanContext, c: Candidate, labels: string[], stored: Props | undefined) {
  const outcome = consider(plan, ctx, c, stored);
  // A dry run counts what it would create but prepares no rows for it.
  if (outcome === 'unchanged' || (outcome === 'create' && ctx.dryRun)) return;
  const row = { id: c.id, labels, props: plainProps(c), fields: c.fields };
  (outcome === 'create' ? plan.createNodes : plan.updateNodes).push(row);
}

function planRelationship(
  plan: ImportPlan,
  ctx: PlanContext,
  r: RelationshipInput,
  createProps: Props,
  stored: StoredRelationship | undefined,
) {
  const c = relationshipCandidate(r);
  const outcome = consider(plan, ctx, c, stored?.props);
  const ends = { id: r.id, type: r.type, from: r.from, to: r.to, fields: c.fields };
  if (outcome === 'create' && !ctx.dryRun) plan.createRelationships.push({ ...ends, props: createProps });
  else if (outcome === 'update') plan.updateRelationships.push({ ...ends, props: plainProps(c) });
}

/**
 * Works out what to create, update or leave. A document whose references do not resolve (a
 * source or endpoint neither in it nor in the graph, a wrong label) or that gives an existing
 * relationship id another type or other ends is rejected whole: the report lists every problem
 * and counts nothing.
 */
export function planImport(doc: ImportDocument, existing: Existing, ctx: PlanContext): ImportPlan {
  const rejected = graphProblems(doc, existing);
  const plan = emptyPlan(ctx.dryRun, ctx.importId);
  if (rejected.length > 0) return { ...plan, report: rejectedReport(ctx.dryRun, rejected) };
  for (const s of doc.sources) planNode(plan, ctx, sourceCandidate(s), ['Source'], existing.nodes.get(s.id));
  for (const n of doc.nodes) {
    const labels = n.label === 'CloudProvider' ? ['Entity', 'CloudProvider'] : [n.label];
    planNode(plan, ctx, nodeCandidate(n), labels, existing.nodes.get(n.id));
  }
  const createProps = ctx.createProps ?? relationshipCreateProps(doc);
  doc.relationships.forEach((r, i) =>
    planRelationship(plan, ctx, r, createProps[i] ?? {}, existing.relationships.get(r.id)),
  );
  plan.report.notices = [
    ...releaseNotices(doc, existing),
    ...modelServiceNotices(doc),
    ...retractionNotices(doc, existing),
    ...replacedSourceNotices(doc, existing),
  ];
  return plan;
}

/** A stored or given date as YYYY-MM-DD (a driver Date prints so), null when there is none. */
function dateText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value).slice(0, 10);
}

/**
 * The steps into a chip (HOSTS, ACQUIRED) whose date, as they will be stored, is before the
 * chip's release date, as it will be: written as given, and said back. Paths use such a step
 * from the release on; a purchase is still timed by its own date.
 */
function releaseNotices(doc: ImportDocument, existing: Existing): InputProblem[] {
  const chips = new Map(doc.nodes.filter((n) => n.label === 'Chip').map((n) => [n.id, n]));
  const releaseOf = (id: string): string | null => {
    const chip = chips.get(id);
    if (chip && 'releaseDate' in chip) return dateText(chip.releaseDate);
    return dateText(existing.nodes.get(id)?.releaseDate ?? existing.releases?.get(id));
  };
  const notices: InputProblem[] = [];
  doc.relationships.forEach((r, i) => {
    if (!STEPS_INTO_CHIP.includes(r.type)) return;
    const release = releaseOf(r.to);
    if (release === null) return;
    const stored = existing.relationships.get(r.id)?.props ?? {};
    // A field the document leaves out keeps its stored value.
    const dated = ['startDate', 'date']
      .map((field) => ({ field, date: dateText(field in r ? r[field] : stored[field]) }))
      .find((d) => d.date !== null);
    if (!dated || (dated.date as string) >= release) return;
    const { field, date } = dated;
    notices.push({
      path: ['relationships', i, field],
      message: `${date} is before the release of ${r.to} (${release}): paths use the step from the release on; a purchase is still timed by this date`,
    });
  });
  return [...notices, ...storedStepNotices(doc, existing)];
}

/** Stored steps a release notice names one by one; past them it counts the others. */
const STEPS_NAMED = 10;

/**
 * A chip's release set by the document, and the stored steps into the chip it does not write
 * that are then dated before it: one notice on the release date, naming the steps.
 */
function storedStepNotices(doc: ImportDocument, existing: Existing): InputProblem[] {
  const written = new Set(doc.relationships.map((r) => r.id));
  const notices: InputProblem[] = [];
  doc.nodes.forEach((n, i) => {
    const release = n.label === 'Chip' && 'releaseDate' in n ? dateText(n.releaseDate) : null;
    if (release === null) return;
    const early = (existing.chipSteps?.get(n.id) ?? []).filter((s) => !written.has(s.id) && s.date < release);
    if (early.length === 0) return;
    const named = early.slice(0, STEPS_NAMED).map((s) => `${s.id} (${s.date})`);
    const more = early.length > STEPS_NAMED ? ` and ${early.length - STEPS_NAMED} more` : '';
    const steps = early.length === 1 ? 'step' : 'steps';
    notices.push({
      path: ['nodes', i, 'releaseDate'],
      message: `${early.length} stored ${steps} into ${n.id} dated before its release (${release}): ${named.join(', ')}${more}; paths use each from the release on; a purchase is still timed by its own date`,
    });
  });
  return notices;
}

/**
 * The records of a document that touch retracted things: a retracted node or relationship it
 * writes again (it stays retracted: an import never undoes a retraction), and a relationship it
 * hangs on a retracted node (stored, but no access step while the node stays retracted: the
 * path rules read a step to or from a retracted node as retracted). Each says how to restore.
 */
function retractionNotices(doc: ImportDocument, existing: Existing): InputProblem[] {
  const isRetracted = (props: Props | undefined) => props?.retracted === true;
  const nodeRetracted = (id: string) => isRetracted(existing.nodes.get(id)) || existing.retracted?.has(id) === true;
  const restore = (id: string) => `restore(id: "${id}", reason: ...)`;
  const notices: InputProblem[] = [];
  doc.nodes.forEach((n, i) => {
    if (isRetracted(existing.nodes.get(n.id)))
      notices.push({
        path: ['nodes', i, 'id'],
        message: `${n.id} is retracted and stays so: the values are stored, but it stays out of every path; ${restore(n.id)} brings it back with the relationships retracted with it`,
      });
  });
  doc.relationships.forEach((r, i) => {
    if (isRetracted(existing.relationships.get(r.id)?.props)) {
      notices.push({
        path: ['relationships', i, 'id'],
        message: `${r.id} is retracted and stays so: the values are stored, but it stays out of paths and relationship fields; ${restore(r.id)} brings it back`,
      });
      return;
    }
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      if (!nodeRetracted(id)) continue;
      notices.push({
        path: ['relationships', i, end],
        message: `${id} is retracted: ${r.id} is stored but is no access step while ${id} stays retracted; ${restore(id)} brings the node back, and this step with it`,
      });
    }
  });
  return notices;
}

/**
 * A record the graph holds whose `sources` the document gives without some stored ones: the list
 * replaces the stored one (the revision keeps what was cited), which an analyst adding "another
 * outlet reports it" may not mean. Said back with the sources no longer cited.
 */
function replacedSourceNotices(doc: ImportDocument, existing: Existing): InputProblem[] {
  const notices: InputProblem[] = [];
  const check = (kind: 'nodes' | 'relationships', i: number, id: string, given: readonly string[], stored: unknown) => {
    const dropped = (Array.isArray(stored) ? (stored as unknown[]).map(String) : []).filter((s) => !given.includes(s));
    if (dropped.length === 0) return;
    notices.push({
      path: [kind, i, 'sources'],
      message: `replaces the sources of ${id}: ${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} no longer cited (the record's history keeps ${dropped.length === 1 ? 'it' : 'them'}); list the stored sources too to add one`,
    });
  };
  doc.nodes.forEach((n, i) => check('nodes', i, n.id, n.sources, existing.nodes.get(n.id)?.sources));
  doc.relationships.forEach((r, i) =>
    check('relationships', i, r.id, r.sources, existing.relationships.get(r.id)?.props.sources),
  );
  return notices;
}

/**
 * The rentals the document records as a model service (RENTS_FROM, serviceKind MODEL): written
 * with their sources, and said back, since no access path passes through them (isAccessStep).
 */
function modelServiceNotices(doc: ImportDocument): InputProblem[] {
  const notices: InputProblem[] = [];
  doc.relationships.forEach((r, i) => {
    if (r.type !== 'RENTS_FROM' || isAccessStep(r)) return;
    notices.push({
      path: ['relationships', i, 'serviceKind'],
      message:
        'a model service gives no use of the chips: the rental is recorded, but no access path passes through it',
    });
  });
  return notices;
}

/** Whether the plan writes anything (an import repeated writes nothing, not even an ImportBatch). */
export function writesAnything(plan: ImportPlan): boolean {
  return plan.createdIds.length > 0 || plan.revisions.length > 0;
}

/** Records the plan writes (nodes and sources, relationships): the totals of the progress. */
export function recordsToWrite(plan: ImportPlan): { nodes: number; relationships: number } {
  return {
    nodes: plan.createNodes.length + plan.updateNodes.length,
    relationships: plan.createRelationships.length + plan.updateRelationships.length,
  };
}

/** Updated and unchanged records, for the ImportBatch. */
export function batchCounts(report: ImportReport): { updated: number; unchanged: number } {
  return { updated: total(report.updated), unchanged: total(report.unchanged) };
}
