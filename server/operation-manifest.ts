import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The web client's operations by id (`client/src/api/document-id.ts`): what a trusted-documents server runs. */
export type OperationManifest = Readonly<Record<string, string>>;

/** The manifest's name in a client build: written by the client's build, read by the server. */
export const MANIFEST_FILE = 'persisted-operations.json';

/** Reads the manifest of a client build; empty when the build has none (or there is no build). */
export function readManifest(clientDir: string): OperationManifest {
  const file = path.join(clientDir, MANIFEST_FILE);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as OperationManifest;
}
