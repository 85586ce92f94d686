import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { ABSTRACT_TYPES } from '../projection/specs/index.js';
import { currentIdCall } from './former-ids.js';
import { readPage, readProjected, type Page } from './read-projected.js';

/** Labels that have a GraphQL type; `node(id)` answers only for these. */
const TYPED_LABELS = ABSTRACT_TYPES['Node']!.filter((type) => type !== 'Source')
  .map((label) => `n:${label}`)
  .join(' OR ');

async function readOne(
  executor: Executor,
  info: GraphQLResolveInfo,
  typeName: string,
  label: string,
  id: string,
): Promise<unknown> {
  // `label` comes from the resolver map, never from the request.
  const [found] = await readProjected(executor, info, {
    typeName,
    match: `${currentIdCall('id', 'current')} MATCH (this:${label} {id: current})`,
    parameters: { id },
  });
  return found;
}

/** One person by id, or undefined. */
export const readPerson = (executor: Executor, info: GraphQLResolveInfo, id: string) =>
  readOne(executor, info, 'Person', 'Person', id);

/** One actor (person, state or organisation) by id, or undefined. */
export const readActor = (executor: Executor, info: GraphQLResolveInfo, id: string) =>
  readOne(executor, info, 'Actor', 'Actor', id);

/** One issue by id, or undefined. */
export const readIssue = (executor: Executor, info: GraphQLResolveInfo, id: string) =>
  readOne(executor, info, 'Issue', 'Issue', id);

/** Any entity or source with a GraphQL type, by its id or a former one; every lookup is an index seek. */
export async function readNode(executor: Executor, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  const [node] = await readProjected(executor, info, {
    typeName: 'Node',
    match: `${currentIdCall('id', 'current')}
      CALL (current) {
        MATCH (n:Entity {id: current}) WHERE ${TYPED_LABELS} RETURN n
        UNION
        MATCH (n:Source {id: current}) RETURN n
      }
      WITH n AS this`,
    parameters: { id },
  });
  return node;
}

/** Actors by name, optionally only some labels (from the EntityType enum, never free text). */
export function readActorPage(
  executor: Executor,
  info: GraphQLResolveInfo,
  labels: string[] | null,
  limit: number,
  offset: number,
): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Actor',
    match: 'MATCH (this:Actor) WHERE $labels IS NULL OR any(label IN labels(this) WHERE label IN $labels)',
    parameters: { labels },
    orderBy: 'this.name, this.id',
    limit,
    offset,
  });
}

/** Issues by name. */
export function readIssuePage(
  executor: Executor,
  info: GraphQLResolveInfo,
  limit: number,
  offset: number,
): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Issue',
    match: 'MATCH (this:Issue)',
    orderBy: 'this.name, this.id',
    limit,
    offset,
  });
}

/** The source articles, by date. */
export function readSources(executor: Executor, info: GraphQLResolveInfo): Promise<unknown[]> {
  return readProjected(executor, info, {
    typeName: 'Source',
    match: 'MATCH (this:Source)',
    orderBy: 'this.date, this.id',
  });
}

/** The version and size of the dataset the database holds. */
export async function readDatasetInfo(
  executor: Executor,
): Promise<{ version: string; revision: number; facts: number; quotes: number } | undefined> {
  const [info] = await executor.read<{ version: string; revision: number; facts: number; quotes: number }>(
    'MATCH (info:DatasetInfo {id: "dataset"}) RETURN info.version AS version, coalesce(info.revision, 0) AS revision, info.facts AS facts, info.quotes AS quotes',
  );
  return info;
}
