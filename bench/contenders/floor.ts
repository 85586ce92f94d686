import type { IncomingMessage, ServerResponse } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherValues } from '../../server/database/executor.js';

/** A database round trip our server made, as the Executor's onQuery hook saw it. */
export interface CapturedQuery {
  query: string;
  parameters: Record<string, unknown>;
}

/** Whole numbers reach Cypher as integers, as the Executor sends them (LIMIT and slices need it). */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The floor: no GraphQL at all. `POST {"operation": name}` runs the Cypher our server ran for that
 * operation, with the same parameters, through neo4j-driver in a read transaction, and answers the
 * records as JSON: what serving the question costs without our layer.
 */
export function createFloorHandler(
  driver: Driver,
  database: string | undefined,
  captured: ReadonlyMap<string, CapturedQuery[]>,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const { operation } = JSON.parse(await readBody(request)) as { operation: string };
      const queries = captured.get(operation);
      if (!queries) throw new Error(`unknown operation ${operation}`);
      const results: unknown[] = [];
      // One session per round trip, as the Executor opens them.
      for (const { query, parameters } of queries) {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database && { database }) });
        try {
          const converted = toCypherValues(parameters);
          const result = await session.executeRead((tx) => tx.run(query, converted));
          results.push(result.records.map((record) => record.toObject()));
        } finally {
          await session.close();
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(results));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  };
}
