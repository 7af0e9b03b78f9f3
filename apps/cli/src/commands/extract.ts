import { writeFile } from 'node:fs/promises';
import { createValueSpace } from '@valueflow/core';
import type { Command } from 'commander';
import { type CliIo, CliError, writeJson } from '../io';
import { createProgress } from '../progress';
import { readTextItems } from '../input/read-text-items';
import { extractionJson, extractionTable } from './extract-output';
import { defaultExtractSources, type ExtractSources } from './extract-sources';
import { resolvePath } from './vidb-shared';

const help = `
Finds which values a text is about: per theory, the values whose reference texts it resembles,
with cosine similarity and a relevance probability, most relevant first. Relevance says whether a
text touches a value, not which way: use \`valueflow evaluate\` for support or opposition.

Runs offline with the Universal Sentence Encoder lite. The first run embeds the reference panel
(about a minute on two cores) and caches it in ~/.cache/valueflow/embeddings (or
$VALUEFLOW_CACHE_DIR); later runs start in about a second.

Input lines for --in: {"id","text"}. Output lines:
  {"id","theories":{"pvq":[{"value","similarity","relevance"}…],"mft":[…],"duty":[…],"right":[…]}}

Examples:
  $ valueflow extract --text "I drove my neighbour to her chemo appointments every week."
  $ valueflow extract --in replies.jsonl --out values.jsonl --top 5
`;

interface ExtractCommandOptions {
  text?: string;
  in?: string;
  out?: string;
  top?: string;
  panel?: string;
  cache: boolean;
  json?: boolean;
}

/** Texts per embedder call for --in: batched for speed, small enough for steady progress. */
const batchSize = 64;

function parseTop(raw: string | undefined): number {
  if (raw === undefined) return 3;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw new CliError(`--top must be a positive integer, got "${raw}"`, 2);
  return top;
}

/**
 * `valueflow extract`: top values per theory for one text or a JSONL batch.
 *
 * @param sources - Embedder, cache and panel; tests pass mocks, the binary the defaults.
 */
export function registerExtract(program: Command, io: CliIo, sources: ExtractSources = defaultExtractSources): void {
  program
    .command('extract')
    .description('Find the values a text touches: top values per theory with similarity and relevance.')
    .option('--text <text>', 'the text to analyse')
    .option('--in <file>', 'JSONL input, one {"id","text"} per line')
    .option('--out <file>', 'JSONL output for --in (default: stdout)')
    .option('--top <n>', 'values per theory (default 3)')
    .option('--panel <file>', 'reference panel file (default: the seed panel)')
    .option('--no-cache', 'do not read or write the on-disk embedding cache')
    .option('--json', 'print the JSON line for --text instead of tables')
    .addHelpText('after', help)
    .action(async (options: ExtractCommandOptions) => {
      if ((options.text === undefined) === (options.in === undefined)) {
        throw new CliError('give exactly one of --text T or --in FILE', 2);
      }
      if (options.text !== undefined && options.text.trim() === '') throw new CliError('--text must not be empty', 2);
      const top = parseTop(options.top);
      const input = options.in === undefined ? undefined : await readTextItems(resolvePath(io, options.in));
      const { panel, neutralTexts } = await sources.loadPanel(io, options.panel);
      let building: ReturnType<typeof createProgress> | undefined;
      let embedded = 0;
      const space = await createValueSpace({
        panel,
        embedder: sources.createEmbedder(),
        neutralTexts,
        cache: options.cache ? sources.createCache(io) : undefined,
        onProgress: ({ done, total }) => {
          if (building === undefined) {
            io.stderr.write(`extract: embedding ${total} reference texts (cached for next time)\n`);
            building = createProgress(io, { total, label: 'panel' });
          }
          for (; embedded < done; embedded += 1) building.increment();
        },
      });
      building?.stop();
      if (space.build.cacheIssue) io.stderr.write(`extract: rebuilt the embedding cache (${space.build.cacheIssue})\n`);

      if (options.text !== undefined) {
        const extraction = await space.extract(options.text, { top });
        if (options.json) writeJson(io, { theories: extractionJson(extraction) });
        else io.stdout.write(extractionTable(extraction));
        return;
      }

      const { items, failures } = input!;
      const lines: string[] = [];
      const progress = createProgress(io, { total: items.length, label: 'extract' });
      for (let start = 0; start < items.length; start += batchSize) {
        const batch = items.slice(start, start + batchSize);
        const extractions = await space.extract(
          batch.map((item) => item.text),
          { top },
        );
        batch.forEach((item, index) => {
          lines.push(`${JSON.stringify({ id: item.id, theories: extractionJson(extractions[index]) })}\n`);
          progress.increment();
        });
      }
      progress.stop();
      if (options.out) await writeFile(resolvePath(io, options.out), lines.join(''));
      else io.stdout.write(lines.join(''));
      io.stderr.write(`extract: ${items.length} texts, ${failures.length} failed\n`);
      for (const failure of failures) io.stderr.write(`  ${failure}\n`);
      if (failures.length > 0) throw new CliError(`${failures.length} input line(s) failed (listed above)`);
    });
}
