import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { DRIVER_CONFIG } from '../../neo4j/connect.js';

/** A driver to the suite's Neo4j; the caller closes it. */
export function connectTestDriver(): Driver {
  const { uri, username, password } = inject('neo4j');
  // Without a password the server is taken to run with authentication disabled.
  const auth = password === undefined ? undefined : neo4j.auth.basic(username, password);
  return neo4j.driver(uri, auth, DRIVER_CONFIG);
}

/** The database name to pass to sessions, when the suite was given one. */
export function testDatabase(): { database?: string } {
  const { database } = inject('neo4j');
  return database ? { database } : {};
}
