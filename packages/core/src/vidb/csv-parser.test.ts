import { describe, expect, it } from 'vitest';
import { createCsvParser, parseCsv } from './csv-parser';

describe('parseCsv', () => {
  it('should split plain rows and number their lines', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('should keep commas, doubled quotes and newlines inside quoted fields', () => {
    const rows = parseCsv('text,x\n"one, two ""three""\nfour",5\nnext,6');
    expect(rows).toEqual([
      { line: 1, fields: ['text', 'x'] },
      { line: 2, fields: ['one, two "three"\nfour', '5'] },
      { line: 4, fields: ['next', '6'] },
    ]);
  });

  it('should drop a byte-order mark and accept CRLF and lone CR line ends', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r3,4\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('should skip blank lines but keep empty fields', () => {
    expect(parseCsv('a,b\n\n,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it.each([
    ['a"b,c\n', 'stray quote'],
    ['"ab"c,d\n', 'after a closing quote'],
    ['"abc,d\n', 'unterminated quoted field'],
  ])('should report a malformed row %j instead of throwing', (text, problem) => {
    const [row] = parseCsv(text);
    expect(row.problem).toContain(problem);
  });
});

describe('createCsvParser', () => {
  it('should give the same rows whatever the chunk boundaries', () => {
    const text = '\uFEFFid,text\r\n1,"multi\r\nline, ""quoted"""\r\n2,plain\r\n';
    const whole = parseCsv(text);
    for (const size of [1, 2, 3, 5, 7]) {
      const parser = createCsvParser();
      const rows = [];
      for (let offset = 0; offset < text.length; offset += size)
        rows.push(...parser.push(text.slice(offset, offset + size)));
      rows.push(...parser.end());
      expect(rows).toEqual(whole);
    }
    expect(whole).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'multi\r\nline, "quoted"'] },
      { line: 4, fields: ['2', 'plain'] },
    ]);
  });
});
