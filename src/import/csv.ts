/**
 * A CSV reader for RFC 4180 files: comma-separated, fields optionally in double quotes, `""`
 * inside quotes for a quote, quoted fields may hold commas and line breaks, CRLF or LF line
 * ends, an optional UTF-8 byte order mark. Malformed input is reported with its line, never
 * guessed at.
 */

export interface CsvRecord {
  /** The 1-based line of the file where the record starts (quoted line breaks make records span lines). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Every record of the text, blank lines skipped. Throws CsvError on a stray or unclosed quote. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  // Whether the current field began with a quote (then only a comma or line end may follow it).
  let wasQuoted = false;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !wasQuoted;
    endField();
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(line, 'a closing quote must be followed by a comma or the end of the line');
        }
        continue;
      }
      if (c === '\n') line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '')
        throw new CsvError(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
      quoted = true;
      wasQuoted = true;
      i += 1;
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    field += c;
    i += 1;
  }
  if (quoted) throw new CsvError(recordLine, 'a quoted field is not closed before the end of the file');
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

export interface CsvTable {
  columns: string[];
  rows: { line: number; values: Record<string, string> }[];
  /** Records whose number of fields differs from the header's, by line (left out of rows). */
  problems: { line: number; message: string }[];
}

/**
 * The records after the header as objects keyed by column name. Throws CsvError when there is
 * no header or it repeats a column; a record with another number of fields than the header is
 * listed in `problems` so that every bad line is reported, not only the first.
 */
export function parseCsvWithHeader(text: string): CsvTable {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) throw new CsvError(1, 'the file is empty: a header line is expected');
  const columns = header.fields.map((f) => f.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) throw new CsvError(header.line, `the column ${column} appears twice in the header`);
    seen.add(column);
  }
  const table: CsvTable = { columns, rows: [], problems: [] };
  for (const record of records.slice(1)) {
    if (record.fields.length !== columns.length) {
      table.problems.push({
        line: record.line,
        message: `${record.fields.length} fields where the header has ${columns.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((column, i) => (values[column] = record.fields[i] as string));
    table.rows.push({ line: record.line, values });
  }
  return table;
}

/** Splits a `;`-separated cell into its trimmed, non-empty parts. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
