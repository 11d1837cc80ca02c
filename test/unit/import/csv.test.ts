import { CsvError, parseCsv, parseCsvWithHeader, splitList } from '../../../src/import/csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits records on LF and CRLF, fields on commas', () => {
    expect(fields('a,b,c\n1,2,3\r\n4,5,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fields('"Huawei Technologies Co., Ltd.","say ""hi""","two\nlines"\nx,y,z\n')).toEqual([
      ['Huawei Technologies Co., Ltd.', 'say "hi"', 'two\nlines'],
      ['x', 'y', 'z'],
    ]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('h1,h2\n"a\nb",c\n\nd,e').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(fields('a,,c\n\n,,\n""\n')).toEqual([['a', '', 'c'], ['', '', ''], ['']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(fields('\ufeffid,name\n1,商汤科技')).toEqual([
      ['id', 'name'],
      ['1', '商汤科技'],
    ]);
  });

  it('refuses a stray quote or an unclosed one, naming the line', () => {
    expect(() => parseCsv('a,b\nx"y,z')).toThrow(
      new CsvError(2, 'a quote inside an unquoted field (quote the whole field and double the quote)'),
    );
    expect(() => parseCsv('a,"b" c')).toThrow(/line 1: a closing quote must be followed by a comma/);
    expect(() => parseCsv('a,b\n"open,x\ny')).toThrow(/line 2: a quoted field is not closed/);
  });
});

describe('parseCsvWithHeader', () => {
  it('keys values by column and lists records of the wrong width with their line', () => {
    const table = parseCsvWithHeader('id, type \nr1,OWNS\nr2\nr3,HOSTS,extra\nr4,ACQUIRED');
    expect(table.columns).toEqual(['id', 'type']);
    expect(table.rows).toEqual([
      { line: 2, values: { id: 'r1', type: 'OWNS' } },
      { line: 5, values: { id: 'r4', type: 'ACQUIRED' } },
    ]);
    expect(table.problems).toEqual([
      { line: 3, message: '1 fields where the header has 2' },
      { line: 4, message: '3 fields where the header has 2' },
    ]);
  });

  it('refuses an empty file and a repeated column', () => {
    expect(() => parseCsvWithHeader('')).toThrow(/header line is expected/);
    expect(() => parseCsvWithHeader('id,id\n1,2')).toThrow(/the column id appears twice/);
  });
});

describe('splitList', () => {
  it('splits on semicolons, trims and drops empty parts', () => {
    expect(splitList(' a ; b;;c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
  });
});
