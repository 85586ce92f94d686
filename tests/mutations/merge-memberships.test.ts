import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { addUser } from '../../server/auth/users.js';
import type { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { dataOf, post, signIn } from '../support/editor-client.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { openEditDatabase } from '../support/edit-database.js';

const FIXTURE = 'tests/fixtures/duplicates';
const PASSWORD = 'editor password 1';
const MEETING = 'fixtureville-talks';

const ENTRY = `query ($id: ID!) { entry(id: $id) { version body } }`;
const PUT_MEETING = `mutation ($entry: MeetingInput!, $version: String) {
  putMeeting(entry: $entry, version: $version) { entry { version } } }`;
const PREVIEW = `query ($keep: ID!, $merge: ID!) {
  mergePreview(keep: $keep, merge: $merge) { keep { version } merge { version } conflicts { entryId field message blocking } } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!, $keepVersion: String!, $mergeVersion: String!) {
  mergeEntities(keep: $keep, merge: $merge, keepVersion: $keepVersion, mergeVersion: $mergeVersion) { entry { id } } }`;
const DELEGATION = `query { meeting(id: "${MEETING}") { delegations { id members { person { id } role evidence { quote } } } } }`;

interface Meeting {
  delegations: { id: string; members: { person: string; role: string; evidence: unknown[] }[] }[];
}

describe('merging two people who sat in one delegation', () => {
  let driver: Driver;
  let executor: Executor;
  let app: App;
  let editor: string;

  beforeAll(async () => {
    driver = connectTestDriver();
    executor = await openEditDatabase(driver, FIXTURE);
    await addUser(executor, 'eddie', 'editor', PASSWORD);
    app = createApp({ driver, ...testDatabase(), logErrors: false, session: { hours: 1, secureCookie: false } });
    editor = await signIn(app, 'eddie', PASSWORD);
  });
  afterAll(async () => {
    // Leave no unexported changes that would stop the next seed.
    await executor.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver.close();
  });

  test('their two seats become one, with the evidence of both, and the preview says so', async () => {
    // An editor records "Rassendyll" as a member of the Ruritanian delegation its head already leads.
    const stored = dataOf<{ version: string; body: Meeting }>(await post(app, ENTRY, { id: MEETING }), 'entry');
    const ruritanian = stored.body.delegations[0]!;
    ruritanian.members.push({
      person: 'rassendyll',
      role: 'member',
      evidence: [{ source: 'fixture-article', quote: 'Rassendyll said Ruritania wants the treaty signed.' }],
    } as never);
    dataOf(
      await post(app, PUT_MEETING, { entry: stored.body, version: stored.version }, { cookie: editor }),
      'putMeeting',
    );

    const plan = dataOf<{
      keep: { version: string };
      merge: { version: string };
      conflicts: { entryId: string; field: string; message: string; blocking: boolean }[];
    }>(await post(app, PREVIEW, { keep: 'rudolf-rassendyll', merge: 'rassendyll' }), 'mergePreview');
    expect(plan.conflicts).toEqual([
      {
        entryId: MEETING,
        field: 'delegations[0].members[1]',
        message: expect.stringContaining('folded into it, with the evidence of both') as unknown,
        blocking: false,
      },
    ]);
    // The head keeps its role: the seat of the person kept is the one that stays.
    expect(plan.conflicts[0]!.message).toContain('it keeps role "head", not "member"');

    const variables = {
      keep: 'rudolf-rassendyll',
      merge: 'rassendyll',
      keepVersion: plan.keep.version,
      mergeVersion: plan.merge.version,
    };
    expect(dataOf(await post(app, MERGE, variables, { cookie: editor }), 'mergeEntities')).toEqual({
      entry: { id: 'rudolf-rassendyll' },
    });

    const meeting = dataOf<{
      delegations: { id: string; members: { person: { id: string }; role: string; evidence: { quote: string }[] }[] }[];
    }>(await post(app, DELEGATION), 'meeting');
    const delegation = meeting.delegations.find(({ id }) => id === ruritanian.id)!;
    expect(delegation.members).toEqual([
      {
        person: { id: 'rudolf-rassendyll' },
        role: 'HEAD',
        evidence: [
          { quote: 'Foreign Minister Rudolf Rassendyll led the delegation.' },
          { quote: 'Rassendyll said Ruritania wants the treaty signed.' },
        ],
      },
    ]);
    const after = dataOf<{ body: Meeting }>(await post(app, ENTRY, { id: MEETING }), 'entry');
    expect(after.body.delegations[0]!.members.map(({ person }) => person)).toEqual(['rudolf-rassendyll']);
  }, 90_000);
});
