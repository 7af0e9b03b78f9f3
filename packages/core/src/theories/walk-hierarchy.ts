import type { TheoryEntry } from './theory-entry';
import type { TheoryNode } from './types';

/**
 * Breadth-first walk from a node along parent or child edges, each node once, nearest first.
 * A DAG can reach a node along several routes; it is listed at its shortest distance.
 *
 * @param options.entry - The theory to walk.
 * @param options.start - Canonical id of the start node (not included in the result).
 * @param options.direction - `parents` walks up towards the root, `children` down towards leaves.
 * @returns The reached nodes, nearest first.
 */
export function walkHierarchy(options: {
  entry: TheoryEntry;
  start: string;
  direction: 'parents' | 'children';
}): TheoryNode[] {
  const visited = new Set<string>([options.start]);
  const result: TheoryNode[] = [];
  let frontier = [options.start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of options.entry.nodes.get(id)![options.direction]) {
        if (visited.has(neighbour)) continue;
        visited.add(neighbour);
        result.push(options.entry.nodes.get(neighbour)!);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return result;
}

/**
 * Every route from the root down to a node; a node below a two-parent value has several.
 *
 * @param options.entry - The theory to walk.
 * @param options.target - Canonical id of the node.
 * @returns Paths of nodes, each starting at the root and ending at the target.
 */
export function rootPaths(options: { entry: TheoryEntry; target: string }): TheoryNode[][] {
  const node = options.entry.nodes.get(options.target)!;
  if (node.parents.length === 0) return [[node]];
  return node.parents.flatMap((parent) =>
    rootPaths({ entry: options.entry, target: parent }).map((path) => [...path, node]),
  );
}
