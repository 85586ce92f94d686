import { hashDataFiles } from '../incremental/data-files.js';

/**
 * A short hash of the data files' and the articles' names and contents: the version of the dataset
 * a database holds.
 */
export async function computeDatasetVersion(dataDir: string): Promise<string> {
  return (await hashDataFiles(dataDir)).version;
}
