import { createRequire } from 'node:module';
import path from 'node:path';

interface Chunker {
  putUInt8(position: number, value: number): void;
  messageBoundary(): void;
  flush(): void;
}

interface ChunkingModule {
  Chunker: new (channel: { write(buffer: unknown): void }) => Chunker;
}

/**
 * How many socket writes the Neo4j driver installed under `root` makes for one message of `bytes`
 * bytes: its chunker hands the channel one buffer each time its buffer fills, and the Node
 * channel writes each to the socket. 1,400 bytes per buffer unpatched, 16 KiB patched.
 */
export function socketWritesForMessage(root: string, bytes: number): number {
  const require = createRequire(path.join(root, 'node_modules', 'neo4j-driver', 'package.json'));
  const { Chunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as ChunkingModule;
  let writes = 0;
  const chunker = new Chunker({ write: () => (writes += 1) });
  for (let byte = 0; byte < bytes; byte += 1) chunker.putUInt8(0, byte % 256);
  chunker.messageBoundary();
  chunker.flush();
  return writes;
}
