import { describe, expect, it } from 'vitest';
import { createSentenceBuffer } from './sentence-buffer';

function splitInChunks(text: string, size: number): { sentences: string[]; rest: string } {
  const buffer = createSentenceBuffer();
  const sentences: string[] = [];
  for (let index = 0; index < text.length; index += size)
    sentences.push(...buffer.push(text.slice(index, index + size)));
  return { sentences, rest: buffer.flush() };
}

describe('createSentenceBuffer', () => {
  it.each([
    ['Hello there. How are you? Fine!', ['Hello there. ', 'How are you? '], 'Fine!'],
    ['It costs 3.5 euros. Done', ['It costs 3.5 euros. '], 'Done'],
    ['Ask Dr. Smith, e.g. today. Then go.', ['Ask Dr. Smith, e.g. today. '], 'Then go.'],
    ['She said "stop." Then left.', ['She said "stop." '], 'Then left.'],
    ['Line one\nLine two\n\nThree', ['Line one\n', 'Line two\n'], '\nThree'],
    ['1. First item\n2. Second', ['1. First item\n'], '2. Second'],
    ['你好。世界！', ['你好。', '世界！'], ''],
  ])('should split %j', (text, expected, rest) => {
    const whole = createSentenceBuffer();
    const sentences = whole.push(text);
    // A whitespace-only sentence is never emitted: it joins the sentence before it.
    expect(sentences.join('') + whole.flush()).toBe(text);
    expect(sentences).toEqual(expected);
    expect(splitInChunks(text, 1)).toEqual({ sentences: expected, rest });
  });

  it('should give the same sentences whatever the chunking', () => {
    const text = 'The plan works. It saves 2.5 hours, i.e. a lot! Does it scale? Mostly.\nNew line here. End';
    const reference = splitInChunks(text, text.length);
    for (const size of [1, 2, 3, 7, 13]) {
      expect(splitInChunks(text, size)).toEqual(reference);
    }
    expect(reference.sentences.join('') + reference.rest).toBe(text);
    expect(reference.sentences).toHaveLength(5);
  });

  it('should wait for the character after a terminator', () => {
    const buffer = createSentenceBuffer();
    expect(buffer.push('Version 3.')).toEqual([]);
    expect(buffer.push('1 is out. ')).toEqual(['Version 3.1 is out. ']);
    expect(buffer.pending).toBe('');
  });

  it('should cut a run-on text at whitespace once it exceeds maxLength', () => {
    const buffer = createSentenceBuffer({ maxLength: 20 });
    const sentences = buffer.push('word '.repeat(10));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(20);
    expect(sentences.join('') + buffer.flush()).toBe('word '.repeat(10));
  });
});
