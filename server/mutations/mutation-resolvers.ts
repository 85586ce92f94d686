import type { Collection } from '../../seed/model/schema.js';
import { DATA_FILES } from '../../seed/model/schema.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolver-types.js';
import type { RequestContext } from '../request-context.js';
import { applyEntryEdit } from './apply-entry-edit.js';
import { toChangeView, toEntryView, type EditAnswer } from './edit-views.js';
import { readHistory } from './changes.js';
import { addAlias, retractFact } from './entry-edits.js';
import { badArgumentError } from './mutation-errors.js';
import { mergeEntities } from './merge-entities.js';
import { prepareMerge } from './prepare-merge.js';
import { readStoredEntry } from './stored-entry.js';
import { readCurrentId } from '../queries/former-ids.js';
import { readerOf } from '../database/executor.js';

/** The longest value each argument may hold; an entry's own size is bounded by the request body limit. */
export const EDIT_LIMITS = {
  comment: 2_000,
  reason: 2_000,
  idempotencyKey: 128,
  version: 64,
  alias: 200,
  path: 200,
  id: 200,
  text: 500_000,
} as const;

function checkLength(field: keyof typeof EDIT_LIMITS, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  if (value.length === 0 || value.length > EDIT_LIMITS[field]) {
    throw badArgumentError(field, `must hold 1–${EDIT_LIMITS[field]} characters, got ${value.length}`);
  }
}

interface CommonArgs {
  version?: string | null;
  comment?: string | null;
  idempotencyKey?: string | null;
}

function checkCommon(args: CommonArgs): void {
  checkLength('version', args.version);
  checkLength('comment', args.comment);
  checkLength('idempotencyKey', args.idempotencyKey);
}

/**
 * The input as a file entry: a plain object, with the fields a client sent as null left out (as a
 * file leaves them out), except for sources, whose publisher and title are null when unknown.
 */
function toFileEntry(collection: Collection, input: object): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  if (collection === 'sources') {
    const id = String(plain['id']);
    return {
      ...plain,
      file: plain['file'] ?? `${id}.txt`,
      publisher: plain['publisher'] ?? null,
      title: plain['title'] ?? null,
    };
  }
  return JSON.parse(JSON.stringify(plain, (_, value: unknown) => (value === null ? undefined : value))) as Record<
    string,
    unknown
  >;
}

type PutArgs = CommonArgs & { entry: { id: string }; text?: string | null };

/** Adds an entry (no version) or replaces it (its current version). */
async function putEntry(
  collection: Collection,
  args: PutArgs,
  { auth, executor }: RequestContext,
): Promise<EditAnswer> {
  const viewer = await auth.require('editor');
  checkCommon(args);
  checkLength('text', args.text);
  const entry = toFileEntry(collection, args.entry);
  const { idempotencyKey, ...request } = args;
  return applyEntryEdit(executor, {
    collection,
    entryId: args.entry.id,
    action: args.version ? 'edit' : 'add',
    version: args.version ?? null,
    revise: () => entry,
    comment: args.comment ?? null,
    idempotencyKey: idempotencyKey ?? null,
    by: viewer.name,
    request: { put: collection, ...request },
    sourceText: args.text ?? null,
  });
}

const put =
  (collection: Collection) =>
  (_: unknown, args: PutArgs, context: RequestContext): Promise<EditAnswer> =>
    putEntry(collection, args, context);

/** Every edit of the dataset: each checks the role and its arguments, then applies one entry edit. */
export const editMutationResolvers: MutationResolvers = {
  putSource: put('sources'),
  putState: put('states'),
  putOrganisation: put('organisations'),
  putPlace: put('places'),
  putPerson: put('people'),
  putGroup: put('groups'),
  putMeeting: put('meetings'),
  putIssue: put('issues'),
  putStance: put('stances'),
  putDocument: put('documents'),
  putContact: put('contacts'),
  retractFact: async (_, args, { auth, executor }) => {
    const viewer = await auth.require('editor');
    checkCommon(args);
    checkLength('path', args.path);
    checkLength('reason', args.reason);
    const { idempotencyKey, ...request } = args;
    return applyEntryEdit(executor, {
      entryId: args.id,
      action: 'retract',
      version: args.version,
      path: args.path ?? null,
      revise: (current, at) => {
        if (current?.collection === 'sources' && !args.path) {
          throw badArgumentError('id', 'names a source: retract the facts that cite it instead');
        }
        return retractFact(current!.body, args.path, { reason: args.reason, by: viewer.name, at });
      },
      comment: args.comment ?? null,
      idempotencyKey: idempotencyKey ?? null,
      by: viewer.name,
      request: { retract: true, ...request },
    });
  },
  mergeEntities: async (_, args, { auth, executor }) => {
    const viewer = await auth.require('editor');
    checkCommon(args);
    for (const field of ['keep', 'merge'] as const) checkLength('id', args[field]);
    checkLength('version', args.keepVersion);
    checkLength('version', args.mergeVersion);
    const { idempotencyKey, ...request } = args;
    return mergeEntities(executor, {
      ...args,
      idempotencyKey: idempotencyKey ?? null,
      by: viewer.name,
      request: { mergeEntities: true, ...request },
    });
  },
  addAlias: async (_, args, { auth, executor }) => {
    const viewer = await auth.require('editor');
    checkCommon(args);
    checkLength('alias', args.alias);
    const { idempotencyKey, ...request } = args;
    return applyEntryEdit(executor, {
      entryId: args.id,
      action: 'edit',
      version: args.version,
      revise: (current) => {
        const hasAliases = 'aliases' in DATA_FILES[current!.collection].shape;
        return addAlias(current!.body, current!.collection, hasAliases, args.alias);
      },
      comment: args.comment ?? null,
      idempotencyKey: idempotencyKey ?? null,
      by: viewer.name,
      request: { addAlias: true, ...request },
    });
  },
};

/** Reading entries as the files hold them, and their history; open to anyone, like every read. */
export const editQueryResolvers: QueryResolvers = {
  entry: async (_, { id }, { executor }) => {
    checkLength('id', id);
    const read = readerOf(executor);
    const entry = await readStoredEntry(read, id);
    if (entry) return toEntryView(entry);
    // The entry of an entity merged into another is the kept one's.
    const current = await readCurrentId(read, id);
    const kept = current === id ? undefined : await readStoredEntry(read, current);
    return kept ? toEntryView(kept) : null;
  },
  history: async (_, { id }, { executor }) => {
    checkLength('id', id);
    const read = readerOf(executor);
    const current = await readCurrentId(read, id);
    const entry = await readStoredEntry(read, current);
    const formerIds = entry?.body['formerIds'];
    const ids = [current, ...(Array.isArray(formerIds) ? (formerIds as string[]) : [])];
    return (await readHistory(read, ids)).map(toChangeView);
  },
  mergePreview: async (_, { keep, merge }, { executor }) => {
    checkLength('id', keep);
    checkLength('id', merge);
    return (await prepareMerge(readerOf(executor), keep, merge)).plan;
  },
};
