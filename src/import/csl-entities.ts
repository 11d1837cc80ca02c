import { normalizeName, slugify } from '../match/names';
import type { PlacedProblem } from './converted';
import type { CslEntry } from './csl-read';

/**
 * The entities of a screening-list import: each Entity List entry matched by normalised name or
 * alias to an entity the graph holds (or one created earlier in the same file), or drafted as a
 * new entity with a slug of its name as id; matched and new entities gain the entry's names as
 * aliases, its addresses and the list as a source.
 */

/** An entity of the graph as the list is matched against it. */
export interface IndexedEntity {
  id: string;
  name: string;
  labels: string[];
  aliases: string[];
  addresses: string[];
  country: string | null;
  sources: string[];
}

/** An entity the import writes: an existing one extended, or a new one. */
export interface EntityDraft {
  id: string;
  /** The first entry that named it. */
  place: string;
  existing: boolean;
  label: string;
  name: string;
  aliases: string[];
  addresses: string[];
  country: string | null;
  kind: string | null;
  sources: string[];
  note: string | null;
}

export interface NameHit {
  id: string;
  on: 'name' | 'alias';
}

export function pushUnique(list: string[], values: Iterable<string>): void {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}

/** Normalised names and aliases to the ids that carry them; new entities are added as they come. */
class NameIndex {
  private readonly byName = new Map<string, NameHit[]>();

  remember(name: string, hit: NameHit): void {
    const key = normalizeName(name);
    if (!key) return;
    const hits = this.byName.get(key) ?? [];
    if (!hits.some((h) => h.id === hit.id && h.on === hit.on)) hits.push(hit);
    this.byName.set(key, hits);
  }

  rememberDraft(draft: EntityDraft): void {
    this.remember(draft.name, { id: draft.id, on: 'name' });
    draft.aliases.forEach((a) => this.remember(a, { id: draft.id, on: 'alias' }));
  }

  /** The ids whose name (or alias) is one of `names`, sorted. */
  ids(names: readonly string[], on: NameHit['on']): string[] {
    const found = names.flatMap((n) =>
      (this.byName.get(normalizeName(n)) ?? []).filter((h) => h.on === on).map((h) => h.id),
    );
    return [...new Set(found)].sort();
  }
}

/** The entities of one import: matching, drafting, extending. */
export class CslEntities {
  readonly drafts = new Map<string, EntityDraft>();
  private readonly names = new NameIndex();
  private readonly existingById: Map<string, IndexedEntity>;

  constructor(
    entities: IndexedEntity[],
    private readonly newId: (base: string) => string,
  ) {
    for (const e of entities) {
      this.names.remember(e.name, { id: e.id, on: 'name' });
      e.aliases.forEach((a) => this.names.remember(a, { id: e.id, on: 'alias' }));
    }
    this.existingById = new Map(entities.map((e) => [e.id, e]));
  }

  /** The stored country of an existing entity (a draft sets a country only where it differs). */
  storedCountry(id: string): string | null | undefined {
    return this.existingById.get(id)?.country;
  }

  /**
   * The entity an entry names: by name first, then by alias, the entry's name before its other
   * names. Several entities for one name: the first by id, and a warning.
   */
  match(entry: CslEntry, altNames: string[], warnings: PlacedProblem[]): NameHit | undefined {
    const passes = [
      [[entry.name], 'name'],
      [[entry.name], 'alias'],
      [altNames, 'name'],
      [altNames, 'alias'],
    ] as const;
    for (const [names, on] of passes) {
      const ids = this.names.ids(names, on);
      if (ids.length === 0) continue;
      if (ids.length > 1)
        warnings.push({
          place: entry.place,
          message: `${entry.name} matches several entities (${ids.join(', ')}); merged into ${ids[0]}`,
        });
      return { id: ids[0] as string, on };
    }
    return undefined;
  }

  /** The draft of a matched entity: the one already drafted, or one made from the graph's entity. */
  matched(hit: NameHit, place: string): EntityDraft | undefined {
    const drafted = this.drafts.get(hit.id);
    if (drafted) return drafted;
    const e = this.existingById.get(hit.id);
    if (!e) return undefined;
    const draft: EntityDraft = {
      id: e.id,
      place,
      existing: true,
      label: e.labels.includes('CloudProvider') ? 'CloudProvider' : 'Entity',
      name: e.name,
      aliases: [...e.aliases],
      addresses: [...e.addresses],
      country: e.country,
      kind: null,
      sources: [...e.sources],
      note: null,
    };
    this.drafts.set(e.id, draft);
    return draft;
  }

  /** A new entity for an entry that matched none: its id a slug of its first usable name. */
  created(entry: CslEntry, altNames: string[]): EntityDraft {
    const base =
      [entry.name, ...altNames].map((n) => slugify(n, '')).find(Boolean) || `csl-${slugify(entry.id, 'entry')}`;
    const draft: EntityDraft = {
      id: this.newId(base),
      place: entry.place,
      existing: false,
      label: 'Entity',
      name: entry.name,
      aliases: [],
      addresses: [],
      country: null,
      kind: entry.type.toLowerCase() === 'individual' ? 'PERSON' : null,
      sources: [],
      note: 'Added by the Consolidated Screening List import (Entity List).',
    };
    this.drafts.set(draft.id, draft);
    return draft;
  }

  /** Adds what the entry says of the entity: names as aliases, addresses, a country, the list as a source. */
  extend(draft: EntityDraft, entry: CslEntry, altNames: string[], sourceId: string): void {
    // Spellings of the entity's own name ("Co Ltd" for "Co., Ltd.") are not aliases.
    const own = normalizeName(draft.name);
    pushUnique(
      draft.aliases,
      [entry.name, ...altNames].filter((n) => normalizeName(n) !== own),
    );
    pushUnique(
      draft.addresses,
      entry.addresses.map((a) => a.text),
    );
    draft.country ??= entry.addresses.find((a) => a.country !== null)?.country ?? null;
    pushUnique(draft.sources, [sourceId]);
    this.names.rememberDraft(draft);
  }
}
