import type { Collection } from '../../seed/model/schema.js';
import { ISSUE_CATEGORIES, ORGANISATION_KINDS } from '../../seed/model/vocabulary.js';
import { builder, date, properName, sentence, times, type ClusterContext, type Entry } from './cluster-builder.js';
import { generateMeetings, generatePeople, generateStances } from './generate-facts.js';
import { generateContacts, generateDocuments, generateGroups } from './generate-claims.js';
import { PER_CLUSTER } from './references.js';
import * as words from './vocabulary.js';
import { SYNTHETIC_ARTICLE_FILE } from './synthetic-article.js';

export type { ClusterContext } from './cluster-builder.js';

/** One cluster's entries for every collection, in file order. */
export function generateCluster(context: ClusterContext): Record<Collection, Entry[]> {
  const make = (collection: Collection) => builder(context, collection);
  const sources = make('sources');
  const states = make('states');
  const organisations = make('organisations');
  const places = make('places');
  const issues = make('issues');
  return {
    sources: times(PER_CLUSTER.sources, (index) => ({
      id: sources.id('source', index),
      file: SYNTHETIC_ARTICLE_FILE,
      publisher: `${properName(sources.random)} News`,
      title: sentence(sources.random, 6),
      date: date(sources.random),
      dateInferred: sources.random.chance(0.4),
    })),
    states: times(PER_CLUSTER.states, (index) => ({
      id: states.id('state', index),
      name: `${properName(states.random)}ia`,
      aliases: states.random.chance(0.2) ? [properName(states.random)] : [],
      evidence: states.evidence(),
    })),
    organisations: times(PER_CLUSTER.organisations, (index) => ({
      id: organisations.id('organisation', index),
      name: `${properName(organisations.random)} ${organisations.random.pick(['Council', 'Ministry', 'Agency', 'Office'])}`,
      aliases: [],
      kind: organisations.random.pick(ORGANISATION_KINDS),
      partOf: organisations.random.chance(0.5) ? organisations.ref('state') : undefined,
      evidence: organisations.evidence(),
    })),
    places: times(PER_CLUSTER.places, (index) => ({
      id: places.id('place', index),
      name: `${properName(places.random)} City`,
      aliases: [],
      in: places.ref('state'),
      evidence: places.evidence(),
    })),
    people: generatePeople(make('people')),
    meetings: generateMeetings(make('meetings')),
    issues: times(PER_CLUSTER.issues, (index) => ({
      id: issues.id('issue', index),
      name: `${properName(issues.random)} ${issues.random.pick(words.ISSUE_WORDS)}`,
      aliases: [],
      category: issues.random.pick(ISSUE_CATEGORIES),
      description: sentence(issues.random, 12),
      evidence: issues.evidence(),
    })),
    stances: generateStances(make('stances')),
    groups: generateGroups(make('groups')),
    documents: generateDocuments(make('documents')),
    contacts: generateContacts(make('contacts')),
  };
}
