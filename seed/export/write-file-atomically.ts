import { open, rename, rm } from 'node:fs/promises';

/**
 * Writes a file chunk by chunk into a temporary file beside it, then renames it into place, so a
 * reader (or a seed) never finds half a file, and an export that fails leaves the old one.
 */
export async function writeFileAtomically(
  file: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    for await (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
}
