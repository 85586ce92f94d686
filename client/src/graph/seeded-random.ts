/** A 32-bit hash of a string (FNV-1a): the same elements give the same seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Mulberry32: a small, fast generator of numbers in [0, 1) from a 32-bit seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `run` with `Math.random` drawing from a generator seeded by `seed`, then puts it back.
 * fCoSE randomises its start with `Math.random` and takes no seed; a synchronous layout run inside
 * this draws the same picture from the same data every time, which a shared link needs.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = createRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
