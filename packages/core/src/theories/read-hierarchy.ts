import { canonicalValueId } from './canonical-value-id';
import { findCycles } from './find-cycles';
import type { TheoryIssue } from './types';

/** A spec's hierarchy with canonical ids and both edge directions. */
export interface HierarchyGraph {
  root: string;
  /** Node id → child ids in spec order (nodes without children map to `[]`). */
  children: Map<string, string[]>;
  /** Node id → parent ids in the order first met. */
  parents: Map<string, string[]>;
  /** Every node, root first, then in pre-order from the root; unreachable nodes last. */
  order: string[];
}

function preOrder(root: string, children: ReadonlyMap<string, readonly string[]>): string[] {
  const visited = new Set<string>();
  const order: string[] = [];
  const visit = (node: string): void => {
    if (visited.has(node)) return;
    visited.add(node);
    order.push(node);
    for (const child of children.get(node) ?? []) visit(child);
  };
  visit(root);
  return order;
}

/**
 * Canonicalises a spec's root and hierarchy and checks its shape: duplicate ids, empty ids, a
 * root with parents, cycles (each named) and nodes the root cannot reach.
 *
 * @param options.root - The spec's root id, any spelling.
 * @param options.hierarchy - The spec's parent → children record.
 * @param options.issues - Collects problems; the graph is returned even when there are some.
 * @returns The canonical graph.
 */
export function readHierarchy(options: {
  root: string;
  hierarchy: Record<string, string[]>;
  issues: TheoryIssue[];
}): HierarchyGraph {
  const { issues } = options;
  const root = canonicalValueId(String(options.root ?? ''));
  if (root === '') issues.push({ path: 'root', message: 'the root id is empty; expected a node id' });
  const children = new Map<string, string[]>([[root, []]]);
  const parents = new Map<string, string[]>([[root, []]]);
  const spelledAs = new Map<string, string>();
  const ensure = (id: string): void => {
    if (!children.has(id)) children.set(id, []);
    if (!parents.has(id)) parents.set(id, []);
  };

  for (const [rawParent, rawChildren] of Object.entries(options.hierarchy ?? {})) {
    const parent = canonicalValueId(rawParent);
    const path = `hierarchy.${rawParent}`;
    if (parent === '') {
      issues.push({ path, message: 'empty node id; expected letters or digits' });
      continue;
    }
    const earlier = spelledAs.get(parent);
    if (earlier !== undefined) {
      issues.push({
        path,
        message: `duplicate node id "${parent}" (also a key as "${earlier}"); list its children once`,
      });
      continue;
    }
    spelledAs.set(parent, rawParent);
    if (!Array.isArray(rawChildren)) {
      issues.push({ path, message: 'expected an array of child ids' });
      continue;
    }
    ensure(parent);
    rawChildren.forEach((rawChild, index) => {
      const child = canonicalValueId(String(rawChild));
      const childPath = `${path}[${index}]`;
      if (child === '') {
        issues.push({ path: childPath, message: 'empty node id; expected letters or digits' });
      } else if (children.get(parent)!.includes(child)) {
        issues.push({
          path: childPath,
          message: `duplicate node id "${child}" under "${parent}"; list each child once`,
        });
      } else {
        ensure(child);
        children.get(parent)!.push(child);
        parents.get(child)!.push(parent);
      }
    });
  }

  if (root !== '' && parents.get(root)!.length > 0) {
    issues.push({
      path: 'root',
      message: `the root "${root}" is listed as a child of ${parents
        .get(root)!
        .map((id) => `"${id}"`)
        .join(', ')}; the root must have no parent`,
    });
  }
  for (const cycle of findCycles(children)) {
    issues.push({ path: 'hierarchy', message: `cycle ${cycle.join(' → ')}; the hierarchy must be acyclic` });
  }
  const order = preOrder(root, children);
  const reachable = new Set(order);
  const unreachable = [...children.keys()].filter((id) => !reachable.has(id));
  for (const id of unreachable) {
    issues.push({ path: `hierarchy.${id}`, message: `node "${id}" is not reachable from the root "${root}"` });
  }
  return { root, children, parents, order: [...order, ...unreachable] };
}
