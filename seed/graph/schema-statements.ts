import { NODE_LABELS, SEEDED_LABEL } from './elements.js';
import { SEED_FILE_LABEL } from '../incremental/seed-files.js';
import { SEED_RUN_LABEL } from './seed-run.js';

/**
 * Constraints and indexes, created before any data: unique ids (which also back every MERGE and
 * lookup by id), day bounds for date-range queries, and one full-text index over names and aliases.
 * `:Actor` is a shared label, not a node kind, yet queries look actors up by id: it gets its own.
 * The 'standard-folding' analyser folds accents, so "Zelenskyy" and "Zelenskyi" meet "Zelensky".
 */
export const FULLTEXT_INDEX = 'entity_names_v2';

/**
 * A second full-text index over what issues and stances say rather than what they are called:
 * descriptions, summaries, quotes and keywords, with the English analyser, whose stemming lets
 * "deported" meet "deportation". Search turns a hit on a stance into a hit on its issue.
 */
export const MEANING_INDEX = 'entity_meaning';

// The index of the first release, without groups and documents: an index's labels cannot change
// in place, so the seed drops it and creates the current one under a new name.
export const RETIRED_FULLTEXT_INDEX = 'entity_names';

const SEARCHABLE_LABELS = [
  'Person',
  'State',
  'Organisation',
  'Group',
  'Place',
  'Meeting',
  'Issue',
  'Document',
] as const;

/**
 * What a first load keeps while it writes: the seed's lease, the dataset's record and the record of
 * the files. Its own nodes it finds by the element ids their CREATE returned (see write-first-load.ts),
 * so it builds every other constraint and index once over the whole graph, the seeded ids' too.
 */
export const LOAD_SCHEMA: ReadonlySet<string> = new Set(['seed_run_id', 'dataset_info_id', 'seed_file_name']);

/** The constraints a seed itself finds nodes by: those above, and every fact by id under the seeded label. */
export const SEED_SCHEMA: ReadonlySet<string> = new Set([...LOAD_SCHEMA, `${SEEDED_LABEL.toLowerCase()}_id`]);

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT dataset_info_id IF NOT EXISTS FOR (n:DatasetInfo) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  `CREATE CONSTRAINT ${SEEDED_LABEL.toLowerCase()}_id IF NOT EXISTS FOR (n:${SEEDED_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT seed_run_id IF NOT EXISTS FOR (n:${SEED_RUN_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT seed_file_name IF NOT EXISTS FOR (n:${SEED_FILE_LABEL}) REQUIRE n.name IS UNIQUE`,
  ...Object.keys(NODE_LABELS)
    .filter((label) => label !== 'Source')
    .map(
      (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  'CREATE INDEX meeting_start_day IF NOT EXISTS FOR (n:Meeting) ON (n.startDay)',
  'CREATE INDEX stance_start_day IF NOT EXISTS FOR (n:Stance) ON (n.startDay)',
  'CREATE INDEX contact_start_day IF NOT EXISTS FOR (n:Contact) ON (n.startDay)',
  'CREATE INDEX document_start_day IF NOT EXISTS FOR (n:Document) ON (n.startDay)',
  // Who did what to whom, by date: the events export reads these relationships straight from the index.
  'CREATE INDEX acted_toward_start_day IF NOT EXISTS FOR ()-[r:ACTED_TOWARD]-() ON (r.startDay)',
  `DROP INDEX ${RETIRED_FULLTEXT_INDEX} IF EXISTS`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.aliasText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  `CREATE FULLTEXT INDEX ${MEANING_INDEX} IF NOT EXISTS FOR (n:Issue|Stance) ON EACH [n.description, n.category, n.keywords, n.summary, n.evidenceQuotes]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english', \`fulltext.eventually_consistent\`: false } }`,
];
