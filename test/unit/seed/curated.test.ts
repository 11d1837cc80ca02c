/**
 * Internal consistency of the curated dataset (seed/curated.json, format chip-access-graph/v1,
 * documented in seed/FORMAT.md), and presence of the facts the documented cases rely on.
 *
 * Self-contained on purpose: it reads the file and restates the format rules instead of importing
 * the importer, so a mistake in either shows up as a disagreement rather than cancelling out.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { isCountry } from '../../../src/domain';

type Rec = Record<string, unknown>;
interface Doc {
  format: string;
  sources: Rec[];
  nodes: Rec[];
  relationships: Rec[];
}

const doc = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'seed', 'curated.json'), 'utf8')) as Doc;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LANGUAGE = /^[a-z]{2}$/;
const ISO_CURRENCY = /^[A-Z]{3}$/;

const LABELS = ['Entity', 'CloudProvider', 'DataCenter', 'Chip', 'Regulation'];
const ENTITY_KINDS = ['COMPANY', 'UNIVERSITY', 'LAB', 'GOVERNMENT', 'BROKER', 'INVESTOR', 'PERSON'];
const REGULATION_KINDS = ['EXPORT_CONTROL', 'ENTITY_LISTING', 'AFFILIATES_RULE', 'PROPOSED_RULE', 'LEGISLATION'];
const CONFIDENCES = ['CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED'];

const SOURCE_FIELDS = [
  'id',
  'publisher',
  'title',
  'url',
  'publishedAt',
  'language',
  'excerpt',
  'note',
  'noUrlReason',
  'secondaryCoverageOf',
];
const COMMON_NODE_FIELDS = ['id', 'label', 'name', 'aliases', 'sources', 'note'];
const NODE_FIELDS: Record<string, string[]> = {
  Entity: [...COMMON_NODE_FIELDS, 'kind', 'country'],
  CloudProvider: [...COMMON_NODE_FIELDS, 'kind', 'country', 'headquarters'],
  DataCenter: [...COMMON_NODE_FIELDS, 'country', 'city'],
  Chip: [...COMMON_NODE_FIELDS, 'vendor', 'tpp', 'ioBandwidthGBps', 'memoryBandwidthGBps', 'releaseDate'],
  Regulation: [
    ...COMMON_NODE_FIELDS,
    ...[
      'kind',
      'citation',
      'announced',
      'effective',
      'suspendedFrom',
      'suspendedUntil',
      'statusKnownUntil',
      'rescinded',
    ],
    ...['destinations', 'headquarteredIn', 'status'],
  ],
};

// Relationship types: allowed endpoint labels (an Entity endpoint accepts a CloudProvider, which
// carries both labels) and the type-specific fields.
const ENTITY = ['Entity', 'CloudProvider'];
const RELATIONSHIPS: Record<string, { from: string[]; to: string[]; fields: string[] }> = {
  OWNS: { from: ENTITY, to: ENTITY, fields: ['share'] },
  CONTROLS: { from: ENTITY, to: ENTITY, fields: ['role'] },
  PROCURES_FROM: { from: ENTITY, to: ENTITY, fields: ['role'] },
  RENTS_FROM: {
    from: ENTITY,
    to: ['CloudProvider', 'DataCenter'],
    fields: ['service', 'serviceKind', 'amount', 'currency'],
  },
  OPERATES: { from: ENTITY, to: ['DataCenter'], fields: [] },
  HOSTS: { from: ['DataCenter', 'CloudProvider'], to: ['Chip'], fields: ['quantity'] },
  ACQUIRED: { from: ENTITY, to: ['Chip'], fields: ['quantity', 'date'] },
  FUNDS: { from: ENTITY, to: ENTITY, fields: ['amount', 'currency'] },
  MANUFACTURES: { from: ENTITY, to: ['Chip'], fields: [] },
  DESIGNATED_UNDER: { from: ENTITY, to: ['Regulation'], fields: ['citation'] },
  RESTRICTS: { from: ['Regulation'], to: ['Chip'], fields: [] },
  SUPERSEDES: { from: ['Regulation'], to: ['Regulation'], fields: [] },
};
const COMMON_REL_FIELDS = [
  'id',
  'type',
  'from',
  'to',
  'startDate',
  'endDate',
  'confidence',
  'sources',
  'note',
  'lastConfirmed',
];

const REUTERS_CLOUD = 'src-reuters-2024-08-23-cloud';

const sourceById = new Map(doc.sources.map((s) => [s.id as string, s]));
const nodeById = new Map(doc.nodes.map((n) => [n.id as string, n]));

/** A valid calendar date written YYYY-MM-DD (2024-02-30 is rejected). */
function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** null means unknown; anything else must be a valid date. */
const isDateOrNull = (value: unknown) => value === null || value === undefined || isIsoDate(value);
const isCountryOrNull = (value: unknown) => value === null || isCountry(value);

