import { defaultCatalogue, type ValueExtraction, type ValueMatch } from '@valueflow/core';

const rounded = (value: number) => Math.round(value * 10_000) / 10_000;

/** The documented JSON shape: theory id → `[{value, similarity, relevance}]`, most relevant first. */
export function extractionJson(extraction: ValueExtraction): Record<string, ValueMatch[]> {
  return Object.fromEntries(
    Object.entries(extraction.theories).map(([theory, matches]) => [
      theory,
      matches.map((match) => ({
        value: match.value,
        similarity: rounded(match.similarity),
        relevance: rounded(match.relevance),
      })),
    ]),
  );
}

/** A small table per theory for people: value, relevance as a bar, similarity. */
export function extractionTable(extraction: ValueExtraction): string {
  const blocks = Object.entries(extraction.theories).map(([theory, matches]) => {
    const name = defaultCatalogue.theories().find((entry) => entry.id === theory)?.name ?? theory;
    const width = Math.max(5, ...matches.map((match) => match.value.length));
    const rows = matches.map((match) => {
      const bar = '█'.repeat(Math.round(match.relevance * 10)).padEnd(10, '·');
      return `  ${match.value.padEnd(width)}  ${bar} ${match.relevance.toFixed(2)}   ${match.similarity.toFixed(3)}`;
    });
    return [`${theory}  ${name}`, `  ${'value'.padEnd(width)}  relevance         similarity`, ...rows].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
