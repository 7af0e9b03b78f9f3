/** Options of {@link createSentenceBuffer}. */
export interface SentenceBufferOptions {
  /**
   * A sentence longer than this many characters is cut at its last whitespace (or, without any, at
   * the limit), so a run-on text without punctuation is never held back indefinitely (default 400).
   */
  maxLength?: number;
}

/** Gathers streamed text into sentences; see {@link createSentenceBuffer}. */
export interface SentenceBuffer {
  /** Adds a chunk and returns the sentences it completed, oldest first (often none). */
  push(text: string): string[];
  /** Returns whatever is left (an unfinished sentence, possibly '') and empties the buffer. */
  flush(): string;
  /** The text received but not yet returned as a sentence. */
  readonly pending: string;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
// Full-width terminators are not followed by a space in Chinese or Japanese text.
const WIDE_TERMINATORS = new Set(['。', '！', '？']);
// Characters that may close a sentence after its terminator: quotes, brackets, markdown emphasis.
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  'fig',
  'approx',
  'inc',
  'ltd',
  'jr',
  'sr',
  'cf',
]);
const isWhitespace = (character: string) => /\s/.test(character);

/** A period after an abbreviation, an initial or a list number at the start of a line does not end a sentence. */
function endsInAbbreviation(sentence: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(sentence)?.[1];
  if (word !== undefined) return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
  return /(^|\n)[ \t]*\d{1,3}$/.test(sentence);
}

/**
 * A streaming sentence splitter for guards that check text sentence by sentence as it arrives.
 *
 * It is lossless: the returned sentences plus `flush()` concatenate to exactly the text pushed, so a
 * caller can map sentences back onto the chunks they came from. A sentence ends after a terminator
 * (`.`, `!`, `?`, `…`, with any closing quotes or brackets) once the following whitespace arrives, so
 * `3.5` or `e.g.` do not split; it also ends at a line break and at a full-width terminator. Whitespace
 * between sentences belongs to the sentence before it, and a sentence is never whitespace only.
 *
 * @param options.maxLength - Longest sentence in characters before it is cut (default 400).
 * @returns A fresh buffer; keep one per text stream.
 * @example
 * const buffer = createSentenceBuffer();
 * buffer.push('Hello there. How'); // ['Hello there. ']
 * buffer.flush(); // 'How'
 */
export function createSentenceBuffer(options: SentenceBufferOptions = {}): SentenceBuffer {
  const maxLength = options.maxLength ?? 400;
  let pending = '';
  // Where scanning resumes, so each character is looked at about once.
  let scanFrom = 0;

  const push = (text: string): string[] => {
    pending += text;
    const sentences: string[] = [];
    let start = 0;
    let index = scanFrom;
    const cut = (end: number) => {
      const sentence = pending.slice(start, end);
      if (sentence.trim() === '') return;
      sentences.push(sentence);
      start = end;
    };
    while (index < pending.length) {
      const character = pending[index];
      if (character === '\n' || WIDE_TERMINATORS.has(character)) {
        cut(index + 1);
        index += 1;
        continue;
      }
      if (!TERMINATORS.has(character)) {
        index += 1;
        continue;
      }
      let next = index + 1;
      while (next < pending.length && (TERMINATORS.has(pending[next]) || CLOSERS.has(pending[next]))) next += 1;
      // The character after the terminator decides; wait for it.
      if (next >= pending.length) break;
      const abbreviation = character === '.' && endsInAbbreviation(pending.slice(start, index));
      if (isWhitespace(pending[next]) && !abbreviation) cut(next + 1);
      index = Math.max(next, start);
    }
    while (pending.length - start > maxLength) {
      const window = pending.slice(start, start + maxLength);
      const lastSpace = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'));
      const before = start;
      cut(start + (lastSpace > 0 ? lastSpace + 1 : maxLength));
      if (start === before) break;
    }
    pending = pending.slice(start);
    scanFrom = Math.max(0, index - start);
    return sentences;
  };

  return {
    push,
    flush() {
      const rest = pending;
      pending = '';
      scanFrom = 0;
      return rest;
    },
    get pending() {
      return pending;
    },
  };
}
