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

/** A module of the driver installed under `root`, by its path in neo4j-driver-bolt-connection. */
function requireDriverModule<T>(root: string, modulePath: string): T {
  const require = createRequire(path.join(root, 'node_modules', 'neo4j-driver', 'package.json'));
  return require(`neo4j-driver-bolt-connection/lib/${modulePath}`) as T;
}

/**
 * How many socket writes the Neo4j driver installed under `root` makes for one message of `bytes`
 * bytes: its chunker hands the channel one buffer each time its buffer fills, and the Node
 * channel writes each to the socket. 1,400 bytes per buffer unpatched, 16 KiB patched.
 */
export function socketWritesForMessage(root: string, bytes: number): number {
  const { Chunker } = requireDriverModule<ChunkingModule>(root, 'channel/chunking.js');
  let writes = 0;
  const chunker = new Chunker({ write: () => (writes += 1) });
  for (let byte = 0; byte < bytes; byte += 1) chunker.putUInt8(0, byte % 256);
  chunker.messageBoundary();
  chunker.flush();
  return writes;
}

interface Packer {
  packable(value: unknown): () => void;
}

interface PackstreamModule {
  Packer: new (channel: Chunker) => Packer;
}

interface Utf8 {
  encode(text: string): unknown;
}

/**
 * What the Neo4j driver installed under `root` sends for one list of strings: the message's bytes
 * with the chunk headers taken out, and how many of the strings went through the driver's own
 * UTF-8 encoder (a Buffer per string) rather than straight into its output buffer.
 */
export function packStringList(root: string, strings: readonly string[]): { message: Buffer; encoded: number } {
  const { Chunker } = requireDriverModule<ChunkingModule>(root, 'channel/chunking.js');
  const { Packer } = requireDriverModule<PackstreamModule>(root, 'packstream/packstream-v1.js');
  const { utf8 } = requireDriverModule<{ utf8: Utf8 }>(root, 'channel/index.js');
  const writes: Buffer[] = [];
  const chunker = new Chunker({ write: (buffer) => writes.push(Buffer.from((buffer as { _buffer: Buffer })._buffer)) });
  const encode = utf8.encode;
  let encoded = 0;
  utf8.encode = (text) => {
    encoded += 1;
    return encode(text);
  };
  try {
    new Packer(chunker).packable(strings)();
  } finally {
    utf8.encode = encode;
  }
  chunker.messageBoundary();
  chunker.flush();
  return { message: dechunk(Buffer.concat(writes)), encoded };
}

/** A message's bytes from its chunks: each a two-byte size then that many bytes, up to a size of zero. */
function dechunk(stream: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const size = stream.readUInt16BE(offset);
    offset += 2;
    if (size === 0) return Buffer.concat(parts);
    parts.push(stream.subarray(offset, offset + size));
    offset += size;
  }
}
