import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toSlug } from '../../client/src/curation/slug.js';
import { exportDataset } from '../../seed/export/export-dataset.js';
import { AUTH_LABELS, ensureAuthSchema } from '../../server/auth/auth-schema.js';
import { CSRF_HEADER } from '../../server/auth/use-auth.js';
import { addUser } from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { CHANGE_LABEL } from '../../server/mutations/changes.js';
import { ensureChangeSchema } from '../../server/mutations/change-schema.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { Actions } from './actions.js';
import { recordOperations } from './operation-log.js';
import { drawnIds, emitOn, openClientHarness, SCREENSHOTS, waitForView, type ClientHarness } from './browser.js';

const EDITOR = 'erin';
const PASSWORD = 'workbench password 1';
const ARTICLE = {
  publisher: 'Workbench Wire',
  title: 'Moscow repeats its Donetsk demand',
  author: 'A. Reporter',
  date: '2026-11-30',
  url: 'https://example.org/moscow-repeats-donetsk-demand',
};
const SENTENCE =
  'Kremlin spokesman Dmitry Peskov said on Monday that Russia still demands the withdrawal of Ukrainian troops from the Donetsk region.';
const TEXT = `${ARTICLE.title}

Talks went on behind closed doors this week. ${SENTENCE} Kyiv did not answer at once.

A second round is expected in December.
`;
const ARTICLE_ID = toSlug(ARTICLE.publisher, ARTICLE.date, ARTICLE.title);
/** The position is recorded as the spokesman's claim: the article gives his words, not Russia's own. */
const STANCE_ID = toSlug('dmitry-peskov says', 'russia', 'demands', 'ukrainian-withdrawal-from-donetsk', ARTICLE.date);

/** True when the element is scrolled into the reading pane's view. */
const isInReader = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const reader = document.getElementById('reader')!.getBoundingClientRect();
    return box.top >= reader.top && box.bottom <= reader.bottom;
  });

/** The browser's drawing, as the client exposes it for its tests (`window.cy`). */
const hasElement = (page: Page, id: string) =>
  page.waitForFunction(
    (i) =>
      !!(window as unknown as { cy?: { getElementById(id: string): { length: number } } }).cy?.getElementById(i).length,
    id,
  );

/** Sends an operation as text from the page, with its session cookie: what another editor's client would send. */
const sendFromPage = <T>(page: Page, query: string, variables: Record<string, unknown>) =>
  page.evaluate(
    async ({ query, variables, header }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: '1' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables, header: CSRF_HEADER },
  ) as Promise<{ data?: T; errors?: { message: string }[] }>;

