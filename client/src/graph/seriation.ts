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
 * Splits a seriated order into camps: a new camp starts wherever two neighbours do not agree more
 * than they disagree (similarity at or below zero).
 */
export function splitIntoCamps(order: readonly string[], similarity: Similarity): string[][] {
  const camps: string[][] = [];
  order.forEach((item, index) => {
    const previous = order[index - 1];
    if (previous === undefined || similarity(previous, item) <= 0) camps.push([item]);
    else camps.at(-1)!.push(item);
  });
  return camps;
}
