import type { GraphQLResolveInfo } from 'graphql';
import type { Executor } from '../database/executor.js';
import { allOf } from './conditions.js';
import { readPage, readProjected, type Page } from './read-projected.js';

/** One document by id, or undefined. */
export async function readDocument(executor: Executor, info: GraphQLResolveInfo, id: string): Promise<unknown> {
  const [document] = await readProjected(executor, info, {
    typeName: 'Document',
    match: 'MATCH (this:Document {id: $id})',
    parameters: { id },
  });
  return document;
}

/** Documents by date (undated last), then name; optionally of one stored kind ('memorandum'…). */
export function readDocumentPage(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: { kind: string | null; limit: number; offset: number },
): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Document',
    match: `MATCH (this:Document) WHERE ${allOf(query.kind && 'this.kind = $kind')}`,
    parameters: { kind: query.kind },
    orderBy: 'this.startDay IS NULL, this.startDay, this.name, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}

/** Groups by name. */
export function readGroupPage(
  executor: Executor,
  info: GraphQLResolveInfo,
  query: { limit: number; offset: number },
): Promise<Page> {
  return readPage(executor, info, {
    typeName: 'Group',
    match: 'MATCH (this:Group)',
    orderBy: 'this.name, this.id',
    limit: query.limit,
    offset: query.offset,
  });
}