describe('the curation workbench in headless Chromium, against the real server and Neo4j', { timeout: 300_000 }, () => {
  let harness: ClientHarness;
  let driver: Driver;
  let executor: Executor;
  let scratch: string;
  const panel = () => harness.page.getByRole('complementary', { name: 'Details' });

  beforeAll(async () => {
    harness = await openClientHarness({ width: 1440, height: 900 });
    driver = connectTestDriver();
    executor = new Executor({ driver, ...testDatabase() });
    await ensureAuthSchema(executor);
    await ensureChangeSchema(executor);
    await executor.write((run) => run(`MATCH (n:${Object.values(AUTH_LABELS).join('|')}) DETACH DELETE n`));
    await addUser(executor, EDITOR, 'editor', PASSWORD);
    scratch = await mkdtemp(path.join(tmpdir(), 'workbench-export-'));
  }, 240_000);
  afterAll(async () => {
    // Edits left unexported by a failed step would stop the next test file's seed.
    await executor?.write((run) => run(`MATCH (c:${CHANGE_LABEL}) DETACH DELETE c`));
    await driver?.close();
    await harness?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('a reader who is not signed in reads an article and its facts, and sees no editing control', async () => {
    const { page, url } = harness;
    const article = 'independent-2026-02-04-abu-dhabi-talks';
    const stance = 'russia-demands-ukrainian-withdrawal-from-donetsk-2026-02-04';
    await page.goto(`${url}?view=sources&source=${article}`);
    await waitForView(page, 'sources');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // A highlight, clicked, lists the facts its quote supports and draws them.
    await page.locator('#article-text mark').first().click();
    await page.locator('#quote-facts li').first().waitFor();
    await waitForView(page, 'sources');
    expect((await drawnIds(page)).length).toBeGreaterThan(0);
    // A link to a quote opens the article at it; a fact of the list opens in the panel.
    const quote = (await readFile('seed/data/stances.yaml', 'utf8')).match(
      new RegExp(`id: ${stance}\\n[\\s\\S]*?quote: (.*)\\n`),
    )![1]!;
    await page.goto(`${url}?view=sources&source=${article}&quote=${encodeURIComponent(quote)}`);
    await waitForView(page, 'sources');
    expect(await isInReader(page.locator('#article-text mark.chosen').first())).toBe(true);
    await page.getByRole('button', { name: `stance: ${stance}` }).click();
    await hasElement(page, stance);
    await panel().getByRole('link', { name: 'Open in article' }).first().waitFor();
    for (const name of ['Record a fact', 'Add an article…', 'Correct…', 'Retract…', 'Sign out'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/workbench-reader.png` });
  });

  test('a forged request without the session is refused with UNAUTHENTICATED', async () => {
    const response = await fetch(`${harness.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({
        query: 'mutation ($id: ID!) { retractFact(id: $id, reason: "forged", version: "x") { entry { id } } }',
        variables: { id: 'russia-demands-ukrainian-withdrawal-from-donetsk-2026-02-04' },
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  test('1–6: sign in, add an article, record a position from a sentence, find it, correct it, retract it, export it', async () => {
    const { page, url } = harness;

    // 1. An editor signs in and pastes a new article.
    await page.goto(`${url}?view=sources`);
    await waitForView(page, 'sources');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const signIn = page.getByRole('dialog', { name: 'Sign in to edit' });
    await signIn.getByLabel('Name').fill(EDITOR);
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${EDITOR} (editor)`).waitFor();
    await page.getByRole('button', { name: 'Add an article…' }).click();
    const form = page.getByRole('dialog', { name: 'Add an article' });
    await form.getByLabel('Text of the article').fill(TEXT);
    for (const [label, value] of [
      ['Publisher', ARTICLE.publisher],
      ['Title', ARTICLE.title],
      ['Author', ARTICLE.author],
      ['Date', ARTICLE.date],
      ['Address (URL)', ARTICLE.url],
    ] as const)
      await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Add the article' }).click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('source') === id, ARTICLE_ID);
    await page.getByRole('heading', { name: ARTICLE.title }).waitFor();

    // 2. The editor selects a sentence (found by a phrase, widened to the sentence) and records a position
    // with its holder, issue and claimant.
    await page.getByLabel('Find', { exact: true }).fill('still demands');
    await page.getByLabel('Find', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Whole sentence' }).click();
    await page.getByText(`Selected: “${SENTENCE}”`).waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(SENTENCE);

    const actions = new Actions(page);
    await actions.click(page.getByRole('button', { name: 'Record a fact' }));
    const factForm = page.getByRole('dialog', { name: 'Record a fact' });
    expect(await factForm.getByLabel('Quote').inputValue()).toBe(SENTENCE);
    expect(await factForm.getByLabel('Date').inputValue()).toBe(ARTICLE.date);
    await actions.type(factForm.getByRole('combobox', { name: 'Holder' }), 'Russia');
    await actions.type(factForm.getByRole('combobox', { name: 'Issue' }), 'withdrawal from Donetsk');
    await actions.type(factForm.getByRole('combobox', { name: 'Claimant (optional)' }), 'Peskov');
    await actions.choose(factForm.getByLabel('Position'), 'demands');
    await factForm.screenshot({ path: `${SCREENSHOTS}/workbench-fact-form.png` });
    const saved = Date.now();
    const operations = recordOperations(page);
    await actions.click(factForm.getByRole('button', { name: 'Save the fact' }));
    await hasElement(page, STANCE_ID);
    await waitForView(page, 'sources');
    const redrawn = Date.now() - saved;
    const sent = operations.stop();
    const answered = sent.find(({ name }) => name === 'PutStance')!.at;
    const requests = sent.map(({ name, ms }) => `${name} ${ms} ms`);
    console.log(
      `e2e: recording a fact took ${actions.count} actions after the selection; save to redraw ${redrawn} ms, ${saved + redrawn - answered} ms of it after the save's answer (${requests.join(', ')})`,
    );
    // The article's marks and count come from the save's answer: the list and the text are not fetched again.
    expect(sent.map(({ name }) => name)).not.toEqual(expect.arrayContaining(['SourceList']));
    expect(sent.map(({ name }) => name)).not.toEqual(expect.arrayContaining(['SourceText']));
    expect(actions.count).toBeLessThanOrEqual(6);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(STANCE_ID);
    expect(await drawnIds(page)).toEqual(
      expect.arrayContaining([STANCE_ID, 'russia', 'ukrainian-withdrawal-from-donetsk', 'dmitry-peskov']),
    );
    await panel()
      .getByRole('heading', { name: /Russia demands/ })
      .waitFor();
    await page.locator('#article-text mark.chosen', { hasText: 'still demands' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/workbench-sources.png` });

    // 3. The position appears in the Positions view with its quote.
    await page.getByRole('link', { name: 'Positions' }).click();
    await waitForView(page, 'positions');
    const edge = await page.evaluate(
      (id) =>
        (
          window as unknown as {
            cy: {
              edges(): {
                filter(f: (e: { data(k: string): string }) => boolean): {
                  map(f: (e: { id(): string }) => string): string[];
                };
              };
            };
          }
        ).cy
          .edges()
          .filter((e) => e.data('stanceId') === id)
          .map((e) => e.id()),
      STANCE_ID,
    );
    expect(edge).toHaveLength(1);
    // Drawn as a claim, naming its claimant, beside Russia's own positions.
    expect(
      await page.evaluate((id) => {
        const drawn = (
          window as unknown as {
            cy: { getElementById(id: string): { data(key: string): string; hasClass(c: string): boolean } };
          }
        ).cy.getElementById(id);
        return { label: drawn.data('label'), claim: drawn.hasClass('claim') };
      }, edge[0]!),
    ).toEqual({ label: 'Dmitry Peskov says: demands', claim: true });
    await emitOn(page, edge[0]!, 'tap');
    await panel().getByText("Claimed by Dmitry Peskov, not in Russia's own words.").waitFor();
    await panel().getByText(`“${SENTENCE}”`).waitFor();

    // 4. "Open in article" goes back to the highlighted sentence.
    await panel().getByRole('link', { name: 'Open in article' }).click();
    await waitForView(page, 'sources');
    const chosen = page.locator('#article-text mark.chosen');
    await chosen.waitFor();
    expect(await chosen.textContent()).toBe(SENTENCE);
    expect(new URL(page.url()).searchParams.get('quote')).toBe(SENTENCE);
    expect(await isInReader(chosen)).toBe(true);

    // 5. The editor corrects the position, then retracts it; the history lists both changes.
    await page.getByRole('button', { name: new RegExp(`stance: ${STANCE_ID}`) }).click();
    await panel().getByRole('button', { name: 'Correct…' }).click();
    const correction = page.getByRole('dialog', { name: 'Correct the position' });
    await correction.getByLabel('Summary').fill('Russia still demands that Ukraine withdraw from the Donetsk region.');
    await correction.getByLabel('Reason for the correction').fill('a summary in our own words');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await panel().getByText('a summary in our own words').waitFor();
    await panel().getByRole('button', { name: 'Retract…' }).click();
    await panel().getByLabel('Reason for retracting').fill('the article misquoted the spokesman');
    await panel().getByRole('button', { name: 'Retract the fact' }).click();
    await panel().getByText('Retracted: the graph no longer holds this fact.').waitFor();
    const history = panel().locator('ol.history li');
    await page.waitForFunction(() => document.querySelectorAll('#panel ol.history li').length === 3);
    const lines = await history.allTextContents();
    expect(lines[0]).toMatch(new RegExp(`^added by ${EDITOR}, `));
    expect(lines[1]).toMatch(new RegExp(`^corrected by ${EDITOR}, .*a summary in our own words$`));
    expect(lines[2]).toMatch(new RegExp(`^retracted by ${EDITOR}, .*the article misquoted the spokesman$`));
    await panel()
      .locator('section.fact-actions')
      .screenshot({ path: `${SCREENSHOTS}/workbench-history.png` });

    // 6. `npm run export` writes the change to the dataset files (here a copy of them).
    await cp('seed/data', scratch, { recursive: true });
    await exportDataset({ driver, ...testDatabase(), dataDir: scratch });
    const stances = await readFile(path.join(scratch, 'stances.yaml'), 'utf8');
    const entry = stances.slice(stances.indexOf(`- id: ${STANCE_ID}\n`));
    expect(entry).toMatch(/summary: Russia still demands that Ukraine withdraw from the Donetsk region\./);
    expect(entry).toMatch(/retracted:\n\s+reason: the article misquoted the spokesman\n\s+by: erin/);
    expect(await readFile(path.join(scratch, 'sources.yaml'), 'utf8')).toContain(`- id: ${ARTICLE_ID}\n`);
    expect(await readFile(path.join(scratch, 'sources', `${ARTICLE_ID}.txt`), 'utf8')).toBe(TEXT);
  });

  test('recording a fact works from the keyboard alone: find, widen, record, fill in, save', async () => {
    const { page } = harness;
    const press = (key: string) => page.keyboard.press(key);
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.textContent ??
          document.activeElement?.id,
      );
    await page.getByLabel('Find', { exact: true }).focus();
    await page.keyboard.type('Kyiv did not');
    await press('Enter');
    await press('Tab'); // Find next
    await press('Tab'); // Whole sentence
    await press('Enter');
    await page.getByText('Selected: “Kyiv did not answer at once.”').waitFor();
    await press('Tab'); // Record a fact
    expect(await focused()).toBe('Record a fact');
    await press('Enter');
    const factForm = page.getByRole('dialog', { name: 'Record a fact' });
    await factForm.waitFor();
    // The holder's field has the focus: type, pick the first match with Enter, move on with Tab.
    await page.keyboard.type('Ukraine');
    await factForm
      .getByRole('option', { name: /Ukraine/ })
      .first()
      .waitFor();
    await press('Enter');
    await factForm.getByText('→ Ukraine (ukraine)').waitFor();
    await press('Tab'); // Create new…
    await press('Tab'); // Issue
    await page.keyboard.type('withdrawal from Donetsk');
    await factForm
      .getByRole('option', { name: /Donetsk/ })
      .first()
      .waitFor();
    await press('Enter');
    for (let i = 0; i < 6; i++) await press('Tab'); // create new…, voiced by, create new…, claimant, create new…, position
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await factForm.getByLabel('Position').getAttribute('id'),
    );
    await page.keyboard.type('rejects');
    for (let i = 0; i < 3; i++) await press('Tab'); // status, attribution, date
    await press('Enter'); // submits the form, as Enter in a text field does
    const id = toSlug('ukraine', 'rejects', 'ukrainian-withdrawal-from-donetsk', ARTICLE.date);
    await hasElement(page, id);
    await waitForView(page, 'sources');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
  });

  test('the same form records the other kinds of fact: here a post, from the same sentence', async () => {
    const { page } = harness;
    await page.getByLabel('Find', { exact: true }).fill('Kremlin spokesman');
    await page.getByLabel('Find', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Whole sentence' }).click();
    await page.getByText(`Selected: “${SENTENCE}”`).waitFor();
    await page.getByRole('button', { name: 'Record a fact' }).click();
    const form = page.getByRole('dialog', { name: 'Record a fact' });
    await form.getByLabel('Kind of fact').selectOption('post');
    await form.getByRole('combobox', { name: 'Person' }).fill('Peskov');
    await form.getByLabel('Title of the post').fill('Kremlin spokesman');
    await form.getByRole('combobox', { name: 'Of (state or organisation)' }).fill('Russia');
    await form.getByRole('button', { name: 'Save the fact' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'dmitry-peskov');
    await page.getByRole('button', { name: /^people: dmitry-peskov \(posts\[\d+\]\)$/ }).waitFor();
  });

  test('"Correct…" opens any kind of fact filled in: here the post just recorded gets an end date', async () => {
    const { page, url } = harness;
    await page.goto(`${url}?view=explore&focus=dmitry-peskov&sel=dmitry-peskov`);
    await waitForView(page, 'explore');
    await panel().getByRole('heading', { name: 'Dmitry Peskov' }).waitFor();
    await panel().getByRole('button', { name: 'Correct…' }).click();
    // A person holds several facts: the panel lists them to choose one.
    await panel().getByRole('button', { name: 'A post held: Kremlin spokesman, russia' }).click();
    const form = page.getByRole('dialog', { name: 'Correct the post' });
    expect(await form.getByLabel('Title of the post').inputValue()).toBe('Kremlin spokesman');
    expect(await form.getByLabel('Quote').inputValue()).toBe(SENTENCE);
    expect(await form.getByLabel('Attested on').inputValue()).toBe(ARTICLE.date);
    await form.getByLabel('Until').fill('2026-12');
    await form.getByLabel('Reason for the correction').fill('he leaves the post in December');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await panel().getByText(`Kremlin spokesman, Russia (… – 2026-12, attested ${ARTICLE.date})`).waitFor();
    await panel().locator('ol.history li', { hasText: 'he leaves the post in December' }).waitFor();
  });

  test('a page that could not ask who is signed in asks again, and shows the editor the editing controls', async () => {
    const { page, url } = harness;
    const isViewer = (address: URL) =>
      address.pathname === '/graphql' && address.searchParams.get('operationName') === 'Viewer';
    let asked = 0;
    // The first answer is the server's when Neo4j is out of reach; the next ones pass through.
    await page.route(isViewer, (route) =>
      asked++ === 0
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              errors: [{ message: 'unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
            }),
          })
        : route.fallback(),
    );
    try {
      await page.goto(`${url}?view=explore&focus=dmitry-peskov&sel=dmitry-peskov`);
      await waitForView(page, 'explore');
      await panel().getByRole('heading', { name: 'Dmitry Peskov' }).waitFor();
      await panel().getByRole('button', { name: 'Correct…' }).waitFor();
      expect(asked).toBeGreaterThanOrEqual(2);
    } finally {
      await page.unroute(isViewer);
    }
  });

  test('a stale edit shows the current version, and "Re-apply my change" saves the editor\'s change over it', async () => {
    const { page, url } = harness;
    const id = toSlug('ukraine', 'rejects', 'ukrainian-withdrawal-from-donetsk', ARTICLE.date);
    const quote = 'Kyiv did not answer at once.';
    await page.goto(`${url}?view=sources&source=${ARTICLE_ID}&quote=${encodeURIComponent(quote)}&sel=${id}`);
    await waitForView(page, 'sources');
    await panel().getByRole('button', { name: 'Correct…' }).click();
    const form = page.getByRole('dialog', { name: 'Correct the position' });
    await form.getByLabel('Summary').fill('Ukraine gave no answer at once.');
    await form.getByLabel('Reason for the correction').fill('a summary in our own words');

    // Meanwhile another editor's client changes the same position.
    const entryQuery = 'query ($id: ID!) { entry(id: $id) { version body } }';
    const current = await sendFromPage<{ entry: { version: string; body: Record<string, unknown> } }>(
      page,
      entryQuery,
      {
        id,
      },
    );
    const other = await sendFromPage(
      page,
      'mutation ($entry: StanceInput!, $version: String) { putStance(entry: $entry, version: $version, comment: "tighter") { entry { id } } }',
      { entry: { ...current.data!.entry.body, summary: 'Kyiv gave no answer.' }, version: current.data!.entry.version },
    );
    expect(other.errors).toBeUndefined();

    await form.getByRole('button', { name: 'Save the correction' }).click();
    const stale = form.locator('.conflict');
    await stale.getByText('Someone changed this fact since you opened it. It now reads:').waitFor();
    await stale.getByText('summary: Kyiv gave no answer.').waitFor();
    await form.screenshot({ path: `${SCREENSHOTS}/workbench-stale-edit.png` });
    await stale.getByRole('button', { name: 'Re-apply my change' }).click();
    await form.waitFor({ state: 'detached' });
    const saved = await sendFromPage<{ entry: { body: { summary: string } } }>(page, entryQuery, { id });
    expect(saved.data!.entry.body.summary).toBe('Ukraine gave no answer at once.');
    await panel().locator('ol.history li', { hasText: 'a summary in our own words' }).waitFor();
  });

  test('an editor merges a duplicate person into the one kept: the preview lists what moves, and the panel shows the kept one', async () => {
    const { page, url } = harness;
    const duplicate = 'd-s-peskov';
    const evidence = [{ source: ARTICLE_ID, quote: SENTENCE }];
    const added = await sendFromPage(
      page,
      'mutation ($entry: PersonInput!) { putPerson(entry: $entry) { entry { id } } }',
      {
        entry: {
          id: duplicate,
          name: 'D. S. Peskov',
          aliases: ['Peskov, D.'],
          evidence,
          posts: [{ title: 'Press secretary of the President', of: 'russia', attested: ARTICLE.date, evidence }],
        },
      },
    );
    expect(added.errors).toBeUndefined();
    await page.goto(`${url}?view=explore&focus=${duplicate}&sel=${duplicate}`);
    await waitForView(page, 'explore');
    await panel().getByRole('heading', { name: 'D. S. Peskov' }).waitFor();

    const actions = new Actions(page);
    await actions.click(panel().getByRole('button', { name: 'Merge into…' }));
    const dialog = page.getByRole('dialog', { name: 'Merge D. S. Peskov into…' });
    await actions.type(dialog.getByRole('combobox', { name: 'Entity to keep' }), 'Dmitry Peskov');
    await actions.click(dialog.getByRole('button', { name: 'Preview the merge' }));
    await dialog.getByText('→ Dmitry Peskov (dmitry-peskov)').waitFor();
    const plan = dialog.locator('.merge-plan');
    await plan.waitFor();
    const listed = async (title: string) =>
      plan.locator('h3', { hasText: title }).locator('xpath=following-sibling::ul[1]/li').allTextContents();
    expect(await listed('Facts that move')).toEqual([
      expect.stringMatching(/^posts\[0\] becomes posts\[\d+\]: Press secretary of the President, russia/),
    ]);
    expect(await listed('Evidence that moves')).toEqual([
      expect.stringMatching(/^evidence\[0\] becomes evidence\[\d+\]: “Kremlin spokesman Dmitry Peskov said/),
    ]);
    expect(await listed('Names kept as aliases')).toEqual(expect.arrayContaining(['D. S. Peskov', 'Peskov, D.']));
    expect(await listed('Ids that keep resolving to it')).toEqual([duplicate]);
    await actions.type(dialog.getByLabel('Reason for the merge'), 'one spokesman, named twice');
    await dialog.screenshot({ path: `${SCREENSHOTS}/workbench-merge.png` });
    await actions.click(dialog.getByRole('button', { name: 'Merge', exact: true }));
    await panel().getByRole('heading', { name: 'Dmitry Peskov' }).waitFor();
    await waitForView(page, 'explore');
    console.log(`e2e: merging a duplicate took ${actions.count} actions from its panel`);
    expect(actions.count).toBeLessThanOrEqual(5);
    expect(Object.fromEntries(['focus', 'sel'].map((key) => [key, new URL(page.url()).searchParams.get(key)]))).toEqual(
      { focus: 'dmitry-peskov', sel: 'dmitry-peskov' },
    );
    const drawn = await drawnIds(page);
    expect(drawn).toContain('dmitry-peskov');
    expect(drawn).not.toContain(duplicate);
    await panel().locator('ol.history li', { hasText: 'one spokesman, named twice' }).first().waitFor();
    // The old id still resolves, through the API and through a link.
    const resolved = await sendFromPage<{ node: { id: string } | null }>(
      page,
      'query ($id: ID!) { node(id: $id) { id } }',
      {
        id: duplicate,
      },
    );
    expect(resolved.data?.node?.id).toBe('dmitry-peskov');
    await page.goto(`${url}?view=explore&focus=${duplicate}`);
    await waitForView(page, 'explore');
    expect(await drawnIds(page)).toContain('dmitry-peskov');
  });
});
