import type { Server } from 'node:http';

/**
 * Stops an HTTP server gracefully: it accepts no new connection, idle keep-alive connections close,
 * and requests in flight may finish for up to `timeoutMs`, after which their connections are cut.
 * Resolves with how it ended.
 */
export async function closeGracefully(
  server: Server,
  { timeoutMs }: { timeoutMs: number },
): Promise<'drained' | 'cut'> {
  let outcome: 'drained' | 'cut' = 'drained';
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection between requests would otherwise hold the server open until it times out.
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    outcome = 'cut';
    server.closeAllConnections();
  }, timeoutMs);
  await closed;
  clearTimeout(timer);
  return outcome;
}
