/** What a file converter (relationships CSV, screening list) hands to the format-v1 import. */

/** A problem located in the file it comes from ("line 12, column share"). */
export interface PlacedProblem {
  place: string;
  message: string;
}

export interface Converted {
  /** The format-v1 document to import (validated again by the import itself). */
  document: Record<string, unknown>;
  /** Problems found while converting; when not empty nothing is imported. */
  problems: PlacedProblem[];
  /** Where a path of the document comes from in the file. */
  place(path: readonly (string | number)[]): string;
}

/** A place for a path of a format-v1 JSON file, e.g. `relationships[3].share`. */
export function jsonPlace(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
