import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The id a persisted operation is known by: the SHA-256 of its text, in hex, as
 * `extensions.persistedQuery.sha256Hash` carries it. The build's manifest and the client both
 * compute it here; hashed synchronously, so it also works on pages served over plain HTTP, where
 * browsers withhold `crypto.subtle`.
 */
export function toDocumentId(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
