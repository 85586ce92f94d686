/** One GraphQL error as the server reports it (GraphQL over HTTP, `errors[]`). */
export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string };
}

/** A named operation whose result and variables are typed: the client sends nothing else. */
export interface Operation<TData, TVariables> {
  name: string;
  text: string;
  /** Queries are sent by GET, so that browsers can revalidate their answers; mutations by POST. */
  isQuery: boolean;
  /** Phantom fields: they only carry the types. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

/** Declares a named operation; the name is read from the document so logs and errors can quote it. */
export function defineOperation<TData, TVariables = Record<string, never>>(text: string): Operation<TData, TVariables> {
  const [, kind = 'query', name = 'anonymous'] = /\b(query|mutation)\s+(\w+)/.exec(text) ?? [];
  return { name, text, isQuery: kind === 'query' };
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

/** Queries go by GET, so the browser keeps each answer with its ETag and revalidates it (a 304 has no body). */
function toFetchArguments(operation: Operation<unknown, unknown>, variables: unknown): [string, RequestInit] {
  const accept = 'application/graphql-response+json, application/json';
  const params = { operationName: operation.name, query: operation.text, variables: JSON.stringify(variables) };
  if (operation.isQuery) return [`${GRAPHQL_ENDPOINT}?${new URLSearchParams(params)}`, { headers: { accept } }];
  const body = JSON.stringify({ operationName: operation.name, query: operation.text, variables });
  return [GRAPHQL_ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body }];
}

/**
 * Sends one operation (GraphQL over HTTP: queries by GET, anything else by POST) and returns its data,
 * or throws an {@link ApiError} for a network failure, a non-2xx status or any GraphQL error: a
 * partial result is still an error here.
 */
export async function request<TData, TVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TData> {
  let response: Response;
  try {
    const [url, init] = toFetchArguments(operation, variables);
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
  let body: { data?: TData | null; errors?: GraphQLErrorItem[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy's HTML error page, for instance: the status says enough.
  }
  if (!response.ok || body.errors?.length || body.data == null) {
    throw new ApiError({ operation: operation.name, status: response.status, errors: body.errors ?? [] });
  }
  return body.data;
}
