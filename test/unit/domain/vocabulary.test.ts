import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../../../src/config';
import {
  ACCESS_TYPES,
  ACQUISITION_STEPS,
  ACQUISITION_TIMINGS,
  CONFIDENCE_LEVELS,
  ENTITY_KINDS,
  LABELS,
  LOCATION_KINDS,
  PATHWAYS,
  primaryLabel,
  REACH_ROLES,
  REGULATION_KINDS,
  RELATIONSHIP_TYPES,
  RENTAL_SERVICE_KINDS,
  REVISION_ACTIONS,
  SCENARIO_CUSTOMERS,
  SCENARIO_RULES,
  STEP_DIRECTIONS,
  TIMELINE_EVENT_KINDS,
  TREND_INTERVALS,
} from '../../../src/domain';
import { EXPORT_FORMATS } from '../../../src/export';
import { SERIES_FORMATS } from '../../../src/export/series';

/**
 * The vocabulary's lists (src/domain/vocabulary.ts) are repeated where TypeScript cannot see them:
 * in the SDL's enums and in the Cypher statements that hold one branch per relationship type (a
 * static branch per type, so that the planner seeks each type's id index). Adding a type to a list
 * without them, or to them without the list, fails here with what is missing and where.
 */

const root = projectRoot();
const VOCABULARY = 'src/domain/vocabulary.ts';

/** What `found` (read from `where`) lacks or has beyond `list`, and whether its order differs. */
function disagreements(
  where: string,
  found: readonly string[],
  listName: string,
  list: readonly string[],
  ordered: boolean,
  home = VOCABULARY,
): string[] {
  const problems = [
    ...list.filter((v) => !found.includes(v)).map((v) => `${where} lacks ${v} (${listName} in ${home} has it)`),
    ...found
      .filter((v) => !list.includes(v))
      .map((v) => `${where} has ${v}, which ${listName} in ${home} does not list`),
  ];
  if (problems.length === 0 && ordered && found.join() !== list.join()) {
    problems.push(`${where} lists ${found.join(', ')}; ${listName} in ${home} orders them ${list.join(', ')}`);
  }
  return problems;
}

/** Every enum of schema/*.graphql: its values (extensions included) and the files that define it. */
function sdlEnums(): Map<string, { values: string[]; files: string[] }> {
  const enums = new Map<string, { values: string[]; files: string[] }>();
  const dir = path.join(root, 'schema');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    for (const def of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION && def.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      const entry = enums.get(def.name.value) ?? { values: [], files: [] };
      entry.values.push(...(def.values ?? []).map((v) => v.name.value));
      entry.files.push(`schema/${file}`);
      enums.set(def.name.value, entry);
    }
  }
  return enums;
}

/**
 * Each SDL enum that repeats a list, with the list (in src/domain/vocabulary.ts unless `home`
 * says otherwise); the order counts where clients read it.
 */
const MIRRORED: { sdlEnum: string; listName: string; list: readonly string[]; ordered: boolean; home?: string }[] = [
  { sdlEnum: 'NodeLabel', listName: 'LABELS', list: LABELS, ordered: true },
  { sdlEnum: 'RelationshipType', listName: 'RELATIONSHIP_TYPES', list: RELATIONSHIP_TYPES, ordered: true },
  { sdlEnum: 'AccessRelationshipType', listName: 'ACCESS_TYPES', list: ACCESS_TYPES, ordered: true },
  { sdlEnum: 'Confidence', listName: 'CONFIDENCE_LEVELS', list: CONFIDENCE_LEVELS, ordered: true },
  { sdlEnum: 'EntityKind', listName: 'ENTITY_KINDS', list: ENTITY_KINDS, ordered: true },
  { sdlEnum: 'RegulationKind', listName: 'REGULATION_KINDS', list: REGULATION_KINDS, ordered: true },
  { sdlEnum: 'RentalServiceKind', listName: 'RENTAL_SERVICE_KINDS', list: RENTAL_SERVICE_KINDS, ordered: true },
  { sdlEnum: 'Pathway', listName: 'PATHWAYS', list: PATHWAYS, ordered: true },
  { sdlEnum: 'StepDirection', listName: 'STEP_DIRECTIONS', list: STEP_DIRECTIONS, ordered: true },
  { sdlEnum: 'LocationKind', listName: 'LOCATION_KINDS', list: LOCATION_KINDS, ordered: true },
  { sdlEnum: 'AcquisitionStep', listName: 'ACQUISITION_STEPS', list: ACQUISITION_STEPS, ordered: true },
  { sdlEnum: 'AcquisitionTiming', listName: 'ACQUISITION_TIMINGS', list: ACQUISITION_TIMINGS, ordered: true },
  { sdlEnum: 'ReachRole', listName: 'REACH_ROLES', list: REACH_ROLES, ordered: true },
  { sdlEnum: 'ScenarioRule', listName: 'SCENARIO_RULES', list: SCENARIO_RULES, ordered: true },
  { sdlEnum: 'ScenarioCustomers', listName: 'SCENARIO_CUSTOMERS', list: SCENARIO_CUSTOMERS, ordered: true },
  { sdlEnum: 'TimelineEventKind', listName: 'TIMELINE_EVENT_KINDS', list: TIMELINE_EVENT_KINDS, ordered: true },
  { sdlEnum: 'TrendInterval', listName: 'TREND_INTERVALS', list: TREND_INTERVALS, ordered: true },
  // schema/matching.graphql extends the enum with NOT_SAME: the files' values come in no one order.
  { sdlEnum: 'RevisionAction', listName: 'REVISION_ACTIONS', list: REVISION_ACTIONS, ordered: false },
  {
    sdlEnum: 'GraphFormat',
    listName: 'the keys of EXPORT_FORMATS',
    list: Object.keys(EXPORT_FORMATS),
    ordered: true,
    home: 'src/export/index.ts',
  },
  {
    sdlEnum: 'SeriesFormat',
    listName: 'the keys of SERIES_FORMATS',
    list: Object.keys(SERIES_FORMATS),
    ordered: true,
    home: 'src/export/series.ts',
  },
];

