import type { QueryResolvers } from '../generated/resolver-types.js';
import {
  readActor,
  readActorPage,
  readDatasetInfo,
  readIssue,
  readIssuePage,
  readNode,
  readPerson,
  readSources,
} from '../queries/entities.js';
import { readMeeting, readMeetingPage } from '../queries/meetings.js';
import { readStancePage } from '../queries/stances.js';
import { readTimeline } from '../queries/timeline.js';
import { checkIds, checkPage, checkRange, found, toLabels, toStored } from './arguments.js';

/** The root fields that read entities and lists: each checks its arguments and calls one named query. */
export const entityResolvers: QueryResolvers = {
  node: (_, { id }, { executor }, info) => found(readNode(executor, info, id), 'Node', id),
  meeting: (_, { id }, { executor }, info) => found(readMeeting(executor, info, id), 'Meeting', id),
  person: (_, { id }, { executor }, info) => found(readPerson(executor, info, id), 'Person', id),
  actor: (_, { id }, { executor }, info) => found(readActor(executor, info, id), 'Actor', id),
  issue: (_, { id }, { executor }, info) => found(readIssue(executor, info, id), 'Issue', id),
  meetings: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readMeetingPage(executor, info, {
      ...args,
      ...checkPage(args),
      kind: args.kind ? toStored(args.kind) : null,
      statuses: args.status?.map(toStored) ?? null,
    });
  },
  actors: (_, args, { executor }, info) => {
    const { limit, offset } = checkPage(args);
    return readActorPage(executor, info, toLabels(args.types), limit, offset);
  },
  issues: (_, args, { executor }, info) => {
    const { limit, offset } = checkPage(args);
    return readIssuePage(executor, info, limit, offset);
  },
  stances: (_, args, { executor }, info) => {
    const filter = args.filter ?? {};
    checkRange(filter.from, filter.to);
    return readStancePage(executor, info, {
      ...filter,
      actors: checkIds('actors', filter.actors),
      issues: checkIds('issues', filter.issues),
      positions: filter.positions?.map(toStored) ?? null,
      statuses: filter.status?.map(toStored) ?? null,
      claimedBy: checkIds('claimedBy', filter.claimedBy),
      ...checkPage(args),
    });
  },
  timeline: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readTimeline(executor, info, { ...args, ...checkPage(args) });
  },
  sources: (_, __, { executor }, info) => readSources(executor, info),
  dataset: (_, __, { executor }) => found(readDatasetInfo(executor), 'Dataset', 'dataset'),
};
