import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './line-splitter';

function split(chunks: string[]): [string, number][] {
  const lines: [string, number][] = [];
  const splitter = createLineSplitter();
  const collect = (text: string, line: number) => lines.push([text, line]);
  for (const chunk of chunks) splitter.push(chunk, collect);
  splitter.end(collect);
  return lines;
}

describe('createLineSplitter', () => {
  it.each([
    [
      ['a\nb\n'],
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    [
      ['\uFEFFa\r\nb'],
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    [
      ['a', 'b\r', '\nc', '', '\n\n'],
      [
        ['ab', 1],
        ['c', 2],
        ['', 3],
      ],
    ],
    [[''], []],
  ])('should split %j into numbered lines', (chunks, expected) => {
    expect(split(chunks)).toEqual(expected);
  });
});
