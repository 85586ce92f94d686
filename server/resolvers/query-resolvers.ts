import type { GraphQLResolveInfo } from 'graphql';
import { badUserInputError, notFoundError } from '../errors.js';
import { readDatasetInfo, readNode, readPerson } from '../queries/entities.js';
import { readMeeting, readMeetings } from '../queries/meetings.js';
import type { RequestContext } from '../request-context.js';

type Args<T> = T;

/** The root fields: each checks its arguments and calls one named query. */
export const queryResolvers = {
  node: (_: unknown, { id }: Args<{ id: string }>, { executor }: RequestContext, info: GraphQLResolveInfo) =>
    readNode(executor, info, id).then((node) => node ?? null),

  meeting: async (_: unknown, { id }: Args<{ id: string }>, { executor }: RequestContext, info: GraphQLResolveInfo) =>
    (await readMeeting(executor, info, id)) ?? Promise.reject(notFoundError('Meeting', id)),

  meetings: (
    _: unknown,
    { from, to, kind }: Args<{ from?: string | null; to?: string | null; kind?: string | null }>,
    { executor }: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    if (from && to && from > to && !to.startsWith(from)) {
      throw badUserInputError(`'from' (${from}) must not be after 'to' (${to})`);
    }
    return readMeetings(executor, info, { from, to, kind: kind ? kind.toLowerCase().replaceAll('_', '-') : null });
  },

  person: async (_: unknown, { id }: Args<{ id: string }>, { executor }: RequestContext, info: GraphQLResolveInfo) =>
    (await readPerson(executor, info, id)) ?? Promise.reject(notFoundError('Person', id)),

  dataset: async (_: unknown, __: unknown, { executor }: RequestContext) =>
    (await readDatasetInfo(executor)) ?? Promise.reject(notFoundError('Dataset', 'dataset')),
};
