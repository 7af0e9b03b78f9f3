import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EmbeddingError } from '../errors/embedding-error';
import type { PanelEmbeddingCache, PanelEmbeddingCacheEntry } from '../hives/panel-embedding-cache';

/** Written into every index so a future layout change is detected instead of misread. */
const format = 'valueflow-embeddings/1';

interface CacheIndex {
  format: string;
  embedder: string;
  dimensions: number;
  count: number;
  hashes: string[];
}

/** Entries kept per embedder (about 5 MB each for a 2,400-text panel at 512 dimensions). */
const maximumEntries = 8;

interface EntryPaths {
  index: string;
  vectors: string;
}

/** Entries in a folder, newest first; an absent folder has none. */
async function listEntries(folder: string): Promise<EntryPaths[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => {
        const index = join(folder, name);
        const modified = await stat(index).then(
          (info) => info.mtimeMs,
          () => 0,
        );
        return { index, vectors: index.replace(/\.json$/, '.f32'), modified };
      }),
  );
  return entries.sort((left, right) => right.modified - left.modified || (left.index < right.index ? -1 : 1));
}

async function readEntry(
  options: EntryPaths & { request: { embedder: string; dimensions: number } },
): Promise<PanelEmbeddingCacheEntry> {
  const { request } = options;
  let index: CacheIndex;
  let bytes: Buffer;
  try {
    [index, bytes] = await Promise.all([
      readFile(options.index, 'utf8').then((text) => JSON.parse(text) as CacheIndex),
      readFile(options.vectors),
    ]);
  } catch (error) {
    if (isNotFound(error)) return { status: 'missing' };
    if (error instanceof SyntaxError) return { status: 'unusable', reason: `${options.index}: ${error.message}` };
    throw new EmbeddingError({
      embedder: request.embedder,
      file: options.index,
      message: 'cannot read the cache entry.',
      cause: error,
    });
  }
  const problem = checkIndex(index, request, bytes.byteLength);
  if (problem !== undefined) return { status: 'unusable', reason: `${options.index}: ${problem}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vectors = new Map<string, Float32Array>();
  index.hashes.forEach((hash, row) => {
    const vector = new Float32Array(index.dimensions);
    for (let column = 0; column < index.dimensions; column += 1) {
      vector[column] = view.getFloat32((row * index.dimensions + column) * 4, true);
    }
    vectors.set(hash, vector);
  });
  return { status: 'found', vectors };
}

// Embedder ids such as `openai:text-embedding-3-small` or `http://host/hives` become safe folder names.
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_');

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

function checkIndex(
  index: CacheIndex,
  request: { embedder: string; dimensions: number },
  bytes: number,
): string | undefined {
  if (index.format !== format) return `index format ${JSON.stringify(index.format)}, expected ${format}`;
  if (index.embedder !== request.embedder) return `written by embedder ${index.embedder}`;
  if (index.dimensions !== request.dimensions) return `${index.dimensions} dimensions, expected ${request.dimensions}`;
  if (!Array.isArray(index.hashes) || index.hashes.length !== index.count) return 'index count and hashes disagree';
  const expected = index.count * index.dimensions * 4;
  if (bytes !== expected) return `vector file has ${bytes} bytes, expected ${expected} (interrupted write?)`;
  return undefined;
}

/**
 * A persistent panel-embedding cache on disk: for every panel, `<key>.f32` holds the vectors
 * (float32, little-endian, one row per text) and `<key>.json` the text-hash index, under
 * `<directory>/<embedder id>/`. Building a value space for the same panel again then embeds
 * nothing; for a changed panel, `read` falls back to the newest entry, so only new texts are
 * embedded. The 8 newest entries per embedder are kept. Files are written to a temporary name and renamed, so a crash never leaves a torn entry
 * that looks valid; an unusable entry is reported by `read` and replaced by the next `write`.
 *
 * @param directory - Root folder (default `~/.cache/valueflow/embeddings`); created on first write.
 * @returns The cache, to pass as `cache` to `createValueSpace`.
 * @throws EmbeddingError (from `write`) when the folder cannot be created or written; (from `read`)
 * when a file exists but cannot be read for a reason other than being absent.
 */
export function createFileEmbeddingCache(directory?: string): PanelEmbeddingCache {
  const root = directory ?? join(homedir(), '.cache', 'valueflow', 'embeddings');
  const pathsOf = (embedder: string, key: string) => {
    const folder = join(root, safeName(embedder));
    return { folder, vectors: join(folder, `${safeName(key)}.f32`), index: join(folder, `${safeName(key)}.json`) };
  };
  return {
    async read(request): Promise<PanelEmbeddingCacheEntry> {
      const paths = pathsOf(request.embedder, request.key);
      const exact = await readEntry({ ...paths, request });
      if (exact.status !== 'missing') return exact;
      // A panel that changed a little (a text added, a typo fixed) reuses the vectors of the latest
      // entry: the caller embeds only the texts it does not find.
      const latest = (await listEntries(paths.folder))[0];
      if (latest === undefined) return exact;
      const fallback = await readEntry({ ...latest, request });
      return fallback.status === 'found' ? fallback : exact;
    },
    async write(request) {
      const paths = pathsOf(request.embedder, request.key);
      const bytes = Buffer.alloc(request.vectors.length * request.dimensions * 4);
      request.vectors.forEach((vector, row) => {
        for (let column = 0; column < request.dimensions; column += 1) {
          bytes.writeFloatLE(vector[column], (row * request.dimensions + column) * 4);
        }
      });
      const index: CacheIndex = {
        format,
        embedder: request.embedder,
        dimensions: request.dimensions,
        count: request.hashes.length,
        hashes: request.hashes,
      };
      const suffix = `.${process.pid}.${Date.now()}.tmp`;
      try {
        await mkdir(paths.folder, { recursive: true });
        await writeFile(paths.vectors + suffix, bytes);
        await writeFile(paths.index + suffix, JSON.stringify(index));
        await rename(paths.vectors + suffix, paths.vectors);
        await rename(paths.index + suffix, paths.index);
        for (const old of (await listEntries(paths.folder)).slice(maximumEntries)) {
          await Promise.all([unlink(old.index), unlink(old.vectors)].map((removal) => removal.catch(() => undefined)));
        }
      } catch (error) {
        throw new EmbeddingError({
          embedder: request.embedder,
          file: paths.folder,
          message: 'cannot write the cache entry.',
          cause: error,
        });
      }
    },
  };
}
