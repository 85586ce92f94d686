/** The staged graph is not the one the seed wrote: a batch lost rows, or the staging area changed under it. */
export class SeedWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedWriteError';
  }
}
