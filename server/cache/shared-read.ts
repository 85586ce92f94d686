/**
 * Shares one read among the callers that ask before it is sent, and only them: every caller gets
 * a read that started after it asked, so it sees every write committed before it asked. Requests
 * that arrive together (at concurrency 32, a few per turn of the event loop) then cost one round
 * trip between them instead of one each.
 */
export function shareRead<T>(read: () => Promise<T>): () => Promise<T> {
  let next: Promise<T> | undefined;
  return () => {
    if (!next) {
      next = new Promise<T>((resolve, reject) => {
        // Sent after this turn's I/O callbacks, so requests parsed in the same turn join it.
        setImmediate(() => {
          next = undefined;
          read().then(resolve, reject);
        });
      });
    }
    return next;
  };
}
