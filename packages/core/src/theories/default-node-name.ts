// Short function words stay lowercase inside a title ("Right to Life", "Freedom from Torture").
const minorWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'before',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
]);

/**
 * Derives a display name from a canonical id for nodes whose theory gives none:
 * `right-to-life` → "Right to Life", `benevolence:caring` → "Benevolence: Caring".
 *
 * @param id - A canonical node id.
 * @returns A title-cased name; words joined by `-` become separate words.
 */
export function defaultNodeName(id: string): string {
  return id
    .split(':')
    .map((part) =>
      part
        .split('-')
        .filter((word) => word.length > 0)
        .map((word, index) => (index > 0 && minorWords.has(word) ? word : word[0].toUpperCase() + word.slice(1)))
        .join(' '),
    )
    .join(': ');
}
