import { main } from '../main';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

interface ValuesJson {
  theories: {
    id: string;
    name: string;
    values: {
      id: string;
      name: string;
      parents: string[];
      children: string[];
      definition: string;
      midLevel: boolean;
    }[];
  }[];
}

describe('registerValues', () => {
  it('should print every theory as JSON with every node in hierarchy order', async () => {
    const result = await runCli(['values', '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as ValuesJson;
    expect(Object.keys(parsed)).toEqual(['theories']);
    expect(parsed.theories.map((theory) => theory.id)).toEqual(['pvq', 'mft', 'duty', 'right']);
    expect(parsed.theories.map((theory) => theory.values.length)).toEqual([32, 33, 8, 41]);
    expect(parsed.theories.flatMap((theory) => theory.values).filter((value) => value.midLevel)).toHaveLength(32);
    for (const theory of parsed.theories) {
      expect(Object.keys(theory)).toEqual(['id', 'name', 'values']);
      expect(theory.values[0].parents).toEqual([]);
      for (const value of theory.values) {
        expect(Object.keys(value)).toEqual(['id', 'name', 'parents', 'children', 'definition', 'midLevel']);
      }
    }
    const hedonism = parsed.theories[0].values.find((value) => value.id === 'hedonism');
    expect(hedonism?.parents).toEqual(['openness-to-change', 'self-enhancement']);
  });

  it.each([
    ['ross', 'duty', 8],
    ['rights', 'right', 41],
    ['Schwartz', 'pvq', 32],
  ])('should limit the output to --theory %s', async (alias, id, count) => {
    const result = await runCli(['values', '--theory', alias, '--json']);
    const parsed = JSON.parse(result.stdout) as ValuesJson;
    expect(parsed.theories.map((theory) => theory.id)).toEqual([id]);
    expect(parsed.theories[0].values).toHaveLength(count);
  });

  it('should print an indented tree with mid-level values marked', async () => {
    const result = await runCli(['values', '--theory', 'duty']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "duty  Ross's prima facie duties (7 mid-level duties; also ross)",
        'ross-duties',
        '├── * fidelity',
        '├── * reparation',
        '├── * gratitude',
        '├── * justice',
        '├── * beneficence',
        '├── * self-improvement',
        '└── * non-maleficence',
        '',
      ].join('\n'),
    );
  });

  it('should nest deeper levels and show two-parent values under both parents', async () => {
    const result = await runCli(['values', '--theory', 'pvq']);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('│   │   │   └── benevolence:caring');
    expect(lines.filter((line) => line.endsWith('* hedonism'))).toHaveLength(2);
    expect(lines).toContain('└── self-protection');
  });

  it('should print definitions with --definitions', async () => {
    const result = await runCli(['values', '-t', 'mft', '-d']);
    expect(result.stdout).toMatch(/├── \* care-harm: Concern for the suffering of others/);
  });

  it('should bold mid-level values on a terminal', async () => {
    let stdout = '';
    const io = {
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: true },
      stderr: { write: () => true, isTTY: true },
      env: {},
      cwd: process.cwd(),
    };
    expect(await main(['values', '--theory', 'duty'], io)).toBe(0);
    expect(stdout).toContain('\u001b[1m* fidelity\u001b[22m');
  });

  it('should exit 1 and name the known theories for an unknown --theory', async () => {
    const result = await runCli(['values', '--theory', 'kant']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('valueflow: Unknown theory "kant". Known theories: pvq, mft, duty, right.\n');
  });

  it('should explain itself with an example in --help', async () => {
    const result = await runCli(['values', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: valueflow values [options]');
    expect(result.stdout).toContain('$ valueflow values --theory mft -d');
  });
});
