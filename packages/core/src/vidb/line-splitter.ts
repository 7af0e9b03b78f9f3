/** Receives one line without its terminator and its 1-based line number. */
export type LineHandler = (text: string, line: number) => void;

/** A push splitter: feed text chunks, get whole lines back through a callback. */
export interface LineSplitter {
  push(chunk: string, onLine: LineHandler): void;
  end(onLine: LineHandler): void;
}

/**
 * Creates a streaming line splitter for line-oriented formats (JSONL). Lines end with LF or CRLF;
 * the CR is removed, a leading byte-order mark is dropped, and a last line without a newline is
 * still delivered. Lines are handed to a callback instead of collected, so a large file costs one
 * chunk of memory at a time.
 *
 * @returns A splitter; call `push` for every chunk and `end` once.
 */
export function createLineSplitter(): LineSplitter {
  let carry = '';
  let line = 0;
  let atStart = true;

  const emit = (text: string, onLine: LineHandler) => {
    line++;
    onLine(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, line);
  };

  return {
    push(chunk, onLine) {
      if (atStart && chunk.length > 0) {
        atStart = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      let start = 0;
      let newline = chunk.indexOf('\n');
      if (newline >= 0 && carry !== '') {
        emit(carry + chunk.slice(0, newline), onLine);
        carry = '';
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
      }
      while (newline >= 0) {
        emit(chunk.slice(start, newline), onLine);
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
      }
      carry = start === 0 ? carry + chunk : chunk.slice(start);
    },
    end(onLine) {
      if (carry !== '') emit(carry, onLine);
      carry = '';
    },
  };
}
