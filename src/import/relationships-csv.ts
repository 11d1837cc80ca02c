import { CsvError, parseCsvWithHeader, splitList } from './csv';
import type { Converted, PlacedProblem } from './converted';
import { FORMAT_V1 } from './format';

/**
 * The CSV layout for relationships (docs/IMPORT.md): one relationship per line, a header naming
 * the columns in any order. Required: id, type, from, to, confidence, sources (`;`-separated
 * Source ids). Optional: the relationship fields of format v1. An empty cell leaves the field
 * out (an update keeps the stored value). The endpoints and sources must already be in the graph.
 */
export const REQUIRED_COLUMNS = ['id', 'type', 'from', 'to', 'confidence', 'sources'] as const;
export const OPTIONAL_COLUMNS = [
  'startDate',
  'endDate',
  'note',
  'share',
  'role',
  'service',
  'serviceKind',
  'amount',
  'currency',
  'quantity',
  'date',
  'citation',
] as const;
const NUMERIC = new Set(['share', 'amount', 'quantity']);
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Converts the text of a relationships CSV file to a format-v1 document. */
export function relationshipsCsvToDocument(text: string): Converted {
  const problems: PlacedProblem[] = [];
  const lines: number[] = [];
  const fallback: Converted = { document: { format: FORMAT_V1 }, problems, place: () => '(file)' };
  let table;
  try {
    table = parseCsvWithHeader(text);
  } catch (error) {
    if (error instanceof CsvError) {
      problems.push({ place: `line ${error.line}`, message: error.message.replace(/^line \d+: /, '') });
      return fallback;
    }
    throw error;
  }
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  for (const column of table.columns) {
    if (!known.has(column))
      problems.push({ place: `line 1, column ${column}`, message: 'is not a column of the relationships layout' });
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!table.columns.includes(column))
      problems.push({ place: 'line 1', message: `the required column ${column} is missing` });
  }
  for (const p of table.problems) problems.push({ place: `line ${p.line}`, message: p.message });

  const relationships = table.rows.map((row) => {
    lines.push(row.line);
    const rel: Record<string, unknown> = {};
    for (const [column, raw] of Object.entries(row.values)) {
      if (!known.has(column)) continue;
      const value = raw.trim();
      if (column === 'sources') rel.sources = splitList(value);
      else if (value === '') continue;
      // A cell that is not a number stays text, so that validation names the field.
      else if (NUMERIC.has(column) && NUMBER.test(value)) rel[column] = Number(value);
      else rel[column] = value;
    }
    return rel;
  });

  return {
    document: { format: FORMAT_V1, sources: [], nodes: [], relationships },
    problems,
    place(path) {
      const [list, index, field] = path;
      if (list !== 'relationships' || typeof index !== 'number') return '(file)';
      const line = `line ${lines[index] ?? '?'}`;
      return field === undefined ? line : `${line}, column ${String(field)}`;
    },
  };
}
