import { isIsoDate } from '../domain';
import { defaultModel, Model, type Schema } from '@opensanctions/followthemoney';

/**
 * The FollowTheMoney model as the maintained `@opensanctions/followthemoney` package ships it
 * (schemata, their properties and property types): entities are checked against it, never
 * against a hand-written copy.
 */
export const FTM_MODEL = new Model(defaultModel);

/** One FtM entity as read from a JSON line, with the line it came from. */
export interface FtmEntity {
  line: number;
  id: string;
  schema: string;
  /** Property name -> values (strings; nested entities are reduced to their ids). */
  properties: Record<string, string[]>;
  /** OpenSanctions' `datasets`, when given. */
  datasets: string[];
}

export interface FtmProblem {
  line: number;
  message: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function schemaOf(name: string): Schema | null {
  return FTM_MODEL.schemata[name] ?? null;
}

/** Whether the schema is `parent` or extends it (a Company is a LegalEntity). */
export function isA(schema: string, parent: string): boolean {
  const s = schemaOf(schema);
  return s !== null && s.isA(parent);
}

/** Properties of a schema whose type is `identifier` (registration numbers, LEI, INN...). */
export function identifierProperties(schema: string): string[] {
  const s = schemaOf(schema);
  if (!s) return [];
  return [...s.getProperties().values()].filter((p) => p.type.name === 'identifier').map((p) => p.name);
}

/** Whether a date of the FtM form names a real month and day (2020-13-01 and 2020-02-30 do not). */
function realDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-');
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  return day === undefined || isIsoDate(`${year}-${month}-${day}`);
}

/**
 * Checks an entity against the model: a known schema that is not abstract, known properties,
 * and values of the property's type (dates in ISO form, countries as codes, URLs absolute,
 * entity references as ids). Every problem is returned, placed by line.
 */
export function checkFtmEntity(e: FtmEntity): FtmProblem[] {
  const problems: FtmProblem[] = [];
  const at = (message: string) => problems.push({ line: e.line, message });
  const schema = schemaOf(e.schema);
  if (!schema) {
    at(`${e.schema} is not a FollowTheMoney schema`);
    return problems;
  }
  if (schema.abstract) at(`${e.schema} is an abstract schema: an entity must have a concrete one`);
  for (const [name, values] of Object.entries(e.properties)) {
    if (!schema.hasProperty(name)) {
      at(`${e.schema} has no property ${name}`);
      continue;
    }
    const property = schema.getProperty(name);
    const type = property.type.name;
    for (const value of values) {
      if (value.length > Math.max(property.type.maxLength, property.maxLength ?? 0, 65000)) {
        at(`${name}: a value longer than the model allows`);
      } else if (type === 'date' && !(DATE.test(value) && realDay(value))) {
        at(`${name}: ${JSON.stringify(value)} is not an ISO date`);
      } else if (type === 'country' && !/^[a-z]{2}(-[a-z0-9]+)?$/i.test(value)) {
        at(`${name}: ${JSON.stringify(value)} is not a country code`);
      } else if (type === 'url' && !/^https?:\/\/\S+$/i.test(value)) {
        at(`${name}: ${JSON.stringify(value)} is not an http(s) URL`);
      } else if (type === 'entity' && value.trim() === '') {
        at(`${name}: an empty entity reference`);
      }
    }
  }
  return problems;
}

function strings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string')
      out.push((v as { id: string }).id); // a nested entity: its id
    else return null;
  }
  return out;
}

/** FtM entities as JSON lines (the form OpenSanctions and Aleph exchange): one object per line. */
export function parseFtmLines(content: string): { entities: FtmEntity[]; problems: FtmProblem[] } {
  const entities: FtmEntity[] = [];
  const problems: FtmProblem[] = [];
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not JSON: ${(error as Error).message}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line, message: 'must be a JSON object (an FtM entity)' });
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.id !== 'string' || o.id.trim() === '') problems.push({ line, message: 'id: required (a string)' });
    if (typeof o.schema !== 'string') problems.push({ line, message: 'schema: required (a string)' });
    const props = o.properties ?? {};
    if (typeof props !== 'object' || props === null || Array.isArray(props)) {
      problems.push({ line, message: 'properties: must be an object of lists' });
      return;
    }
    const properties: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(props as Record<string, unknown>)) {
      const values = strings(list);
      if (values === null) problems.push({ line, message: `${name}: must be a list of strings` });
      else properties[name] = values.map((v) => v.trim()).filter(Boolean);
    }
    if (typeof o.id !== 'string' || typeof o.schema !== 'string') return;
    const previous = seen.get(o.id);
    if (previous !== undefined) {
      problems.push({ line, message: `id ${o.id} is already used on line ${previous}` });
      return;
    }
    seen.set(o.id, line);
    entities.push({
      line,
      id: o.id.trim(),
      schema: o.schema,
      properties,
      datasets: strings(o.datasets) ?? [],
    });
  });
  for (const e of entities) problems.push(...checkFtmEntity(e));
  return { entities, problems: problems.sort((a, b) => a.line - b.line) };
}
