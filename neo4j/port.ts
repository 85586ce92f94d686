/**
 * Checks the Bolt port before the JVM starts: Neo4j would otherwise fail only after
 * seconds of startup, with the cause buried in a stack trace.
 */
import net from 'node:net';
import { PortInUseError } from './errors.js';

/** Resolves when `port` can be bound on 127.0.0.1; throws PortInUseError when it is taken. */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
