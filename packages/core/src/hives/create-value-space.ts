import { AbortedError } from '../errors/aborted-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { defaultCatalogue } from '../theories/default-catalogue';
import type { ValueRef } from '../theories/types';
import type { ValueCatalogue } from '../theories/value-catalogue';
import { buildValuePrototypes } from './build-value-prototypes';
import { catalogueEvidenceTexts } from './catalogue-evidence-texts';
import { checkEmbeddings } from './check-embeddings';
import { embedPanelTexts } from './embed-panel-texts';
import { logistic } from './fit-logistic';
import { relativeSimilarities } from './relative-similarities';
import { indexRollUp, rollUpRelevance } from './roll-up-relevance';
import { textHash } from './text-hash';
import type {
  ExtractOptions,
  ValueExtraction,
  ValueMatch,
  ValueNeighbour,
  ValueSpace,
  ValueSpaceOptions,
} from './value-space-types';
import { dot, normalised } from './vector-math';

function throwIfAborted(signal: AbortSignal | undefined, operation: string): void {
  if (signal?.aborted) throw new AbortedError({ operation, cause: signal.reason });
}

function checkTop(top: number | undefined): number {
  const value = top ?? 3;
  if (!(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 1))) {
    throw new InvalidArgumentError({ argument: 'top', message: `expected a positive integer, got ${value}.` });
  }
  return value;
}

function checkEvidenceWeight(weight: number | undefined): number {
  const value = weight ?? 0.5;
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new InvalidArgumentError({
      argument: 'catalogueEvidenceWeight',
      message: `expected a finite number >= 0, got ${value}.`,
    });
  }
  return value;
}

function checkTexts(texts: readonly unknown[], argument: string): string[] {
  const bad = texts.findIndex((text) => typeof text !== 'string');
  if (bad >= 0) {
    throw new InvalidArgumentError({
      argument: `${argument}[${bad}]`,
      message: `expected a string, got ${typeof texts[bad]}.`,
    });
  }
  return texts as string[];
}

// Catalogue order (theory by theory, node by node) so outputs list values the way people read them.
function catalogueOrder(catalogue: ValueCatalogue): (ref: ValueRef) => number {
  const order = new Map(
    catalogue.values({ midLevelOnly: false }).map((node, index) => [`${node.theory}/${node.value}`, index]),
  );
  return (ref) => order.get(`${ref.theory}/${ref.value}`) ?? order.size;
}

/**
 * Builds the value space of a reference panel (method.md §3.7): for every value with records, a
 * prototype (|intensity|-weighted mean of its records' unit embeddings, mixed with the catalogue's
 * own texts about the value: definition, persona, definitions of the nodes below it, see
 * `catalogueEvidenceWeight`), a polarity axis (supporting minus opposing mean; weak with generic
 * embedders, documented on {@link ValuePrototype}) and a relevance model, a logistic map from relative similarity (the text's cosine to this prototype
 * minus its mean cosine to all prototypes of the space, so texts that sit close to every value do
 * not look relevant to each) to probability, fitted by Newton's method on the panel itself: the
 * value's records with |intensity| ≥ 2 are positives, every other value's records and the neutral
 * texts are negatives, classes weighted equally. Deterministic for a given panel, embedder,
 * catalogue and neutral texts.
 *
 * Relevance says *whether* a text is about a value, never *which way*: polarity and intensity come
 * from the ranking evaluator.
 *
 * @param options - Panel, embedder and optional catalogue, neutral texts and persistent cache;
 * see {@link ValueSpaceOptions}.
 * @returns The value space; `build` reports how many texts were embedded or read from the cache.
 * @throws InvalidArgumentError when the panel is empty, has one value and no neutral texts, a
 * neutral text is not a string, or `catalogueEvidenceWeight` is negative or not finite.
 * @throws UnknownTheoryError, UnknownValueError when a panel value is not in the catalogue.
 * @throws EmbeddingError when the embedder breaks its contract.
 * @throws AbortedError when `options.signal` fires.
 */
