/**
 * Finds the cycles of a directed graph, so theory validation can name each one instead of just
 * saying "not a DAG". Each cycle is reported once, as the node path that closes on itself.
 *
 * @param children - Node id → child ids.
 * @returns Cycles such as `['a', 'b', 'a']`, in discovery order.
 */
export function findCycles(children: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const visit = (node: string): void => {
    state.set(node, 'active');
    stack.push(node);
    for (const child of children.get(node) ?? []) {
      const childState = state.get(child);
      if (childState === 'active') {
        const cycle = [...stack.slice(stack.indexOf(child)), child];
        // The same cycle can be entered from any of its nodes; key it by its sorted members.
        const key = [...new Set(cycle)].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (childState === undefined) {
        visit(child);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of children.keys()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}
