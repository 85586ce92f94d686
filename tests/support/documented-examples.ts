import { readFile } from 'node:fs/promises';

/** One GraphQL example of a Markdown page, named by the `<!-- example: id -->` comment before it. */
export interface DocumentedExample {
  id: string;
  query: string;
}

const EXAMPLE = /<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```/g;

/** Reads every named GraphQL example of a Markdown file, in page order. */
export async function readDocumentedExamples(file: string): Promise<DocumentedExample[]> {
  const markdown = await readFile(file, 'utf8');
  return [...markdown.matchAll(EXAMPLE)].map(([, id, query]) => ({ id: id!, query: query! }));
}
