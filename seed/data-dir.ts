import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The curated dataset shipped with the project. */
export const DEFAULT_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
