import type { Converted, PlacedProblem } from './converted';
import { FORMAT_V1 } from './format';
import type { FtmGraph, FtmSummary } from './ftm';
import type { FtmEntity } from './ftm-model';

/** A record of the document being built. */
export type Draft = Record<string, unknown> & { id: string };

/** A record with the line and the FtM id it comes from. */
export interface Placed {
  draft: Draft;
  line: number;
  ftmId: string;
}

/** What one FtM conversion builds, shared by its steps (src/import/ftm-convert.ts). */
export class FtmConversion {
  readonly sources = new Map<string, Placed>();
  readonly nodes = new Map<string, Placed>();
  readonly rels: Placed[] = [];
  /** The graph id each party of the file became. */
  readonly resolved = new Map<string, string>();
  /** Ids the conversion gave to new records. */
  readonly newIds = new Set<string>();
  /** The entities of the file by FtM id. */
  readonly byFtmId: Map<string, FtmEntity>;
  /** The graph id of each Document of the file. */
  readonly docIds = new Map<string, string>();
  /** Labels of the graph's nodes under the ids the file would use. */
  existing = new Map<string, string[]>();

  constructor(
    readonly entities: FtmEntity[],
    readonly problems: PlacedProblem[],
    readonly summary: FtmSummary,
    readonly graph: FtmGraph,
    /** Names the Source of facts that give no sourceUrl, publisher, dataset or proof. */
    readonly fileName: string,
    /** The SHA-256 of the file's content (hex): the key of that Source. */
    readonly fileDigest: string,
  ) {
    this.byFtmId = new Map(entities.map((e) => [e.id, e]));
  }

  /** Whether an id is the graph's or was given to a new record already. */
  readonly taken = (id: string): boolean => this.existing.has(id) || this.newIds.has(id);

  /** The document, the problems and the summary, and where each record comes from in the file. */
  result(): Converted & { summary: FtmSummary } {
    const sources = [...this.sources.values()];
    const nodes = [...this.nodes.values()];
    const ordered = [
      ...sources.map((r) => ({ ...r, kind: 'source' as const })),
      ...nodes.map((r) => ({ ...r, kind: 'node' as const })),
      ...this.rels.map((r) => ({ ...r, kind: 'relationship' as const })),
    ];
    this.summary.records = ordered.map((r) => ({ line: r.line, ftmId: r.ftmId, id: r.draft.id, kind: r.kind }));
    const lines = (list: Placed[]) => list.map((r) => r.line);
    const places = { sources: lines(sources), nodes: lines(nodes), relationships: lines(this.rels) };
    return {
      document: {
        format: FORMAT_V1,
        sources: sources.map((r) => r.draft),
        nodes: nodes.map((r) => r.draft),
        relationships: this.rels.map((r) => r.draft),
      },
      problems: this.problems,
      summary: this.summary,
      place(path: readonly (string | number)[]) {
        const [list, i, ...rest] = path;
        const field = rest.length > 0 ? `, ${rest.join('.')}` : '';
        const line =
          typeof list === 'string' && typeof i === 'number' ? places[list as keyof typeof places]?.[i] : undefined;
        return line === undefined ? '(file)' : `line ${line}${field}`;
      },
    };
  }
}
