import type { Driver } from 'neo4j-driver';

/**
 * A stand-in for neo4j-driver that answers each query with the result the real driver gave the
 * first time it was asked (same text, same parameters): what is left is our own layer's CPU, with
 * no socket, no Bolt decoding and no database. Only what the Executor calls is provided.
 */
export function createReplayDriver(real: Driver, database?: string): Driver {
  const results = new Map<string, unknown>();
  const run = async (query: string, parameters: Record<string, unknown>) => {
    const key = `${query}\u0000${JSON.stringify(parameters)}`;
    if (!results.has(key))
      results.set(key, await real.executeQuery(query, parameters, { ...(database && { database }) }));
    return results.get(key);
  };
  const session = {
    executeRead: (work: (tx: { run: typeof run }) => Promise<unknown>) => work({ run }),
    close: async () => {},
  };
  return { session: () => session } as unknown as Driver;
}
