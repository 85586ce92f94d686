import { stringify } from 'csv-stringify/sync';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isPartialDate } from '../seed/model/dates.js';
import type { Executor } from './database/executor.js';
import { ErrorCode } from './errors.js';
import { readEventRows, type EventRow } from './queries/events.js';

/** Where the events download lives; the extension picks the format. */
export const EVENTS_EXPORT_PATH = '/export/events';

/** The columns of the download, in order: PLOVER's who-did-what-to-whom, then where it is stated. */
export const EVENT_COLUMNS: readonly (keyof EventRow)[] = [
  'date',
  'sourceActorId',
  'sourceActor',
  'eventType',
  'targetActorId',
  'targetActor',
  'quote',
  'articleId',
  'article',
  'status',
  'factId',
];

const FORMATS = {
  json: {
    type: 'application/json; charset=utf-8',
    write: (rows: EventRow[]) => JSON.stringify(rows),
  },
  csv: {
    type: 'text/csv; charset=utf-8',
    write: (rows: EventRow[]) => stringify(rows, { header: true, columns: [...EVENT_COLUMNS] }),
  },
} as const;

/**
 * Serves the graph's actor-to-actor events for download at `/export/events.json` and `.csv`
 * (optionally `?from=&to=` partial dates), so they can be set beside GDELT- or ICEWS-style event
 * data. Errors answer in GraphQL's shape, with a code, never a stack trace.
 */
export function useEventsExport({ executor }: { executor: Executor }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${EVENTS_EXPORT_PATH}.`)) return;
      const format = FORMATS[url.pathname.slice(EVENTS_EXPORT_PATH.length + 1) as keyof typeof FORMATS];
      const fail = (status: number, message: string, code: string) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status }));
      if (!format) return fail(404, `No export at ${url.pathname}: use .json or .csv`, ErrorCode.NotFound);
      if (request.method !== 'GET') return fail(405, 'The export answers GET only', ErrorCode.BadRequest);
      const range: { from?: string; to?: string } = {};
      for (const name of ['from', 'to'] as const) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        if (!isPartialDate(value))
          return fail(
            400,
            `'${name}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(value)}`,
            ErrorCode.BadUserInput,
          );
        range[name] = value;
      }
      try {
        const rows = await readEventRows(executor, range);
        endResponse(new fetchAPI.Response(format.write(rows), { headers: { 'content-type': format.type } }));
      } catch (error) {
        // The executor's typed errors (DATABASE_UNAVAILABLE) pass on their code; the rest are masked.
        if (error instanceof GraphQLError && typeof error.extensions['code'] === 'string')
          return fail(503, error.message, error.extensions['code']);
        console.error(error);
        return fail(500, 'Unexpected error.', 'INTERNAL_SERVER_ERROR');
      }
    },
  };
}
