/** One CSV record: its fields and the physical line it starts on. */
export interface CsvRow {
  /** 1-based line where the row starts; a quoted newline makes the next row start further down. */
  line: number;
  fields: string[];
  /** Set when the row breaks RFC 4180 (stray quote, unterminated quote); the fields are best effort. */
  problem?: string;
}

/** A push parser: feed text chunks of any size, collect complete rows, then call `end`. */
export interface CsvParser {
  push(chunk: string): CsvRow[];
  end(): CsvRow[];
}

const quote = 34;
const comma = 44;
const lineFeed = 10;
const carriageReturn = 13;

/**
 * Creates a streaming RFC 4180 CSV parser: comma-separated, fields optionally in double quotes,
 * `""` for a quote inside a quoted field, commas and newlines allowed inside quotes. Rows end with
 * LF, CRLF or a lone CR; a leading byte-order mark is dropped; blank lines are skipped. Chunks may
 * split a row (or a CRLF) anywhere, so it works under any stream.
 *
 * Malformed input is reported rather than thrown: the row gets a `problem` and parsing continues
 * with the next row, so one bad row never hides the rest.
 *
 * @returns A parser; call `push` for every chunk and `end` once.
 */
export function createCsvParser(): CsvParser {
  let line = 1;
  let rowLine = 1;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteClosed = false;
  let fieldQuoted = false;
  let pendingCarriageReturn = false;
  let atStart = true;
  let problem: string | undefined;
  let rows: CsvRow[] = [];

  const finishField = () => {
    fields.push(field);
    field = '';
    fieldQuoted = false;
    quoteClosed = false;
  };
  const finishRow = () => {
    finishField();
    const blank = fields.length === 1 && fields[0] === '' && !problem;
    if (!blank) rows.push(problem ? { line: rowLine, fields, problem } : { line: rowLine, fields });
    fields = [];
    problem = undefined;
  };

  const consume = (chunk: string) => {
    let start = 0;
    if (atStart && chunk.length > 0) {
      atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) start = 1;
    }
    let plainFrom = -1;
    for (let index = start; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (pendingCarriageReturn) {
        pendingCarriageReturn = false;
        if (code === lineFeed) continue;
      }
      if (inQuotes) {
        if (code === quote) {
          if (plainFrom >= 0) {
            field += chunk.slice(plainFrom, index);
            plainFrom = -1;
          }
          inQuotes = false;
          quoteClosed = true;
        } else {
          // Lines are counted on LF only, so a CRLF split across chunks is not counted twice.
          if (code === lineFeed) line++;
          if (plainFrom < 0) plainFrom = index;
        }
        continue;
      }
      if (quoteClosed && code === quote) {
        // `""` inside a quoted field is one literal quote.
        field += '"';
        inQuotes = true;
        quoteClosed = false;
        continue;
      }
      if (code === comma || code === lineFeed || code === carriageReturn) {
        if (plainFrom >= 0) {
          field += chunk.slice(plainFrom, index);
          plainFrom = -1;
        }
        if (code === comma) {
          finishField();
          continue;
        }
        finishRow();
        line++;
        rowLine = line;
        pendingCarriageReturn = code === carriageReturn;
        continue;
      }
      if (code === quote && field === '' && plainFrom < 0 && !fieldQuoted) {
        inQuotes = true;
        fieldQuoted = true;
        continue;
      }
      if (quoteClosed || code === quote) {
        problem ??= quoteClosed
          ? `unexpected character after a closing quote in field ${fields.length + 1}`
          : `stray quote inside unquoted field ${fields.length + 1} (quote the field and double the quote)`;
        quoteClosed = false;
      }
      if (plainFrom < 0) plainFrom = index;
    }
    if (plainFrom >= 0) field += chunk.slice(plainFrom);
  };

  return {
    push(chunk) {
      consume(chunk);
      const complete = rows;
      rows = [];
      return complete;
    },
    end() {
      if (inQuotes) {
        problem ??= `unterminated quoted field ${fields.length + 1}: the file ended before its closing quote`;
        inQuotes = false;
      }
      if (field !== '' || fields.length > 0 || fieldQuoted || problem) finishRow();
      const complete = rows;
      rows = [];
      return complete;
    },
  };
}

/**
 * Parses a whole CSV text; see {@link createCsvParser} for the dialect.
 *
 * @param text - CSV content, with or without a byte-order mark.
 */
export function parseCsv(text: string): CsvRow[] {
  const parser = createCsvParser();
  return [...parser.push(text), ...parser.end()];
}
