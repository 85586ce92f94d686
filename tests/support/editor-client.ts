import { expect } from 'vitest';
import type { App } from '../../server/app.js';
import { CSRF_HEADER } from '../../server/auth/use-auth.js';

/** A GraphQL answer as the edit tests read it. */
export interface Answer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  setCookie: string | null;
}

/** How a request presents itself: a session cookie, and the CSRF header unless told not to. */
export interface Presented {
  cookie?: string;
  csrf?: boolean;
}

/** POSTs an operation to the in-process app as a browser would. */
export async function post<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  { cookie, csrf = true }: Presented = {},
): Promise<Answer<T>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(csrf && { [CSRF_HEADER]: '1' }),
      ...(cookie && { cookie }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as object), setCookie: response.headers.get('set-cookie') };
}

/** The field of an answer that must have no errors. */
export function dataOf<T>(answer: Answer<Record<string, T>>, field: string): T {
  expect(answer.errors).toBeUndefined();
  return answer.data![field]!;
}

/** The codes of an answer's errors. */
export const codes = (answer: Answer<unknown>) => answer.errors?.map((error) => error.extensions?.code);

/** Signs in and returns the `Cookie` header a browser would send back. */
export async function signIn(app: App, name: string, password: string): Promise<string> {
  const answer = await post(
    app,
    'mutation ($name: String!, $password: String!) { signIn(name: $name, password: $password) { name } }',
    { name, password },
  );
  if (answer.errors || !answer.setCookie) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.setCookie.split(';')[0]!;
}
