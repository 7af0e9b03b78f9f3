import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createProjectionHead, type ProjectionHead, type ProjectionHeadKind } from './projection-head';

/** Written into every file so a future layout change is detected instead of misread. */
export const projectionHeadFormat = 'valueflow-projection-head/1';

/**
 * A projection head as stored on disk or shipped in a package: JSON with the layout, the base
 * embedder it was trained on, free-form provenance, and the weights as base64 of little-endian
 * float32 (row-major; see `ProjectionHead.weights`).
 */
export interface ProjectionHeadFile {
  format: typeof projectionHeadFormat;
  /** The head's id; checked against the weights on load. */
  id: string;
  /** Id of the embedder whose vectors the head expects, e.g. `use-lite-512`. */
  baseEmbedder: string;
  inputDimensions: number;
  outputDimensions: number;
  kind: ProjectionHeadKind;
  /** How the head was made: data, split, hyperparameters, command; JSON-serialisable. */
  provenance: Record<string, unknown>;
  weights: string;
}

/**
 * Packs a head for storage. Platform-neutral (uses `btoa`).
 *
 * @param options.head - The trained head.
 * @param options.baseEmbedder - Id of the embedder it was trained on.
 * @param options.provenance - What reproduces it (data hash, split, hyperparameters, command).
 * @returns A JSON-serialisable object.
 */
export function encodeProjectionHead(options: {
  head: ProjectionHead;
  baseEmbedder: string;
  provenance?: Record<string, unknown>;
}): ProjectionHeadFile {
  const { head } = options;
  const bytes = new Uint8Array(head.weights.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < head.weights.length; index += 1) view.setFloat32(index * 4, head.weights[index], true);
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on large heads.
  for (let start = 0; start < bytes.length; start += 8192) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return {
    format: projectionHeadFormat,
    id: head.id,
    baseEmbedder: options.baseEmbedder,
    inputDimensions: head.inputDimensions,
    outputDimensions: head.outputDimensions,
    kind: head.kind,
    provenance: options.provenance ?? {},
    weights: btoa(binary),
  };
}

/**
 * Unpacks a head written by {@link encodeProjectionHead} and checks that it is intact: the format
 * is known and the id recomputed from the weights matches the stored one.
 *
 * @param file - The parsed JSON.
 * @returns The head and the stored metadata.
 * @throws InvalidArgumentError naming the field that is missing, malformed or inconsistent.
 */
export function decodeProjectionHead(file: unknown): { head: ProjectionHead; file: ProjectionHeadFile } {
  const stored = file as Partial<ProjectionHeadFile> | null;
  const fail = (field: string, message: string): never => {
    throw new InvalidArgumentError({ argument: `head file field "${field}"`, message });
  };
  if (typeof stored !== 'object' || stored === null) return fail('(root)', 'expected a JSON object.');
  if (stored.format !== projectionHeadFormat) {
    fail('format', `expected ${projectionHeadFormat}, got ${JSON.stringify(stored.format)}.`);
  }
  if (typeof stored.weights !== 'string') fail('weights', 'expected a base64 string.');
  if (typeof stored.baseEmbedder !== 'string') fail('baseEmbedder', 'expected an embedder id.');
  let binary: string;
  try {
    binary = atob(stored.weights as string);
  } catch {
    return fail('weights', 'is not valid base64.');
  }
  if (binary.length % 4 !== 0) fail('weights', `expected whole float32 values, got ${binary.length} bytes.`);
  const view = new DataView(Uint8Array.from(binary, (character) => character.charCodeAt(0)).buffer);
  const weights = new Float32Array(binary.length / 4);
  for (let index = 0; index < weights.length; index += 1) weights[index] = view.getFloat32(index * 4, true);
  const head = createProjectionHead({
    weights,
    inputDimensions: stored.inputDimensions as number,
    outputDimensions: stored.outputDimensions as number,
    kind: stored.kind,
  });
  if (head.id !== stored.id) {
    fail(
      'id',
      `the weights hash to ${head.id} but the file says ${JSON.stringify(stored.id)}; the file is corrupt or was edited.`,
    );
  }
  return { head, file: stored as ProjectionHeadFile };
}
