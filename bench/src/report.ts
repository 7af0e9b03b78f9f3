/** One measured target: `met` says whether `value` satisfies `target`. */
export interface BenchTarget {
  name: string;
  value: number | null;
  target: string;
  met: boolean;
}

export interface BenchReport {
  bench: string;
  results: Record<string, unknown>;
  targets: BenchTarget[];
  skipped?: string;
}

/** Prints the report: one JSON object with `--json`, a readable summary otherwise. */
export function printReport(report: BenchReport, argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  process.stdout.write(`bench ${report.bench}\n`);
  if (report.skipped) process.stdout.write(`  skipped: ${report.skipped}\n`);
  for (const [key, value] of Object.entries(report.results)) {
    process.stdout.write(`  ${key}: ${JSON.stringify(value)}\n`);
  }
  for (const target of report.targets) {
    process.stdout.write(
      `  [${target.met ? 'met' : 'MISSED'}] ${target.name}: ${target.value} (target ${target.target})\n`,
    );
  }
}

/** `target` helper: compares `value` with `limit` using `op` and formats the target text. */
export function target(name: string, value: number | null, op: '<=' | '>=', limit: number): BenchTarget {
  const met = value !== null && Number.isFinite(value) && (op === '<=' ? value <= limit : value >= limit);
  return { name, value, target: `${op} ${limit}`, met };
}
