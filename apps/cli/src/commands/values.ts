import { defaultCatalogue, type Theory, UnknownTheoryError } from '@valueflow/core';
import type { Command } from 'commander';
import { createColours } from '../colours';
import { type CliIo, CliError, writeJson } from '../io';

interface ValuesCommandOptions {
  theory?: string;
  json?: boolean;
  definitions?: boolean;
}

const examples = `
Mid-level values (marked *) are the 32 units that valueflow evaluates and steers; pass them by
id or any spelling (care/harm, care_harm and Care-Harm are the same value).

Examples:
  $ valueflow values                     every theory as a tree
  $ valueflow values --theory mft -d     Moral Foundations with definitions
  $ valueflow values --theory ross --json | jq '.theories[0].values[].id'
`;

// Theory value labels are singular nouns (value, foundation, duty, right).
function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

function selectTheories(theory: string | undefined): Theory[] {
  if (theory === undefined) return defaultCatalogue.theories();
  try {
    return [defaultCatalogue.theory(theory)];
  } catch (error) {
    if (error instanceof UnknownTheoryError) throw new CliError(error.message);
    throw error;
  }
}

function toJson(theories: Theory[]) {
  return {
    theories: theories.map((theory) => ({
      id: theory.id,
      name: theory.name,
      values: theory.nodes.map((node) => ({
        id: node.id,
        name: node.name,
        parents: node.parents,
        children: node.children,
        definition: node.definition,
        midLevel: node.midLevel,
      })),
    })),
  };
}

/**
 * Renders one theory as an indented tree. A node with two parents (a Schwartz boundary value)
 * is printed under both; its subtree is expanded only the first time.
 */
function renderTree(options: { theory: Theory; definitions: boolean; bold: (text: string) => string }): string {
  const { theory } = options;
  const nodes = new Map(theory.nodes.map((node) => [node.id, node]));
  const expanded = new Set<string>();
  const lines: string[] = [];
  const aliases = theory.aliases.length > 0 ? `; also ${theory.aliases.join(', ')}` : '';
  lines.push(
    `${options.bold(theory.id)}  ${theory.name} (${theory.midLevel.length} mid-level ${plural(theory.valueLabel)}${aliases})`,
  );
  const visit = (id: string, prefix: string, branch: string): void => {
    const node = nodes.get(id)!;
    const label = node.midLevel ? options.bold(`* ${node.id}`) : node.id;
    const definition = options.definitions ? `: ${node.definition}` : '';
    const repeated = expanded.has(id) && node.children.length > 0 ? ' (see above)' : '';
    lines.push(`${prefix}${branch}${label}${repeated}${definition}`);
    if (expanded.has(id)) return;
    expanded.add(id);
    const childPrefix = prefix + (branch === '' ? '' : branch === '└── ' ? '    ' : '│   ');
    node.children.forEach((child, index) => {
      visit(child, childPrefix, index === node.children.length - 1 ? '└── ' : '├── ');
    });
  };
  visit(theory.root, '', '');
  return lines.join('\n');
}

/** `valueflow values`: the value catalogue as trees for people or as JSON for scripts. */
export function registerValues(program: Command, io: CliIo): void {
  program
    .command('values')
    .description('List the value theories and their hierarchies; * marks the mid-level values.')
    .option('-t, --theory <theory>', 'only this theory (pvq, mft, duty, right, or an alias such as svt, ross, rights)')
    .option('-d, --definitions', 'print each node with its definition')
    .option('--json', 'print JSON: every node of each theory with its parents, children and definition')
    .addHelpText('after', examples)
    .action((options: ValuesCommandOptions) => {
      const theories = selectTheories(options.theory);
      if (options.json) {
        writeJson(io, toJson(theories));
        return;
      }
      const colours = createColours(io);
      const trees = theories.map((theory) =>
        renderTree({ theory, definitions: options.definitions === true, bold: colours.bold }),
      );
      io.stdout.write(`${trees.join('\n\n')}\n`);
    });
}
