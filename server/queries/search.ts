import type { GraphQLResolveInfo } from 'graphql';
import { FULLTEXT_INDEX, MEANING_INDEX } from '../../seed/graph/schema-statements.js';
import type { Executor } from '../database/executor.js';
import { TYPE_PARAMETERS, entityTypeExpression } from './graph-elements.js';
import { createCompiler, selectionAt } from './read-projected.js';

/** Characters with a meaning in Lucene's query syntax; escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene ignores a query of more words than this; so does search. */
const MAX_WORDS = 8;

/** The words of typed text, lower case, stripped of Lucene's syntax. */
function toWords(text: string): string[] {
  // Lower case too: Lucene reads upper-case AND, OR and NOT as operators; the index folds case anyway.
  return text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

/**
 * The Lucene query for what a person typed: every word must match, exactly (boosted), as a prefix
 * (while typing) or within a small edit distance (misspellings). Accents and case are folded by
 * the index's analyser.
 */
export function toLuceneQuery(text: string): string | undefined {
  const words = toWords(text);
  if (words.length === 0) return undefined;
  return words.map((word) => `(${word}^3 OR ${word}* OR ${word}~${word.length > 4 ? 2 : 1})`).join(' AND ');
}

/**
 * The Lucene query over what issues and stances say: any word of three letters or more (the
 * English analyser stems each, so "deported" meets "deportation"), the last one also as a prefix
 * while it is being typed. Undefined when no word is long enough to mean anything.
 */
export function toMeaningQuery(text: string): string | undefined {
  const words = toWords(text).filter((word) => word.length >= 3);
  if (words.length === 0) return undefined;
  const last = words.at(-1)!;
  return [...words, ...(last.length >= 4 ? [`${last}*`] : [])].join(' OR ');
}

/** Typed text as the ranking compares it with names: lower case, single spaces. */
export function toRankingText(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * How well node `n` is named by `$text` (see {@link toRankingText}), lower is better: 0 an exact name
 * or alias, 1 an actor whose name or alias begins with it or has a word that does ("Witkoff" in
 * "Steve Witkoff"), 2 any other name that begins with it, 3 a name that merely contains it.
 */
export function nameTier(n: string): string {
  return `CASE
    WHEN any(name IN [${n}.name] + coalesce(${n}.aliases, []) WHERE toLower(name) = $text) THEN 0
    WHEN ${n}:Actor AND any(name IN [${n}.name] + coalesce(${n}.aliases, [])
      WHERE toLower(name) STARTS WITH $text OR toLower(name) CONTAINS (' ' + $text)) THEN 1
    WHEN any(name IN [${n}.name] + coalesce(${n}.aliases, []) WHERE toLower(name) STARTS WITH $text) THEN 2
    ELSE 3 END`;
}

/** Hits on meaning alone rank below every hit on a name. */
const MEANING_TIER = 4;

/**
 * Full-text search over names and aliases, and over what issues say (a stance's words count for
 * its issue). Ranked by {@link nameTier}, then by Lucene's score; the best `limit` hits are then
 * grouped by type, the groups in the order of their best hit, so a list reads type by type.
 */
export async function searchEntities(
  executor: Executor,
  info: GraphQLResolveInfo,
  { text, labels, limit }: { text: string; labels: string[] | null; limit: number },
): Promise<unknown[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  const meaningQuery = toMeaningQuery(text);
  const compiler = createCompiler(info);
  const entity = compiler.project('Node', 'this', selectionAt(info, ['entity']));
  // Only the conditions a request sets: a type filter, a meaning query.
  const byMeaning = meaningQuery
    ? `UNION ALL
       CALL db.index.fulltext.queryNodes('${MEANING_INDEX}', $meaningQuery) YIELD node, score
       OPTIONAL MATCH (node:Stance)-[:ON]->(issue:Issue)
       WITH coalesce(issue, node) AS this, score WHERE this:Issue
       RETURN this, ${MEANING_TIER} AS tier, score`
    : '';
  const ofLabels = labels ? 'WHERE any(label IN labels(this) WHERE label IN $labels)' : '';
  const records = await executor.read<{ hit: unknown }>(
    `CALL () {
       CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node AS this, score
       RETURN this, ${nameTier('this')} AS tier, score
       ${byMeaning}
     }
     WITH this, min(tier) AS tier, max(score) AS score ${ofLabels}
     WITH this, tier, score ORDER BY tier, score DESC, this.name LIMIT $limit
     WITH collect({ node: this, type: ${entityTypeExpression('this')}, score: score }) AS hits
     WITH hits, reduce(types = [], hit IN hits | CASE WHEN hit.type IN types THEN types ELSE types + hit.type END) AS typeOrder
     UNWIND range(0, size(hits) - 1) AS rank
     WITH hits[rank] AS hit, rank, typeOrder
     WITH hit, rank, [i IN range(0, size(typeOrder) - 1) WHERE typeOrder[i] = hit.type][0] AS group
     ORDER BY group, rank
     WITH hit.node AS this, hit
     RETURN {
       entity: ${entity},
       type: hit.type,
       matched: coalesce(head([name IN [this.name] + this.aliases WHERE toLower(name) CONTAINS $text]), this.name),
       score: hit.score
     } AS hit`,
    {
      query,
      ...(meaningQuery && { meaningQuery }),
      ...(labels && { labels }),
      limit,
      text: toRankingText(text),
      ...TYPE_PARAMETERS,
      ...compiler.parameters,
    },
  );
  return records.map((record) => record.hit);
}
