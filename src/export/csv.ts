import type { GraphView } from '../graph/view';
import { cellText, edgeTable, nodeTable, type Table } from './table';

const NEEDS_QUOTES = /[",\r\n]/;
// Spreadsheets run a cell that starts like a formula; these come from analysts' text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
 * doubled. Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP).
 */
export function csvField(value: unknown): string {
  let text = cellText(value);
  if (typeof value !== 'number' && typeof value !== 'boolean' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV: a header line, then one record per row, CRLF line ends (RFC 4180). */
export function toCsv(table: Table): string {
  const lines = [table.columns.map(csvField).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The nodes of a view as CSV: id, label (the name), kind, labels, sources, then properties. */
export function nodesCsv(view: GraphView): string {
  return toCsv(nodeTable(view));
}

/** The edges of a view as CSV: id, source, target, label (the type), sources, then properties. */
export function edgesCsv(view: GraphView): string {
  return toCsv(edgeTable(view));
}
