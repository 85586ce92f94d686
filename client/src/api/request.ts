import { toDocumentId } from './document-id.js';

/** One GraphQL error as the server reports it (GraphQL over HTTP, `errors[]`). */
export interface GraphQLErrorItem {
  message: string;
  /** `field` names the input a BAD_USER_INPUT is about; `current` is the entry a CONFLICT found. */
  extensions?: { code?: string; field?: string; current?: { version: string; entry: Record<string, unknown> } };
}

/** A named operation whose result and variables are typed: the client sends nothing else. */
export interface Operation<TData, TVariables> {
  name: string;
  text: string;
  /** The id the server knows the text by (`document-id.ts`): sent in place of the text. */
  id: string;
  /** Queries are sent by GET, so that browsers can revalidate their answers; mutations by POST. */
  isQuery: boolean;
  /** Phantom fields: they only carry the types. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

/** Declares a named operation; the name is read from the document so logs and errors can quote it. */
export function defineOperation<TData, TVariables = Record<string, never>>(text: string): Operation<TData, TVariables> {
  const [, kind = 'query', name = 'anonymous'] = /\b(query|mutation)\s+(\w+)/.exec(text) ?? [];
  return { name, text, id: toDocumentId(text), isQuery: kind === 'query' };
}

/** A failed request: the HTTP status (0 when the server could not be reached) and the GraphQL errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: GraphQLErrorItem[];
  readonly operation: string;

  constructor({
    operation,
    status,
    errors,
    message,
  }: {
    operation: string;
    status: number;
    errors: GraphQLErrorItem[];
    message?: string;
  }) {
    super(message ?? `${operation}: ${errors.map((e) => e.message).join('; ') || `HTTP ${status}`}`);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.operation = operation;
  }

  /** The first error's code (`NOT_FOUND`, `DATABASE_UNAVAILABLE`…), if the server gave one. */
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

/** Where the API lives: same origin, so the production server and the dev proxy both work. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** The header every mutation carries against cross-site requests (`server/auth/use-auth.ts`). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** The code of the server's answer to an id it does not know (`server/trusted-documents.ts`). */
const UNKNOWN_ID = 'PERSISTED_QUERY_NOT_FOUND';

/**
 * Queries go by GET, so the browser keeps each answer with its ETag and revalidates it (a 304 has no
 * body). An operation is sent by its id (a short URL, and the only form a server that accepts known
 * operations alone takes), or by its text when the server does not know the id.
 */
function toFetchArguments(
  operation: Operation<unknown, unknown>,
  variables: unknown,
  { byText }: { byText: boolean },
): [string, RequestInit] {
  const accept = 'application/graphql-response+json, application/json';
  const extensions = { persistedQuery: { version: 1, sha256Hash: operation.id } };
  if (operation.isQuery) {
    const params = new URLSearchParams({ operationName: operation.name, variables: JSON.stringify(variables) });
    if (byText) params.set('query', operation.text);
    else params.set('extensions', JSON.stringify(extensions));
    return [`${GRAPHQL_ENDPOINT}?${params}`, { headers: { accept } }];
  }
  const document = byText ? { query: operation.text } : { extensions };
  const body = JSON.stringify({ operationName: operation.name, variables, ...document });
  // The server refuses a mutation without this header: a page of another origin cannot send it.
  const headers = { 'content-type': 'application/json', accept, [CSRF_HEADER]: '1' };
  return [GRAPHQL_ENDPOINT, { method: 'POST', headers, body }];
}

type Answer<TData> = { status: number; body: { data?: TData | null; errors?: GraphQLErrorItem[] } };

/** One round trip: the status and the parsed body, or an {@link ApiError} when the server cannot be reached. */
async function send<TData>(
  operation: Operation<TData, unknown>,
  variables: unknown,
  { byText, signal }: { byText: boolean; signal?: AbortSignal | undefined },
): Promise<Answer<TData>> {
  let response: Response;
  try {
    const [url, init] = toFetchArguments(operation, variables, { byText });
    response = await fetch(url, { ...init, ...(signal && { signal }) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      operation: operation.name,
      status: 0,
      errors: [],
      message: 'The server cannot be reached: is `npm start` running?',
    });
  }
  let body: Answer<TData>['body'] = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy's HTML error page, for instance: the status says enough.
  }
  return { status: response.status, body };
}

/**
 * Sends one operation (GraphQL over HTTP: queries by GET, anything else by POST) and returns its data,
 * or throws an {@link ApiError} for a network failure, a non-2xx status or any GraphQL error: a
 * partial result is still an error here. The operation goes by its id; a server built from other
 * sources (a development server, a deploy in progress) gets its text once it says it lacks the id.
 */
export async function request<TData, TVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TData> {
  let { status, body } = await send(operation, variables, { byText: false, signal });
  if (body.errors?.some((error) => error.extensions?.code === UNKNOWN_ID)) {
    ({ status, body } = await send(operation, variables, { byText: true, signal }));
  }
  if (status < 200 || status > 299 || body.errors?.length || body.data == null) {
    throw new ApiError({ operation: operation.name, status, errors: body.errors ?? [] });
  }
  return body.data;
}
