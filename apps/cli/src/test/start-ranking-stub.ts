import { extractPromptTexts, fixtureRecords, startOpenAiStubServer } from '@valueflow/core/test';

const known = new Map(fixtureRecords().map((record) => [record.text, record.intensity]));

/**
 * An OpenAI-compatible stub judge on 127.0.0.1 that ranks the fixture panel's texts by their
 * intensities; a text under evaluation is worth −7 when it says "cruel", +5 for "kind", else 0.
 * For tests.
 */
export function startRankingStub() {
  const utility = (text: string) => known.get(text) ?? (text.includes('cruel') ? -7 : text.includes('kind') ? 5 : 0);
  return startOpenAiStubServer({
    reply: ({ prompt }) => {
      const order = extractPromptTexts(prompt)
        .map((text, index) => ({ index: index + 1, value: utility(text) }))
        .sort((left, right) => right.value - left.value);
      return `[${order.map((entry) => entry.index).join(', ')}]`;
    },
  });
}