export async function createValueSpace(options: ValueSpaceOptions): Promise<ValueSpace> {
  const { panel, embedder, signal } = options;
  const catalogue = options.catalogue ?? defaultCatalogue;
  const neutralTexts = checkTexts(options.neutralTexts ?? [], 'neutralTexts');
  const minimumPositiveIntensity = options.minimumPositiveIntensity ?? 2;
  const evidenceWeight = checkEvidenceWeight(options.catalogueEvidenceWeight);
  const orderOf = catalogueOrder(catalogue);
  const groups = panel
    .values()
    .map((ref) => {
      const definition = catalogue.definition(ref);
      const canonical = { theory: definition.theory, value: definition.value };
      const evidence = evidenceWeight > 0 ? catalogueEvidenceTexts({ catalogue, ref: canonical }) : [];
      return { ref: canonical, records: panel.records(ref), evidence };
    })
    .filter((group) => group.records.length > 0)
    .sort((left, right) => orderOf(left.ref) - orderOf(right.ref));
  if (groups.length === 0) {
    throw new InvalidArgumentError({
      argument: 'panel',
      message: 'the panel has no records; expected at least one value with records.',
    });
  }
  throwIfAborted(signal, 'value space build');
  const texts = [
    ...groups.flatMap((group) => group.records.map((record) => record.text)),
    ...neutralTexts,
    ...groups.flatMap((group) => group.evidence),
  ];
  const { vectors, report } = await embedPanelTexts({
    embedder,
    texts,
    cache: options.cache,
    signal,
    onProgress: options.onProgress,
  });
  throwIfAborted(signal, 'value space build');
  const units = new Map<string, Float32Array>();
  for (const [hash, vector] of vectors) units.set(hash, normalised(vector));
  const unitOf = (text: string) => units.get(textHash(text))!;
  const values = buildValuePrototypes({
    groups: groups.map((group) => ({ ...group, evidence: group.evidence.map(unitOf) })),
    unitOf,
    neutral: neutralTexts.map(unitOf),
    minimumPositiveIntensity,
    evidenceWeight,
    dimensions: embedder.dimensions,
  });
  const present = new Set(values.map((entry) => `${entry.ref.theory}/${entry.ref.value}`));
  const missing = catalogue
    .values()
    .filter((definition) => !present.has(`${definition.theory}/${definition.value}`))
    .map((definition) => ({ theory: definition.theory, value: definition.value }));
  const rollUpIndex = indexRollUp({ catalogue, values: values.map((entry) => entry.ref) });
  const theories = [...new Set(values.map((entry) => entry.ref.theory))];

  const score = (vector: Float32Array): Array<ValueMatch & { theory: string }> => {
    const unit = normalised(vector);
    const similarities = values.map((entry) => dot(unit, entry.prototype));
    const relative = relativeSimilarities(similarities);
    return values.map((entry, index) => ({
      theory: entry.ref.theory,
      value: entry.ref.value,
      similarity: similarities[index],
      relevance: logistic(entry.relevanceModel, relative[index]),
    }));
  };
  const embedTexts = async (input: string[], operationSignal?: AbortSignal) => {
    throwIfAborted(operationSignal, 'value extraction');
    if (input.length === 0) return [];
    return checkEmbeddings({
      embedder,
      count: input.length,
      vectors: await embedder.embed(input, { signal: operationSignal }),
    });
  };
  const toExtraction = (vector: Float32Array, top: number): ValueExtraction => {
    const all = score(vector).sort(
      (left, right) => right.relevance - left.relevance || right.similarity - left.similarity,
    );
    const byTheory: Record<string, ValueMatch[]> = {};
    for (const theory of theories) {
      byTheory[theory] = all
        .filter((match) => match.theory === theory)
        .slice(0, top)
        .map(({ value, similarity, relevance }) => ({ value, similarity, relevance }));
    }
    return { theories: byTheory, all };
  };

  async function extract(text: string, extractOptions?: ExtractOptions): Promise<ValueExtraction>;
  async function extract(texts: readonly string[], extractOptions?: ExtractOptions): Promise<ValueExtraction[]>;
  async function extract(
    input: string | readonly string[],
    extractOptions: ExtractOptions = {},
  ): Promise<ValueExtraction | ValueExtraction[]> {
    const top = checkTop(extractOptions.top);
    const many = Array.isArray(input);
    const list = checkTexts(many ? (input as readonly unknown[]) : [input], many ? 'texts' : 'text');
    const embedded = await embedTexts(list, extractOptions.signal);
    const extractions = embedded.map((vector) => toExtraction(vector, top));
    return many ? extractions : extractions[0];
  }

  return {
    embedder: embedder.id,
    panel: panel.hash,
    values,
    missing,
    build: report,
    extract,
    // An arrow function so `profile({ relevance: space.relevance })` works without binding.
    relevance: async (text, relevanceOptions) => {
      const [vector] = await embedTexts(checkTexts([text], 'text'), relevanceOptions?.signal);
      return Object.fromEntries(score(vector).map((match) => [match.value, match.relevance]));
    },
    rollUp: (extraction) => rollUpRelevance({ index: rollUpIndex, extraction }),
    neighbours(ref, neighbourOptions = {}) {
      const top = checkTop(neighbourOptions.top);
      const definition = catalogue.definition(ref);
      const own = values.find(
        (entry) => entry.ref.theory === definition.theory && entry.ref.value === definition.value,
      );
      if (own === undefined) {
        throw new InvalidArgumentError({
          argument: 'ref',
          message: `${definition.theory}/${definition.value} has no records in the panel, so it has no prototype; expected one of ${values.map((entry) => entry.ref.value).join(', ')}.`,
        });
      }
      return values
        .filter((entry) => entry.ref.theory !== own.ref.theory)
        .map((entry): ValueNeighbour => ({ ...entry.ref, similarity: dot(own.prototype, entry.prototype) }))
        .sort((left, right) => right.similarity - left.similarity)
        .slice(0, top);
    },
  };
}
