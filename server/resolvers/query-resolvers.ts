import type { GraphQLResolveInfo } from 'graphql';
import { notFoundError } from '../errors.js';
import { readActor, readActorPage, readDatasetInfo, readIssue, readIssuePage, readNode, readPerson, readSources } from '../queries/entities.js';
import { readMeeting, readMeetingPage } from '../queries/meetings.js';
import { readStancePage } from '../queries/stances.js';
import { readTimeline } from '../queries/timeline.js';
import type { RequestContext } from '../request-context.js';
import { checkIds, checkPage, checkRange, toLabels, toStored } from './arguments.js';

type Resolver<A> = (parent: unknown, args: A, context: RequestContext, info: GraphQLResolveInfo) => unknown;
type Paged = { limit: number; offset: number };
type Ranged = { from?: string | null; to?: string | null };

/** Resolves to the value, or fails with NOT_FOUND naming the kind and the id. */
async function found<T>(value: Promise<T | undefined>, kind: string, id: string): Promise<T> {
  const result = await value;
  if (result === undefined || result === null) throw notFoundError(kind, id);
  return result;
}

/** The root fields that read entities and lists: each checks its arguments and calls one named query. */
export const entityResolvers: Record<string, Resolver<never>> = {
  node: ((_, { id }, { executor }, info) => readNode(executor, info, id).then((node) => node ?? null)) as Resolver<{ id: string }>,
  meeting: ((_, { id }, { executor }, info) => found(readMeeting(executor, info, id), 'Meeting', id)) as Resolver<{ id: string }>,
  person: ((_, { id }, { executor }, info) => found(readPerson(executor, info, id), 'Person', id)) as Resolver<{ id: string }>,
  actor: ((_, { id }, { executor }, info) => found(readActor(executor, info, id), 'Actor', id)) as Resolver<{ id: string }>,
  issue: ((_, { id }, { executor }, info) => found(readIssue(executor, info, id), 'Issue', id)) as Resolver<{ id: string }>,
  meetings: ((_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readMeetingPage(executor, info, { ...args, ...checkPage(args), kind: args.kind ? toStored(args.kind) : null });
  }) as Resolver<Ranged & Paged & { kind?: string | null }>,
  actors: ((_, args, { executor }, info) => {
    const { limit, offset } = checkPage(args);
    return readActorPage(executor, info, toLabels(args.types), limit, offset);
  }) as Resolver<Paged & { types?: string[] | null }>,
  issues: ((_, args, { executor }, info) => {
    const { limit, offset } = checkPage(args);
    return readIssuePage(executor, info, limit, offset);
  }) as Resolver<Paged>,
  stances: ((_, args, { executor }, info) => {
    const filter = args.filter ?? {};
    checkRange(filter.from, filter.to);
    return readStancePage(executor, info, {
      ...filter,
      actors: checkIds('actors', filter.actors),
      issues: checkIds('issues', filter.issues),
      positions: filter.positions?.map(toStored) ?? null,
      ...checkPage(args),
    });
  }) as Resolver<Paged & { filter?: (Ranged & { actors?: string[]; issues?: string[]; positions?: string[]; asOf?: string }) | null }>,
  timeline: ((_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readTimeline(executor, info, { ...args, ...checkPage(args) });
  }) as Resolver<Ranged & Paged>,
  sources: ((_, __, { executor }, info) => readSources(executor, info)) as Resolver<unknown>,
  dataset: ((_, __, { executor }) => found(readDatasetInfo(executor), 'Dataset', 'dataset')) as Resolver<unknown>,
};
