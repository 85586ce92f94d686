import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { readProjected } from './read-projected.js';

/** One person by id, or undefined. */
export async function readPerson(executor: Executor, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  const [person] = await readProjected(executor, info, {
    typeName: 'Person',
    match: 'MATCH (this:Person {id: $id})',
    parameters: { id },
  });
  return person;
}

/** Any entity or source with a GraphQL type, by id; both lookups are index seeks. */
export async function readNode(executor: Executor, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  const [node] = await readProjected(executor, info, {
    typeName: 'Node',
    match: `CALL () {
        MATCH (n:Entity {id: $id}) WHERE n:Person OR n:State OR n:Organisation OR n:Place OR n:Meeting OR n:Delegation RETURN n
        UNION
        MATCH (n:Source {id: $id}) RETURN n
      }
      WITH n AS this`,
    parameters: { id },
  });
  return node;
}

/** The version and size of the dataset the database holds. */
export async function readDatasetInfo(executor: Executor): Promise<{ version: string; facts: number; quotes: number } | undefined> {
  const [info] = await executor.read<{ version: string; facts: number; quotes: number }>(
    'MATCH (info:DatasetInfo {id: "dataset"}) RETURN info.version AS version, info.facts AS facts, info.quotes AS quotes',
  );
  return info;
}
