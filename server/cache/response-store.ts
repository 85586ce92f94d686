import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** The store's size when no setting says otherwise (RESPONSE_CACHE_MB). */
export const DEFAULT_RESPONSE_CACHE_MB = 64;

/** One cached answer: the serialised response, and the graph revision it was read at or after. */
export interface StoredResponse {
  revision: string;
  body: string;
}

export interface ResponseStoreOptions {
  /** Bytes the store may hold, keys and bodies counted; 0 keeps nothing. */
  maxBytes: number;
  /** The largest share of the store one answer may take, so one huge answer cannot flush the rest. */
  maxEntryShare?: number;
}

/** Counters since the store was created, for the benchmark and the tests. */
export interface ResponseStoreStats {
  hits: number;
  misses: number;
  /** Queries asked for the first time, answered as without a cache. */
  firstAsks: number;
  entries: number;
  bytes: number;
}

// V8 keeps a string in one byte a character when it can and two otherwise; counting two is the
// bound. The fixed part covers the entry object, the map slot and the LRU's bookkeeping.
const BYTES_PER_CHARACTER = 2;
const ENTRY_OVERHEAD_BYTES = 200;

/**
 * Keys remembered as asked once, per byte of the store: one for each KiB, so a 64 MB store
 * remembers 65,536 keys (about 13 MB more: a 27-character digest and the LRU's bookkeeping each).
 */
const SIGHTINGS_PER_BYTE = 1 / 1024;

/** The memory an entry is counted at. */
export function measureEntry(key: string, entry: StoredResponse): number {
  return BYTES_PER_CHARACTER * (key.length + entry.body.length + entry.revision.length) + ENTRY_OVERHEAD_BYTES;
}

/**
 * A least-recently-used store of serialised answers, bounded in bytes rather than entries, so a
 * flood of distinct queries evicts old answers instead of growing the process.
 */
export class ResponseStore {
  readonly maxBytes: number;
  private readonly lru: LRUCache<string, StoredResponse> | undefined;
  /** Digests of keys asked once; a key is cached from its second ask. */
  private readonly sightings: LRUCache<string, true> | undefined;
  private hits = 0;
  private misses = 0;
  private firstAsks = 0;

  constructor({ maxBytes, maxEntryShare = 0.25 }: ResponseStoreOptions) {
    this.maxBytes = maxBytes;
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, StoredResponse>({
            maxSize: maxBytes,
            maxEntrySize: Math.max(1, Math.floor(maxBytes * maxEntryShare)),
            sizeCalculation: (entry, key) => measureEntry(key, entry),
          })
        : undefined;
    const maxSightings = Math.floor(maxBytes * SIGHTINGS_PER_BYTE);
    this.sightings = maxSightings > 0 ? new LRUCache<string, true>({ max: maxSightings }) : undefined;
  }

  /**
   * True when `key` was asked before, so its answer is worth the revision read and a place in the
   * store; records this ask either way. A query asked once (a first visit, a flood of distinct
   * queries) then costs exactly what it costs without a cache, and never takes room in the store.
   */
  admit(key: string): boolean {
    const digest = createHash('sha1').update(key).digest('base64url');
    if (this.sightings?.get(digest)) return true;
    this.sightings?.set(digest, true);
    this.firstAsks += 1;
    return false;
  }

  /** The answer stored for `key` if it was read at `revision`; a stored answer of another revision is dropped. */
  get(key: string, revision: string): StoredResponse | undefined {
    const entry = this.lru?.get(key);
    if (entry?.revision === revision) {
      this.hits += 1;
      return entry;
    }
    if (entry) this.lru?.delete(key);
    this.misses += 1;
    return undefined;
  }

  /** Keeps an answer; one too large for the store is not kept. */
  set(key: string, entry: StoredResponse): void {
    this.lru?.set(key, entry);
  }

  stats(): ResponseStoreStats {
    return {
      hits: this.hits,
      misses: this.misses,
      firstAsks: this.firstAsks,
      entries: this.lru?.size ?? 0,
      bytes: this.lru?.calculatedSize ?? 0,
    };
  }
}
