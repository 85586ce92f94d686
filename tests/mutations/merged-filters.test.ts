import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { addUser } from '../../server/auth/users.js';
import type { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { post, signIn } from '../support/editor-client.js';
import { openEditDatabase } from '../support/edit-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

// The duplicates fixture, with a second Ruritania and a second border treaty to merge, a contact
// and a claim of Ruritania's, and an opposed stance of Borduria's on the treaty.
const FIXTURE = 'tests/fixtures/merged-filters';
const PASSWORD = 'editor password 1';

/** Each merge of the test: the kept entity and the one merged into it. */
const MERGES = [
  { keep: 'kingdom-of-ruritania', merge: 'ruritania' },
  { keep: 'frontier-treaty', merge: 'border-treaty' },
] as const;

/** Every filter argument that takes entity ids, asked with one id of an entity merged above. */
const FILTERS: Record<string, { query: string; field: string; kind: 'actor' | 'issue' }> = {
  'stances(filter: {actors})': {
    query: 'query ($id: ID!) { stances(filter: { actors: [$id] }) { total items { id actor { id } } } }',
    field: 'stances',
    kind: 'actor',
  },
  'stances(filter: {issues})': {
    query: 'query ($id: ID!) { stances(filter: { issues: [$id] }) { total items { id issue { id } } } }',
    field: 'stances',
    kind: 'issue',
  },
  'stances(filter: {claimedBy})': {
    query: 'query ($id: ID!) { stances(filter: { claimedBy: [$id] }) { total items { id claimant { id } } } }',
    field: 'stances',
    kind: 'actor',
  },
  'contacts(actor:)': {
    query: 'query ($id: ID!) { contacts(actor: $id) { total items { id parties { id } } } }',
    field: 'contacts',
    kind: 'actor',
  },
  'agreementNetwork(issues:)': {
    query: `query ($id: ID!) { agreementNetwork(issues: [$id]) {
      actors { id } links { a { id } b { id } conflict disagreeOn { id } } } }`,
    field: 'agreementNetwork',
    kind: 'issue',
  },
  'comparePositions(issues:)': {
    query: `query ($id: ID!) { comparePositions(actors: ["kingdom-of-ruritania", "borduria"], issues: [$id]) {
      issues { issue { id } conflicts { a { id } b { id } } } } }`,
    field: 'comparePositions',
    kind: 'issue',
  },
  'comparePositions(actors:)': {
    query: `query ($id: ID!) { comparePositions(actors: [$id, "borduria", $id]) {
      actors { id } issues { issue { id } conflicts { a { id } b { id } } } } }`,
    field: 'comparePositions',
    kind: 'actor',
  },
  'rosterChange(party:)': {
    query: `query ($id: ID!) { rosterChange(party: $id, before: "fixtureville-talks", after: "fixtureville-talks") {
      party { id } stayed { person { id } } } }`,
    field: 'rosterChange',
    kind: 'actor',
  },
};

describe('a filter given a merged entity’s old id', () => {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let roundTrips = 0;

  /** A filter's answer for one id, and how many queries it sent to Neo4j. */
  const ask = async (query: string, id: string) => {
    roundTrips = 0;
    const answer = await post(app, query, { id });
    expect(answer.errors).toBeUndefined();
    return { data: answer.data!, roundTrips };
  };

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = await openEditDatabase(driver, FIXTURE);
    await addUser(executor, 'eddie', 'editor', PASSWORD);
    app = createApp({
      driver,
      ...testDatabase(),
      logErrors: false,
      session: { hours: 1, secureCookie: false },
      onQuery: () => (roundTrips += 1),
    });
    const cookie = await signIn(app, 'eddie', PASSWORD);
    for (const { keep, merge } of MERGES) {
      const preview = await post<{ mergePreview: { keep: { version: string }; merge: { version: string } } }>(
        app,
        'query ($keep: ID!, $merge: ID!) { mergePreview(keep: $keep, merge: $merge) { keep { version } merge { version } } }',
        { keep, merge },
      );
      const { keep: kept, merge: merged } = preview.data!.mergePreview;
      const answer = await post(
        app,
        `mutation ($keep: ID!, $merge: ID!, $keepVersion: String!, $mergeVersion: String!) {
          mergeEntities(keep: $keep, merge: $merge, keepVersion: $keepVersion, mergeVersion: $mergeVersion) { entry { id } } }`,
        { keep, merge, keepVersion: kept.version, mergeVersion: merged.version },
        { cookie },
      );
      expect(answer.errors).toBeUndefined();
    }
  }, 120_000);
  afterAll(async () => {
    // Leave no unexported changes that would stop the next seed.
    await executor?.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver?.close();
  });

  test.each(Object.keys(FILTERS))('%s answers as given the kept id, in one round trip', async (name) => {
    const { query, field, kind } = FILTERS[name]!;
    const { keep, merge } = MERGES[kind === 'actor' ? 0 : 1];
    const byKept = await ask(query, keep);
    // The fixture gives every filter something to find, so an answer of nothing cannot pass.
    expect(JSON.stringify(byKept.data[field])).toContain(`"${keep}"`);
    expect(await ask(query, merge)).toEqual({ data: byKept.data, roundTrips: 1 });
  });
});
