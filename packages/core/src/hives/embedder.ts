/** Turns texts into fixed-size vectors. Implementations must be deterministic for a given id. */
export interface Embedder {
  /** Stable identifier, part of every cache key. */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
