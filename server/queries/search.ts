import type { GraphQLResolveInfo } from 'graphql';
import { FULLTEXT_INDEX } from '../../seed/graph/schema-statements.js';
import type { Executor } from '../database/executor.js';
import { TYPE_PARAMETERS, entityTypeExpression } from './graph-elements.js';
import { createCompiler, selectionAt } from './read-projected.js';

/** Characters with a meaning in Lucene's query syntax; escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The Lucene query for what a person typed: every word must match, exactly (boosted), as a prefix
 * (while typing) or within a small edit distance (misspellings). Accents and case are folded by
 * the index's analyser.
 */
export function toLuceneQuery(text: string): string | undefined {
  // Lower case too: Lucene reads upper-case AND, OR and NOT as operators; the index folds case anyway.
  const words = text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((word) => `(${word}^3 OR ${word}* OR ${word}~${word.length > 4 ? 2 : 1})`).join(' AND ');
}

/** Full-text search over names and aliases, best matches first, optionally within some labels. */
export async function searchEntities(
  executor: Executor,
  info: GraphQLResolveInfo,
  { text, labels, limit }: { text: string; labels: string[] | null; limit: number },
): Promise<unknown[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  const compiler = createCompiler(info);
  const entity = compiler.project('Node', 'this', selectionAt(info, ['entity']));
  const records = await executor.read<{ hit: unknown }>(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node AS this, score
     WHERE $labels IS NULL OR any(label IN labels(this) WHERE label IN $labels)
     WITH this, score ORDER BY score DESC, this.name LIMIT $limit
     RETURN {
       entity: ${entity},
       type: ${entityTypeExpression('this')},
       matched: coalesce(head([name IN [this.name] + this.aliases WHERE toLower(name) CONTAINS toLower($text)]), this.name),
       score: score
     } AS hit`,
    {
      query,
      labels,
      limit,
      text,
      ...TYPE_PARAMETERS,
      ...compiler.parameters,
    },
  );
  return records.map((record) => record.hit);
}