/** SDL enums no list repeats, and why: a new enum must be placed in one table or the other. */
const NOT_MIRRORED: Record<string, string> = {
  Direction: "an argument's OUT, IN or BOTH, read in src/resolvers/relation-fields.ts",
  RestrictionBasis: 'the kinds of RestrictionReason, a tagged union in src/domain/restriction.ts',
};

/**
 * The Cypher statements with one branch per type, and how to read the types a branch names.
 * Labels: every domain label but CloudProvider (a cloud provider is an Entity) has its id
 * constraint.
 */
const PER_TYPE: { file: string; branch: RegExp; listName: string; list: readonly string[] }[] = [
  {
    file: 'import/create-relationships',
    branch: /CREATE \(a\)-\[r:(\w+) \{/g,
    listName: 'RELATIONSHIP_TYPES',
    list: RELATIONSHIP_TYPES,
  },
  {
    file: 'import/upsert-relationships',
    branch: /MERGE \(a\)-\[r:(\w+) \{id: row\.id\}\]->\(b\)/g,
    listName: 'RELATIONSHIP_TYPES',
    list: RELATIONSHIP_TYPES,
  },
  {
    file: 'relationships/get-by-ids',
    branch: /USING INDEX SEEK r:(\w+)\(id\)/g,
    listName: 'RELATIONSHIP_TYPES',
    list: RELATIONSHIP_TYPES,
  },
  {
    file: 'history/creations',
    branch: /USING INDEX SEEK r:(\w+)\(id\)/g,
    listName: 'RELATIONSHIP_TYPES',
    list: RELATIONSHIP_TYPES,
  },
  {
    file: 'schema/constraints',
    branch: /FOR \(\)-\[r:(\w+)\]-\(\) REQUIRE r\.id IS UNIQUE/g,
    listName: 'RELATIONSHIP_TYPES',
    list: RELATIONSHIP_TYPES,
  },
  {
    file: 'schema/constraints',
    branch: /FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE/g,
    listName: 'LABELS (but CloudProvider)',
    // Node (every domain node), and the labels of the server's own records, are not the domain's.
    list: [
      ...LABELS.filter((l) => l !== 'CloudProvider'),
      'Node',
      'Revision',
      'GraphVersion',
      'ImportBatch',
      'MatchDecision',
    ],
  },
  {
    file: 'reach/relationships',
    branch: /\[r:([\w|]+)\]/g,
    listName: 'ACCESS_TYPES',
    list: ACCESS_TYPES,
  },
];

/** The names the branches of a statement give, in order of appearance. */
function branchNames(file: string, branch: RegExp): string[] {
  const text = fs.readFileSync(path.join(root, 'cypher', `${file}.cypher`), 'utf8');
  const code = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return [...code.matchAll(branch)].flatMap((m) => (m[1] as string).split('|'));
}

describe('the vocabulary and the SDL', () => {
  const enums = sdlEnums();

  it.each(MIRRORED)('enum $sdlEnum lists $listName', ({ sdlEnum, listName, list, ordered, home }) => {
    const found = enums.get(sdlEnum);
    expect(found ? [] : [`schema/ has no enum ${sdlEnum} for ${listName}`]).toEqual([]);
    expect(
      disagreements(`enum ${sdlEnum} (${found?.files.join(', ')})`, found?.values ?? [], listName, list, ordered, home),
    ).toEqual([]);
  });

  it('places every SDL enum: repeating a list, or said not to', () => {
    const placed = new Set([...MIRRORED.map((m) => m.sdlEnum), ...Object.keys(NOT_MIRRORED)]);
    const unplaced = [...enums.keys()].filter((name) => !placed.has(name));
    const stale = [...placed].filter((name) => !enums.has(name));
    expect([
      ...unplaced.map((name) => `enum ${name} is in neither MIRRORED nor NOT_MIRRORED of this test`),
      ...stale.map((name) => `${name} is not an enum of schema/`),
    ]).toEqual([]);
  });
});

describe('the vocabulary and the per-type Cypher branches', () => {
  it.each(PER_TYPE)('cypher/$file.cypher has a branch for each of $listName', ({ file, branch, listName, list }) => {
    const names = branchNames(file, branch);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect([
      ...disagreements(`cypher/${file}.cypher`, names, listName, list, false),
      ...repeated.map((n) => `cypher/${file}.cypher has two branches for ${n}`),
    ]).toEqual([]);
  });

  it('keeps the same-type guard beside each MERGE of import/upsert-relationships', () => {
    const guarded = branchNames('import/upsert-relationships', /WHERE row\.type = '(\w+)'\n\s*MERGE \(a\)-\[r:\1 /g);
    expect(
      disagreements(
        'cypher/import/upsert-relationships.cypher (guard and MERGE of one type)',
        guarded,
        'RELATIONSHIP_TYPES',
        RELATIONSHIP_TYPES,
        false,
      ),
    ).toEqual([]);
  });
});

describe('the per-type Cypher branches, all found', () => {
  it('sums every branch of import/create-relationships into what it returns', () => {
    const counts = branchNames('import/create-relationships', /RETURN count\(r\) AS (\w+)/g);
    const summed = branchNames('import/create-relationships', /^RETURN ([\w +]+) AS written$/gm).flatMap((sum) =>
      sum.split('+').map((term) => term.trim()),
    );
    expect(
      disagreements(
        'the written sum of cypher/import/create-relationships.cypher',
        summed,
        'its branches',
        counts,
        false,
      ),
    ).toEqual([]);
    expect(counts).toHaveLength(RELATIONSHIP_TYPES.length);
  });

  it('lists every statement that names most relationship types in PER_TYPE', () => {
    const listed = new Set(PER_TYPE.map((p) => p.file));
    const cypher = path.join(root, 'cypher');
    const files = fs
      .readdirSync(cypher, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.replace(/\\/g, '/').replace(/\.cypher$/, ''));
    const perType = files.filter((file) => {
      const text = fs.readFileSync(path.join(cypher, `${file}.cypher`), 'utf8');
      return RELATIONSHIP_TYPES.filter((type) => new RegExp(`:${type}\\b`).test(text)).length >= ACCESS_TYPES.length;
    });
    expect(
      perType.filter((f) => !listed.has(f)).map((f) => `cypher/${f}.cypher names most types but is not in PER_TYPE`),
    ).toEqual([]);
  });
});

describe('the check itself', () => {
  it('names what a file lacks, what it has beyond the list, and an order that differs', () => {
    expect(disagreements('f', ['A', 'C'], 'L', ['A', 'B'], false)).toEqual([
      `f lacks B (L in ${VOCABULARY} has it)`,
      `f has C, which L in ${VOCABULARY} does not list`,
    ]);
    expect(disagreements('f', ['B', 'A'], 'L', ['A', 'B'], true)).toEqual([
      `f lists B, A; L in ${VOCABULARY} orders them A, B`,
    ]);
    expect(disagreements('f', ['B', 'A'], 'L', ['A', 'B'], false)).toEqual([]);
  });
});

describe('primaryLabel', () => {
  it('reads the most specific domain label: CloudProvider before Entity, Source for sources', () => {
    expect(primaryLabel(['Node', 'Entity', 'CloudProvider'])).toBe('CloudProvider');
    expect(primaryLabel(['Entity', 'Node'])).toBe('Entity');
    expect(primaryLabel(['Node', 'Source'])).toBe('Source');
    expect(primaryLabel(['Node', 'Revision'])).toBeNull();
  });
});