function rels(type: string, from?: string, to?: string): Rec[] {
  return doc.relationships.filter(
    (r) => r.type === type && (from === undefined || r.from === from) && (to === undefined || r.to === to),
  );
}

function oneRel(type: string, from: string, to: string): Rec {
  const found = rels(type, from, to);
  if (found.length !== 1) throw new Error(`expected exactly one ${from} -${type}-> ${to}, found ${found.length}`);
  return found[0] as Rec;
}

function node(id: string): Rec {
  const n = nodeById.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

/** Collects "record: problem" strings so a failure lists every offender at once. */
function problems<T extends Rec>(records: T[], check: (r: T) => string | null | undefined): string[] {
  return records.flatMap((r) => {
    const p = check(r);
    return p ? [`${String(r.id)}: ${p}`] : [];
  });
}

describe('seed/curated.json: document', () => {
  it('declares format version 1', () => {
    expect(doc.format).toBe('chip-access-graph/v1');
  });

  it('has only the four top-level keys', () => {
    expect(Object.keys(doc).sort()).toEqual(['format', 'nodes', 'relationships', 'sources']);
  });
});

describe('seed/curated.json: ids', () => {
  const all = [...doc.sources, ...doc.nodes, ...doc.relationships].map((r) => r.id);

  it('are unique across sources, nodes and relationships', () => {
    const seen = new Set<unknown>();
    const duplicates = all.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('are lowercase slugs', () => {
    expect(all.filter((id) => typeof id !== 'string' || !SLUG.test(id))).toEqual([]);
  });

  it('start with src- for sources and never for nodes or relationships', () => {
    expect(doc.sources.filter((s) => !String(s.id).startsWith('src-')).map((s) => s.id)).toEqual([]);
    expect(
      [...doc.nodes, ...doc.relationships].filter((r) => String(r.id).startsWith('src-')).map((r) => r.id),
    ).toEqual([]);
  });
});

describe('seed/curated.json: sources', () => {
  it('have a publisher and a title', () => {
    expect(
      problems(doc.sources, (s) =>
        typeof s.publisher !== 'string' || !s.publisher.trim()
          ? 'publisher'
          : typeof s.title !== 'string' || !s.title.trim()
            ? 'title'
            : null,
      ),
    ).toEqual([]);
  });

  it('have only format-v1 fields', () => {
    expect(
      problems(
        doc.sources,
        (s) =>
          Object.keys(s)
            .filter((k) => !SOURCE_FIELDS.includes(k))
            .join(', ') || null,
      ),
    ).toEqual([]);
  });

  it('have absolute http(s) URLs when they have one', () => {
    expect(
      problems(doc.sources, (s) => {
        if (s.url === undefined) return null;
        if (typeof s.url !== 'string' || !/^https?:\/\/\S+$/.test(s.url)) return `bad url ${String(s.url)}`;
        try {
          new URL(s.url);
          return null;
        } catch {
          return `unparsable url ${s.url}`;
        }
      }),
    ).toEqual([]);
  });

  it('have valid publication dates and ISO 639-1 languages', () => {
    expect(
      problems(doc.sources, (s) => (!isDateOrNull(s.publishedAt) ? `publishedAt ${String(s.publishedAt)}` : null)),
    ).toEqual([]);
    expect(
      problems(doc.sources, (s) =>
        s.language !== undefined && !ISO_LANGUAGE.test(String(s.language)) ? `language ${String(s.language)}` : null,
      ),
    ).toEqual([]);
  });

  it('keep excerpts to 300 characters', () => {
    expect(
      problems(doc.sources, (s) =>
        typeof s.excerpt === 'string' && s.excerpt.length > 300 ? `excerpt of ${s.excerpt.length} characters` : null,
      ),
    ).toEqual([]);
  });

  it('are each cited by at least one node or relationship', () => {
    const cited = new Set([...doc.nodes, ...doc.relationships].flatMap((r) => r.sources as string[]));
    expect(doc.sources.map((s) => s.id).filter((id) => !cited.has(id as string))).toEqual([]);
  });

  it('include the five French press articles, in French', () => {
    const french = doc.sources.filter((s) => String(s.id).startsWith('src-fr-article-'));
    expect(french).toHaveLength(5);
    expect(french.every((s) => s.language === 'fr')).toBe(true);
  });

  it.each([
    REUTERS_CLOUD,
    'src-reuters-2024-01-15-military',
    'src-ft-2023-08-09-a800',
    'src-ft-2023-cloud-rental',
    'src-wsj-2024-offshore-gpu',
    'src-nvidia-8k-2022-08-31',
    'src-nvidia-8k-2023-10-17',
    'src-arxiv-2412-19437-deepseek-v3',
    'src-amd-10q-2025',
    'src-fr-87fr62186',
    'src-fr-88fr73458',
    'src-fr-90fr47201',
    'src-congressional-record-2024-09-09',
  ])('include %s', (id) => {
    expect(sourceById.has(id)).toBe(true);
  });
});

describe('seed/curated.json: nodes', () => {
  it('have a known label and a name', () => {
    expect(
      problems(doc.nodes, (n) =>
        !LABELS.includes(n.label as string)
          ? `label ${String(n.label)}`
          : typeof n.name !== 'string' || !n.name.trim()
            ? 'name'
            : null,
      ),
    ).toEqual([]);
  });

  it('have only the fields of their label', () => {
    expect(
      problems(
        doc.nodes,
        (n) =>
          Object.keys(n)
            .filter((k) => !(NODE_FIELDS[n.label as string] ?? []).includes(k))
            .join(', ') || null,
      ),
    ).toEqual([]);
  });

  it('each cite at least one source, and every cited source is in the file', () => {
    expect(
      problems(doc.nodes, (n) => {
        const s = n.sources;
        if (!Array.isArray(s) || s.length === 0) return 'no sources';
        const missing = s.filter((id) => !sourceById.has(id as string));
        return missing.length ? `unknown sources ${missing.join(', ')}` : null;
      }),
    ).toEqual([]);
  });

  it('have aliases as a list of non-empty strings', () => {
    expect(
      problems(doc.nodes, (n) =>
        n.aliases !== undefined &&
        (!Array.isArray(n.aliases) || n.aliases.some((a) => typeof a !== 'string' || !a.trim()))
          ? 'aliases'
          : null,
      ),
    ).toEqual([]);
  });

  it('give every entity a kind and an ISO-2 country (null only when unknown)', () => {
    const entities = doc.nodes.filter((n) => n.label === 'Entity' || n.label === 'CloudProvider');
    expect(
      problems(entities, (n) =>
        !ENTITY_KINDS.includes(n.kind as string)
          ? `kind ${String(n.kind)}`
          : !('country' in n) || !isCountryOrNull(n.country)
            ? `country ${String(n.country)}`
            : null,
      ),
    ).toEqual([]);
  });

  it('give every cloud provider an ISO-2 headquarters (AWS and Azure: US)', () => {
    const clouds = doc.nodes.filter((n) => n.label === 'CloudProvider');
    expect(
      problems(clouds, (n) =>
        !('headquarters' in n) || !isCountryOrNull(n.headquarters) ? `headquarters ${String(n.headquarters)}` : null,
      ),
    ).toEqual([]);
    expect(node('aws').headquarters).toBe('US');
    expect(node('microsoft-azure').headquarters).toBe('US');
  });

  it('give every data centre an ISO-2 country and a city', () => {
    const dcs = doc.nodes.filter((n) => n.label === 'DataCenter');
    expect(
      problems(dcs, (n) =>
        !isCountry(n.country) ? `country ${String(n.country)}` : typeof n.city !== 'string' || !n.city ? 'city' : null,
      ),
    ).toEqual([]);
  });

  it('give every chip a vendor and numeric, positive performance figures', () => {
    const chips = doc.nodes.filter((n) => n.label === 'Chip');
    const numeric = ['tpp', 'ioBandwidthGBps', 'memoryBandwidthGBps'];
    expect(
      problems(chips, (n) => {
        if (typeof n.vendor !== 'string' || !n.vendor) return 'vendor';
        const bad = numeric.filter(
          (f) => n[f] !== undefined && n[f] !== null && !(typeof n[f] === 'number' && (n[f] as number) > 0),
        );
        if (bad.length) return `not positive numbers: ${bad.join(', ')}`;
        return isDateOrNull(n.releaseDate) ? null : `releaseDate ${String(n.releaseDate)}`;
      }),
    ).toEqual([]);
  });

  it('give every regulation a kind, valid dates in order, and ISO-2 country lists', () => {
    const regs = doc.nodes.filter((n) => n.label === 'Regulation');
    const dates = ['announced', 'effective', 'suspendedFrom', 'suspendedUntil', 'rescinded'];
    const ordered: [string, string][] = [
      ['announced', 'effective'],
      ['effective', 'rescinded'],
      ['suspendedFrom', 'suspendedUntil'],
    ];
    expect(
      problems(regs, (n) => {
        if (!REGULATION_KINDS.includes(n.kind as string)) return `kind ${String(n.kind)}`;
        const badDate = dates.find((d) => !isDateOrNull(n[d]));
        if (badDate) return `${badDate} ${String(n[badDate])}`;
        const disorder = ordered.find(
          ([a, b]) => isIsoDate(n[a]) && isIsoDate(n[b]) && (n[a] as string) > (n[b] as string),
        );
        if (disorder) return `${disorder[1]} before ${disorder[0]}`;
        for (const list of ['destinations', 'headquarteredIn']) {
          if (!Array.isArray(n[list]) || !(n[list] as unknown[]).every(isCountry))
            return `${list} ${JSON.stringify(n[list])}`;
        }
        return null;
      }),
    ).toEqual([]);
  });

  it('never give a proposed rule or a bill an effective date (neither is in force)', () => {
    const unenacted = doc.nodes.filter(
      (n) => n.label === 'Regulation' && (n.kind === 'PROPOSED_RULE' || n.kind === 'LEGISLATION'),
    );
    expect(unenacted.length).toBeGreaterThan(0);
    expect(unenacted.filter((n) => n.effective !== null && n.effective !== undefined).map((n) => n.id)).toEqual([]);
  });

  it('say in the note that a node named as unnamed is unnamed', () => {
    const unnamed = doc.nodes.filter((n) => /unnamed/i.test(String(n.name)));
    expect(unnamed.length).toBeGreaterThan(0);
    expect(
      problems(unnamed, (n) => (/unnamed/i.test(String(n.note ?? '')) ? null : 'note does not say it is unnamed')),
    ).toEqual([]);
  });
});

describe('seed/curated.json: relationships', () => {
  it('have a known type and a known confidence', () => {
    expect(
      problems(doc.relationships, (r) =>
        !((r.type as string) in RELATIONSHIPS)
          ? `type ${String(r.type)}`
          : !CONFIDENCES.includes(r.confidence as string)
            ? `confidence ${String(r.confidence)}`
            : null,
      ),
    ).toEqual([]);
  });

  it('have only the fields of their type', () => {
    expect(
      problems(doc.relationships, (r) => {
        const allowed = [...COMMON_REL_FIELDS, ...(RELATIONSHIPS[r.type as string]?.fields ?? [])];
        return (
          Object.keys(r)
            .filter((k) => !allowed.includes(k))
            .join(', ') || null
        );
      }),
    ).toEqual([]);
  });

  it('each cite at least one source, and every cited source is in the file', () => {
    expect(
      problems(doc.relationships, (r) => {
        const s = r.sources;
        if (!Array.isArray(s) || s.length === 0) return 'no sources';
        const missing = s.filter((id) => !sourceById.has(id as string));
        return missing.length ? `unknown sources ${missing.join(', ')}` : null;
      }),
    ).toEqual([]);
  });

  it('join nodes that exist, with the labels their type allows', () => {
    expect(
      problems(doc.relationships, (r) => {
        const rule = RELATIONSHIPS[r.type as string];
        if (!rule) return null;
        for (const end of ['from', 'to'] as const) {
          const n = nodeById.get(r[end] as string);
          if (!n) return `${end} ${String(r[end])} is not in the file`;
          if (!rule[end].includes(n.label as string)) return `${end} ${String(r[end])} is a ${String(n.label)}`;
        }
        return r.from === r.to ? 'points to itself' : null;
      }),
    ).toEqual([]);
  });

  it('designate entities only under Entity List listing actions', () => {
    expect(
      problems(rels('DESIGNATED_UNDER'), (r) =>
        node(r.to as string).kind !== 'ENTITY_LISTING' ? `${String(r.to)} is not an ENTITY_LISTING` : null,
      ),
    ).toEqual([]);
  });

  it('have valid dates, with startDate not after endDate', () => {
    expect(
      problems(doc.relationships, (r) => {
        if (!('startDate' in r) || !('endDate' in r))
          return 'startDate and endDate must be present (null when unknown)';
        for (const f of ['startDate', 'endDate', 'date']) if (!isDateOrNull(r[f])) return `${f} ${String(r[f])}`;
        return isIsoDate(r.startDate) && isIsoDate(r.endDate) && r.startDate > r.endDate
          ? 'endDate before startDate'
          : null;
      }),
    ).toEqual([]);
  });

  it('keep shares in [0, 1] or null', () => {
    expect(
      problems(rels('OWNS'), (r) =>
        r.share === null || (typeof r.share === 'number' && r.share >= 0 && r.share <= 1)
          ? null
          : `share ${String(r.share)}`,
      ),
    ).toEqual([]);
  });

  it('give quantities as non-negative integers, amounts as non-negative numbers with ISO 4217 currencies', () => {
    expect(
      problems(doc.relationships, (r) => {
        if (
          r.quantity !== undefined &&
          r.quantity !== null &&
          !(Number.isInteger(r.quantity) && (r.quantity as number) >= 0)
        )
          return `quantity ${String(r.quantity)}`;
        if (r.amount !== undefined && r.amount !== null && !(typeof r.amount === 'number' && r.amount >= 0))
          return `amount ${String(r.amount)}`;
        if (r.currency !== undefined && r.currency !== null && !ISO_CURRENCY.test(String(r.currency)))
          return `currency ${String(r.currency)}`;
        if (typeof r.amount === 'number' && !r.currency) return 'amount without currency';
        return null;
      }),
    ).toEqual([]);
  });

  it('never mark as CONFIRMED a fact whose note says it is unverified', () => {
    expect(
      problems(doc.relationships, (r) =>
        r.confidence === 'CONFIRMED' && /unverified|not verified/i.test(String(r.note ?? ''))
          ? 'CONFIRMED but unverified'
          : null,
      ),
    ).toEqual([]);
  });

  it("start chip coverage on the regulation's effective date", () => {
    expect(
      problems(rels('RESTRICTS'), (r) => {
        const reg = node(r.from as string);
        return isIsoDate(reg.effective) && r.startDate !== reg.effective
          ? `starts ${String(r.startDate)}, rule effective ${reg.effective}`
          : null;
      }),
    ).toEqual([]);
  });

  it("start a designation on its listing action's date", () => {
    expect(
      problems(rels('DESIGNATED_UNDER'), (r) => {
        const el = node(r.to as string);
        return isIsoDate(el.effective) && r.startDate !== el.effective
          ? `starts ${String(r.startDate)}, listing ${el.effective}`
          : null;
      }),
    ).toEqual([]);
  });
});

describe('seed/curated.json: ids the code relies on', () => {
  const expected: Record<string, string[]> = {
    Entity: [
      ...[
        'shenzhen-university',
        'yunda-technology',
        'zhejiang-lab',
        'national-eda-innovation-center',
        'sichuan-university',
      ],
      ...[
        'sichuan-xuedong-technology',
        'iflytek',
        'sensetime',
        'megvii',
        'huawei',
        'sugon',
        'hygon',
        'wuxi-jiangnan-institute',
      ],
      ...['inspur-group', 'biren-technology', 'moore-threads', 'zhipu-ai', 'baidu', 'bytedance', 'tencent', 'alibaba'],
      ...['deepseek', 'harbin-institute-of-technology', 'uestc', 'nvidia', 'amd'],
    ],
    CloudProvider: ['aws', 'microsoft-azure', 'ai-galaxy'],
    Chip: [
      ...['nvidia-a100', 'nvidia-a800', 'nvidia-h100', 'nvidia-h800', 'nvidia-h20', 'nvidia-h200', 'nvidia-b200'],
      ...['amd-mi250', 'amd-mi300x'],
    ],
    Regulation: [
      ...['reg-2022-08-nvidia-letter', 'reg-2022-08-amd-letter', 'reg-2022-10-87fr62186', 'reg-2023-01-88fr2821'],
      ...['reg-2023-10-88fr73458', 'reg-2024-01-89fr5698-iaas-kyc', 'reg-2024-04-hr8152', 'reg-2024-12-89fr96790'],
      ...['reg-2025-01-90fr4544-ai-diffusion', 'reg-2025-04-h20-mi308-licence', 'reg-2025-09-90fr47201-affiliates'],
      ...['el-2019-05-84fr22961', 'el-2019-06-84fr29371', 'el-2019-10-2019-22210', 'el-2023-03-inspur'],
      ...['el-2023-10-88fr71991', 'el-2025-01-zhipu', 'el-sichuan-university'],
    ],
  };
  const pairs = Object.entries(expected).flatMap(([label, ids]) => ids.map((id) => [id, label]));

  it.each(pairs)('%s is a %s', (id, label) => {
    expect(node(id).label).toBe(label);
  });

  it('list the AMD MI100 nowhere as a chip (it was not affected)', () => {
    expect(doc.nodes.filter((n) => n.label === 'Chip' && /mi100/i.test(`${String(n.id)} ${String(n.name)}`))).toEqual(
      [],
    );
  });
});

describe('seed/curated.json: documented cases', () => {
  it('Shenzhen University procures from Yunda Technology, which rents from AWS, which hosts A100 and H100 (Reuters, 23 Aug 2024)', () => {
    const steps = [
      oneRel('PROCURES_FROM', 'shenzhen-university', 'yunda-technology'),
      oneRel('RENTS_FROM', 'yunda-technology', 'aws'),
      oneRel('HOSTS', 'aws', 'nvidia-h100'),
      oneRel('HOSTS', 'aws', 'nvidia-a100'),
    ];
    for (const step of steps) expect(step.sources).toContain(REUTERS_CLOUD);
    expect(steps[0]?.startDate).toBe('2024-03-01');
    expect(steps[1]).toMatchObject({ amount: 200000, currency: 'CNY' });
  });

  it("Zhejiang Lab's AWS rental is DISPUTED (the lab says it did not go ahead)", () => {
    expect(oneRel('RENTS_FROM', 'zhejiang-lab', 'aws')).toMatchObject({
      confidence: 'DISPUTED',
      amount: 184000,
      currency: 'CNY',
    });
  });

  it('the National EDA Innovation Center rents from AWS (overseas account, 600,000 yuan)', () => {
    expect(oneRel('RENTS_FROM', 'national-eda-innovation-center', 'aws')).toMatchObject({
      amount: 600000,
      currency: 'CNY',
    });
  });

  it('records the two model services (Claude 3 through AWS, Azure OpenAI tokens) as MODEL rentals, and only them', () => {
    const models = doc.relationships.filter((r) => r.serviceKind === 'MODEL').map((r) => r.id);
    expect(models.sort()).toEqual([
      'national-eda-innovation-center-rents-from-aws',
      'sichuan-xuedong-technology-rents-from-microsoft-azure',
    ]);
  });

  it('Sichuan University procures from Sichuan Xuedong Technology, which rents Azure OpenAI tokens (Apr-May 2024)', () => {
    expect(oneRel('PROCURES_FROM', 'sichuan-university', 'sichuan-xuedong-technology').sources).toContain(
      REUTERS_CLOUD,
    );
    const rent = oneRel('RENTS_FROM', 'sichuan-xuedong-technology', 'microsoft-azure');
    expect(rent).toMatchObject({ startDate: '2024-04-01', endDate: '2024-05-31' });
    expect(String(rent.service)).toMatch(/40 million/);
  });

  it('Azure hosts chips only as REPORTED, with a source and a note', () => {
    const hosts = rels('HOSTS', 'microsoft-azure');
    expect(hosts.length).toBeGreaterThan(0);
    expect(problems(hosts, (r) => (r.confidence !== 'REPORTED' ? 'not REPORTED' : !r.note ? 'no note' : null))).toEqual(
      [],
    );
  });

  it('the Suzhou institute linked to USTC rents from an unnamed cloud provider that hosts A100', () => {
    const [rent, ...more] = rels('RENTS_FROM', 'suzhou-institute-for-advanced-research-ustc');
    expect(more).toEqual([]);
    const provider = node(rent?.to as string);
    expect(provider.label).toBe('CloudProvider');
    expect(String(provider.name)).toMatch(/^Unnamed/);
    expect(['ALLEGED', 'REPORTED']).toContain(oneRel('HOSTS', provider.id as string, 'nvidia-a100').confidence);
  });

  it('iFlytek rents from an unnamed Chinese GPU-rental provider that hosts A100 (FT)', () => {
    const [rent] = rels('RENTS_FROM', 'iflytek');
    const provider = node(rent?.to as string);
    expect(provider).toMatchObject({ label: 'CloudProvider', country: 'CN' });
    expect(oneRel('HOSTS', provider.id as string, 'nvidia-a100').sources).toContain('src-ft-2023-cloud-rental');
  });

  it('AI-Galaxy is a Chinese GPU-rental cloud provider that hosts A100', () => {
    expect(node('ai-galaxy')).toMatchObject({ label: 'CloudProvider', country: 'CN' });
    expect(oneRel('HOSTS', 'ai-galaxy', 'nvidia-a100').sources).toContain('src-ft-2023-cloud-rental');
  });

  it('SenseTime owns an unlisted subsidiary (share unknown) that acquired the chips', () => {
    const [owns, ...more] = rels('OWNS', 'sensetime');
    expect(more).toEqual([]);
    expect(owns?.share).toBeNull();
    const acquired = rels('ACQUIRED', owns?.to as string);
    expect(acquired.length).toBeGreaterThan(0);
    expect(
      problems(acquired, (r) =>
        r.confidence === 'CONFIRMED'
          ? 'should not be CONFIRMED'
          : /banned components/.test(String(r.note))
            ? null
            : 'note should say what the source names',
      ).length,
    ).toBe(0);
  });

  it('an unnamed Beijing company rents from a Brisbane data centre, operated by Derek Aw, that hosts H100 (WSJ)', () => {
    const [rent] = rels('RENTS_FROM', 'unnamed-beijing-company');
    const dc = node(rent?.to as string);
    expect(dc).toMatchObject({ label: 'DataCenter', country: 'AU', city: 'Brisbane' });
    expect(oneRel('HOSTS', dc.id as string, 'nvidia-h100').startDate).toBe('2024-06-01');
    expect(node('derek-aw').kind).toBe('PERSON');
    oneRel('OPERATES', 'derek-aw', dc.id as string);
    expect(
      rels('FUNDS', undefined, 'derek-aw')
        .map((r) => node(r.from as string).country)
        .sort(),
    ).toEqual(['AE', 'US']);
  });

  it.each(['baidu', 'bytedance', 'tencent', 'alibaba'])(
    '%s acquired A800 before the 17 Nov 2023 rule took effect (FT, 9 Aug 2023)',
    (id) => {
      const r = oneRel('ACQUIRED', id, 'nvidia-a800');
      expect(r.sources).toContain('src-ft-2023-08-09-a800');
      expect(isIsoDate(r.date) && r.date < '2023-11-17').toBe(true);
    },
  );

  it('DeepSeek acquired 2,048 H800, acquisition date unknown (DeepSeek-V3 technical report)', () => {
    expect(oneRel('ACQUIRED', 'deepseek', 'nvidia-h800')).toMatchObject({
      quantity: 2048,
      date: null,
      sources: ['src-arxiv-2412-19437-deepseek-v3'],
    });
  });

  it.each(['harbin-institute-of-technology', 'uestc'])(
    '%s procures from an unnamed reseller that acquired A100 (Reuters, 15 Jan 2024)',
    (id) => {
      const [procures, ...more] = rels('PROCURES_FROM', id);
      expect(more).toEqual([]);
      expect(node(procures?.to as string).kind).toBe('BROKER');
      expect(oneRel('ACQUIRED', procures?.to as string, 'nvidia-a100').sources).toContain(
        'src-reuters-2024-01-15-military',
      );
    },
  );
});

describe('seed/curated.json: regulations and designations', () => {
  it.each([
    ['huawei', 'el-2019-05-84fr22961', '2019-05-16'],
    ['sugon', 'el-2019-06-84fr29371', '2019-06-24'],
    ['hygon', 'el-2019-06-84fr29371', '2019-06-24'],
    ['wuxi-jiangnan-institute', 'el-2019-06-84fr29371', '2019-06-24'],
    ['iflytek', 'el-2019-10-2019-22210', '2019-10-09'],
    ['sensetime', 'el-2019-10-2019-22210', '2019-10-09'],
    ['megvii', 'el-2019-10-2019-22210', '2019-10-09'],
    ['inspur-group', 'el-2023-03-inspur', '2023-03-01'],
    ['biren-technology', 'el-2023-10-88fr71991', '2023-10-17'],
    ['moore-threads', 'el-2023-10-88fr71991', '2023-10-17'],
    ['zhipu-ai', 'el-2025-01-zhipu', '2025-01-01'],
    ['sichuan-university', 'el-sichuan-university', null],
  ])('%s is designated under %s from %s', (entity, listing, start) => {
    expect(oneRel('DESIGNATED_UNDER', entity, listing).startDate).toBe(start);
  });

  it.each(['inspur-group', 'zhipu-ai', 'sichuan-university'])(
    "%s's unverified designation is not CONFIRMED",
    (entity) => {
      const [r] = rels('DESIGNATED_UNDER', entity);
      expect(r?.confidence).not.toBe('CONFIRMED');
    },
  );

  it('the affiliates rule is effective 29 Sep 2025, suspended 10 Nov 2025 until 10 Nov 2026', () => {
    expect(node('reg-2025-09-90fr47201-affiliates')).toMatchObject({
      kind: 'AFFILIATES_RULE',
      citation: '90 FR 47201',
      effective: '2025-09-29',
      suspendedFrom: '2025-11-10',
      suspendedUntil: '2026-11-10',
    });
  });

  it('88 FR 73458 is effective 17 Nov 2023 and covers firms headquartered in China and Macau', () => {
    const reg = node('reg-2023-10-88fr73458');
    expect(reg).toMatchObject({ effective: '2023-11-17', citation: '88 FR 73458' });
    expect(reg.destinations).toEqual(expect.arrayContaining(['CN', 'HK', 'MO']));
    expect(reg.headquarteredIn).toEqual(expect.arrayContaining(['CN', 'MO']));
  });

  it('the AI Diffusion rule was rescinded on 13 May 2025', () => {
    expect(node('reg-2025-01-90fr4544-ai-diffusion')).toMatchObject({
      effective: '2025-01-13',
      rescinded: '2025-05-13',
    });
  });

  it.each([
    ['reg-2022-08-nvidia-letter', 'nvidia-a100', '2022-08-26'],
    ['reg-2022-08-nvidia-letter', 'nvidia-h100', '2022-08-26'],
    ['reg-2022-08-amd-letter', 'amd-mi250', '2022-08-31'],
    ['reg-2022-10-87fr62186', 'nvidia-a100', '2022-10-07'],
    ['reg-2023-10-88fr73458', 'nvidia-a800', '2023-11-17'],
    ['reg-2023-10-88fr73458', 'nvidia-h800', '2023-11-17'],
    ['reg-2025-04-h20-mi308-licence', 'nvidia-h20', '2025-04-09'],
  ])('%s restricts %s from %s', (reg, chip, start) => {
    expect(oneRel('RESTRICTS', reg, chip).startDate).toBe(start);
  });

  it('the H20 and MI308 stay covered after licences were granted again in Jul-Aug 2025 (the requirement was not withdrawn)', () => {
    expect(oneRel('RESTRICTS', 'reg-2025-04-h20-mi308-licence', 'nvidia-h20').endDate).toBeNull();
    expect(oneRel('RESTRICTS', 'reg-2025-04-h20-mi308-licence', 'amd-mi308').endDate).toBeNull();
  });

  it.each([
    ['nvidia-a800', '2022-10-07', 'src-fr-87fr62186', 'reg-2022-10-87fr62186'],
    ['nvidia-h800', '2022-10-07', 'src-fr-87fr62186', 'reg-2022-10-87fr62186'],
    ['nvidia-h20', '2023-10-17', 'src-fr-88fr73458', 'reg-2023-10-88fr73458'],
  ])(
    '%s is released no earlier than %s, the rule it was designed around, cited (a lower bound, said in its note)',
    (chip, date, source, regulation) => {
      const c = node(chip);
      expect(c.releaseDate).toBe(date);
      expect(c.sources).toContain(source);
      expect(node(regulation).announced).toBe(date);
      expect(node(regulation).sources).toContain(source);
      expect(String(c.note)).toMatch(/releaseDate is a lower bound, not an announcement date/);
    },
  );

  it('no rule restricts the A800 or H800 before 17 Nov 2023 (they were made to pass the 2022 rule)', () => {
    const early = [
      ...rels('RESTRICTS', undefined, 'nvidia-a800'),
      ...rels('RESTRICTS', undefined, 'nvidia-h800'),
    ].filter((r) => !isIsoDate(r.startDate) || r.startDate < '2023-11-17');
    expect(early.map((r) => r.id)).toEqual([]);
  });

  it('every chip has a manufacturer matching its vendor', () => {
    const chips = doc.nodes.filter((n) => n.label === 'Chip');
    expect(
      problems(chips, (c) => {
        const makers = rels('MANUFACTURES', undefined, c.id as string).map((r) => node(r.from as string).id);
        const want =
          String(c.vendor).toLowerCase() === 'nvidia'
            ? 'nvidia'
            : String(c.vendor).toLowerCase() === 'amd'
              ? 'amd'
              : null;
        return want && makers.includes(want)
          ? null
          : `manufacturers ${makers.join(', ') || 'none'} for vendor ${String(c.vendor)}`;
      }),
    ).toEqual([]);
  });
});
