/** A symmetric similarity between two items, higher is more alike. */
export type Similarity = (a: string, b: string) => number;

/**
 * Orders items so that alike ones sit side by side (seriation by greedy nearest neighbour): start
 * from the item most alike to the others, then repeatedly take the unplaced item most alike to
 * the last placed. Ties break by the given order, so the result is deterministic.
 */
export function seriate(items: readonly string[], similarity: Similarity): string[] {
  if (items.length <= 2) return [...items];
  const total = (a: string) => items.reduce((sum, b) => (a === b ? sum : sum + similarity(a, b)), 0);
  let current = items.reduce((best, item) => (total(item) > total(best) ? item : best), items[0]!);
  const order = [current];
  const left = new Set(items.filter((item) => item !== current));
  while (left.size > 0) {
    let next: string | undefined;
    let bestScore = -Infinity;
    for (const item of left) {
      const score = similarity(current, item);
      if (score > bestScore) [next, bestScore] = [item, score];
    }
    order.push(next!);
    left.delete(next!);
    current = next!;
  }
  return order;
}

/**
 * Groups items into camps by average-linkage clustering: starting from one camp per item, the two
 * camps whose members agree most on average are merged, as long as they agree more than they
 * disagree. Two actors who clash never share a camp because a third agrees with both.
 */
export function splitIntoCamps(items: readonly string[], similarity: Similarity): string[][] {
  const camps = items.map((item) => [item]);
  const average = (a: string[], b: string[]) =>
    a.reduce((sum, x) => sum + b.reduce((inner, y) => inner + similarity(x, y), 0), 0) / (a.length * b.length);
  for (;;) {
    let best: [number, number] | undefined;
    let bestScore = 0;
    for (let i = 0; i < camps.length; i++)
      for (let j = i + 1; j < camps.length; j++) {
        const score = average(camps[i]!, camps[j]!);
        if (score > bestScore) [best, bestScore] = [[i, j], score];
      }
    if (!best) return camps;
    const [i, j] = best;
    camps[i] = [...camps[i]!, ...camps[j]!];
    camps.splice(j, 1);
  }
}
