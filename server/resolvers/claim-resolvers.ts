import type { QueryResolvers } from '../generated/resolver-types.js';
import { readContactPage } from '../queries/contacts.js';
import { readDocument, readDocumentPage, readGroupPage } from '../queries/documents.js';
import { readEventPage } from '../queries/events.js';
import { checkPage, checkRange, found, toStored } from './arguments.js';

/** Documents, groups, contacts and who-did-what-to-whom events. */
export const claimResolvers: QueryResolvers = {
  document: (_, { id }, { executor }, info) => found(readDocument(executor, info, id), 'Document', id),
  documents: (_, args, { executor }, info) =>
    readDocumentPage(executor, info, { kind: args.kind ? toStored(args.kind) : null, ...checkPage(args) }),
  groups: (_, args, { executor }, info) => readGroupPage(executor, info, checkPage(args)),
  contacts: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    return readContactPage(executor, info, { ...args, ...checkPage(args) });
  },
  events: (_, args, { executor }, info) => {
    checkRange(args.from, args.to);
    // PLOVER types are stored as PLOVER writes them: upper case, as the enum has them.
    return readEventPage(executor, info, { ...args, types: args.types ?? null, ...checkPage(args) });
  },
};
