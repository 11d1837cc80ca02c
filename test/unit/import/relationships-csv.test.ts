import { relationshipsCsvToDocument } from '../../../src/import/relationships-csv';

describe('relationshipsCsvToDocument', () => {
  const header = 'id,type,from,to,startDate,endDate,confidence,sources,note,share,quantity';

  it('turns each line into a format-v1 relationship: lists split, numbers read, empty cells left out', () => {
    const converted = relationshipsCsvToDocument(
      `${header}\nr1,OWNS,a,b,2020-01-01,,REPORTED,src-a; src-b,"a note, with a comma",0.51,\nr2,HOSTS,dc,h100,,,CONFIRMED,src-a,,,300\n`,
    );
    expect(converted.problems).toEqual([]);
    expect(converted.document).toEqual({
      format: 'chip-access-graph/v1',
      sources: [],
      nodes: [],
      relationships: [
        {
          id: 'r1',
          type: 'OWNS',
          from: 'a',
          to: 'b',
          startDate: '2020-01-01',
          confidence: 'REPORTED',
          sources: ['src-a', 'src-b'],
          note: 'a note, with a comma',
          share: 0.51,
        },
        { id: 'r2', type: 'HOSTS', from: 'dc', to: 'h100', confidence: 'CONFIRMED', sources: ['src-a'], quantity: 300 },
      ],
    });
  });

  it('places document paths on lines and columns of the file, counting quoted line breaks', () => {
    const converted = relationshipsCsvToDocument(
      `${header}\nr1,OWNS,a,b,,,REPORTED,s,"two\nlines",,\nr2,OWNS,a,b,,,REPORTED,s,,x,\n`,
    );
    expect(converted.place(['relationships', 1, 'share'])).toBe('line 4, column share');
    expect(converted.place(['relationships', 0])).toBe('line 2');
    // A cell that is not a number stays text so that validation names it.
    expect((converted.document.relationships as Record<string, unknown>[])[1]?.share).toBe('x');
  });

  it('reports unknown and missing columns, ragged lines and broken quoting', () => {
    expect(relationshipsCsvToDocument('id,type,from,to,colour\nr,OWNS,a,b,red\nr2,OWNS').problems).toEqual([
      { place: 'line 1, column colour', message: 'is not a column of the relationships layout' },
      { place: 'line 1', message: 'the required column confidence is missing' },
      { place: 'line 1', message: 'the required column sources is missing' },
      { place: 'line 3', message: '2 fields where the header has 5' },
    ]);
    expect(relationshipsCsvToDocument('id,type\n"r1,OWNS').problems).toEqual([
      { place: 'line 2', message: 'a quoted field is not closed before the end of the file' },
    ]);
  });
});
