/**
 * Connected components of the comparison graph: two items are linked when some ranking holds both.
 *
 * Utilities from different components are not comparable (only the prior ties them together), so the
 * fit reports them instead of hiding the problem.
 *
 * @param options.items - number of items.
 * @param options.rankings - validated rankings (item indices).
 * @returns components of ranked items, each ascending, ordered by their smallest item.
 */
export function comparisonComponents(options: { items: number; rankings: readonly number[][] }): number[][] {
  const parent = Array.from({ length: options.items }, (_, item) => item);
  const root = (item: number): number => {
    let current = item;
    while (parent[current] !== current) {
      parent[current] = parent[parent[current]];
      current = parent[current];
    }
    return current;
  };
  const ranked = new Array<boolean>(options.items).fill(false);
  for (const ranking of options.rankings) {
    for (const item of ranking) {
      ranked[item] = true;
      const left = root(ranking[0]);
      const right = root(item);
      if (left !== right) parent[Math.max(left, right)] = Math.min(left, right);
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let item = 0; item < options.items; item += 1) {
    if (!ranked[item]) continue;
    const key = root(item);
    const members = byRoot.get(key) ?? [];
    members.push(item);
    byRoot.set(key, members);
  }
  return [...byRoot.values()].sort((left, right) => left[0] - right[0]);
}
