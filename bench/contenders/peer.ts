import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-type-defs.js';

/**
 * The peer: @neo4j/graphql over the same database, on graphql-yoga like our server, with the
 * library's defaults (it translates each request to one Cypher query of its own).
 */
export async function createPeerYoga(driver: Driver, database: string | undefined) {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: 'warn',
    landingPage: false,
    context: () => ({ ...(database && { sessionConfig: { database } }) }),
  });
}
