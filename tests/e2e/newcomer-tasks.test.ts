import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Actions } from './actions.js';
import { drawnIds, emitOn, openClientHarness, SCREENSHOTS, waitForView, type ClientHarness } from './browser.js';
import { launchChromium } from './chromium.js';

/** The node positions of the drawing, rounded to the pixel. */
function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(): { forEach(f: (n: { id(): string; position(): { x: number; y: number } }) => void): void } };
      }
    ).cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      out[n.id()] = { x: Math.round(n.position().x), y: Math.round(n.position().y) };
    });
    return out;
  });
}

/** The text of a search request: reads go out as GET (cacheable), with the operation in the URL. */
const searchText = (request: Request): string | undefined => {
  const params = new URL(request.url()).searchParams;
  const body =
    request.method() === 'GET'
      ? { operationName: params.get('operationName'), variables: JSON.parse(params.get('variables') ?? 'null') }
      : (request.postDataJSON() as { operationName?: string; variables?: { text?: string } } | null);
  return body?.operationName === 'Search' ? (body.variables as { text?: string } | null)?.text : undefined;
};

describe('ten newcomer tasks in headless Chromium, counting the actions each takes', { timeout: 120_000 }, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness({ width: 1440, height: 900 });
  }, 180_000);
  afterAll(() => harness?.close());

  test('1. the heads of both delegations at Istanbul on 2 June 2025, in at most 3 actions', async () => {
    const { page, url } = harness;
    const actions = new Actions(page);
    await page.goto(url);
    await actions.click(page.getByRole('link', { name: 'Meetings' }));
    await waitForView(page, 'meetings');
    const card = page.locator('[data-meeting="istanbul-talks-2025-06-02"]');
    // A card off the edge of the strip must first be scrolled to: that is an action too.
    const outOfView = await card.evaluate((button) => {
      const strip = button.parentElement!.getBoundingClientRect();
      const box = button.getBoundingClientRect();
      return box.left < strip.left || box.right > strip.right;
    });
    if (outOfView) {
      actions.count++;
      await card.scrollIntoViewIfNeeded();
    }
    await actions.click(card);
    await waitForView(page, 'meetings');
    const heads = await page.evaluate(() =>
      (
        window as unknown as {
          cy: { nodes(s: string): { map(f: (n: { data(k: string): string }) => string): string[] } };
        }
      ).cy
        .nodes('node.head')
        .map((n) => n.data('label')),
    );
    expect(heads.join(' | ')).toMatch(/Rustem Umerov/);
    expect(heads.join(' | ')).toMatch(/Vladimir Medinsky/);
    expect(actions.count).toBeLessThanOrEqual(3);
    await page.screenshot({ path: `${SCREENSHOTS}/task-1-istanbul-heads.png` });
  });

  test('2. everything within two hops of "Zelenskyy", with the evidence of an edge', async () => {
    const { page, url } = harness;
    const actions = new Actions(page);
    await page.goto(url);
    await waitForView(page, 'explore');
    await actions.type(page.getByRole('combobox', { name: 'Search' }), 'Zelenskyy');
    await actions.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'volodymyr-zelensky');
    await waitForView(page, 'explore');
    const oneHop = (await drawnIds(page)).length;
    await actions.click(page.getByRole('button', { name: '2 hops' }));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('depth') === '2');
    await waitForView(page, 'explore');
    expect((await drawnIds(page)).length).toBeGreaterThan(oneHop);
    const edge = (await drawnIds(page, 'edge[type = "HELD_POST"]'))[0]!;
    actions.count++; // a click on the edge
    await emitOn(page, edge, 'tap');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByText(/Stated by \d+ sources?/).waitFor();
    expect(await panel.locator('blockquote cite').first().textContent()).toMatch(/· \d{4}/);
    expect(actions.count).toBeLessThanOrEqual(4);
    await page.screenshot({ path: `${SCREENSHOTS}/task-2-two-hops.png` });
    // The search text is part of the view: a reload keeps what was chosen in the box.
    await page.reload();
    await waitForView(page, 'explore');
    expect(await page.getByRole('combobox', { name: 'Search' }).inputValue()).toBe('Volodymyr Zelensky');
  });

  test('3. every post Rustem Umerov held, with its dates', async () => {
    const { page, url } = harness;
    const actions = new Actions(page);
    await page.goto(url);
    await waitForView(page, 'explore');
    await actions.type(page.getByRole('combobox', { name: 'Search' }), 'Umerov');
    await actions.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('heading', { name: 'Posts' }).waitFor();
    const posts = await panel.locator('h3:text("Posts") + ul > li > div:first-child').allTextContents();
    expect(posts).toHaveLength(2);
    expect(posts.join('\n')).toMatch(/Defence Minister, Ukraine \(.*attested 2025-06-02\)/);
    expect(posts.join('\n')).toMatch(/Secretary, .*attested 2026-02-04/);
    expect(actions.count).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/task-3-umerov-posts.png` });
  });

  test("4. who supports and who opposes Ukraine's NATO membership, each with quote, speaker and article", async () => {
    const { page, url } = harness;
    const actions = new Actions(page);
    await page.goto(url);
    await actions.click(page.getByRole('link', { name: 'Positions' }));
    await waitForView(page, 'positions');
    await actions.click(page.getByRole('button', { name: 'Matrix' }));
    await waitForView(page, 'positions');
    const column = page.locator('button[data-cell$=">ukraine-nato-membership"]');
    const cells = await column.evaluateAll((buttons) =>
      buttons.map((b) => ({ id: b.getAttribute('data-cell')!, side: b.parentElement!.className })),
    );
    const side = (stand: string) => cells.filter((c) => c.side.startsWith(stand)).map((c) => c.id.split('>')[0]);
    expect(side('FOR')).toEqual(expect.arrayContaining(['ukraine', 'nato', 'poland']));
    expect(side('AGAINST')).toEqual(expect.arrayContaining(['russia', 'vladimir-putin']));
    const panel = page.getByRole('complementary', { name: 'Details' });
    // One who opposes, then one who supports: each cell opens the stance with its quote, its
    // speaker and its article.
    for (const [actor, heading] of [
      ['russia', /^Russia — opposes → Ukraine's membership of NATO/],
      ['ukraine', /^Ukraine — supports → Ukraine's membership of NATO/],
    ] as const) {
      await actions.click(page.locator(`button[data-cell="${actor}>ukraine-nato-membership"]`));
      await panel.getByRole('heading', { name: heading }).waitFor();
      expect(await panel.locator('.speaker').textContent()).toMatch(/^(Voiced|Held|Claimed) by \S/);
      expect(await panel.locator('blockquote').first().textContent()).toMatch(/“.+”/);
      // The article: publisher (or a word that none is named), date and title.
      expect(await panel.locator('blockquote cite').first().textContent()).toMatch(/.+ · \d{4}.* · .+/);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/task-4-nato-matrix.png` });
    // The article itself: the quote's link opens the reading pane at that quote.
    const link = panel.locator('blockquote a.open-article').first();
    const source = await link.getAttribute('data-source');
    const quote = await link.getAttribute('data-quote');
    await actions.click(link);
    await waitForView(page, 'sources');
    const params = new URL(page.url()).searchParams;
    expect([params.get('source'), params.get('quote')]).toEqual([source, quote]);
    await page.locator('#reader').waitFor();
    expect(await page.locator('#reader').textContent()).toContain(quote!.slice(0, 40));
    expect(actions.count).toBe(5);
  });

  test('5. a path from "Witkoff" to "Putin", typed as those words and picked with Enter', async () => {
    const { page, url } = harness;
    const actions = new Actions(page);
    await page.goto(url);
    await actions.click(page.getByRole('link', { name: 'Path' }));
    await waitForView(page, 'path');
    await actions.type(page.getByRole('combobox', { name: 'From' }), 'Witkoff');
    await actions.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pfrom') !== null);
    await actions.type(page.getByRole('combobox', { name: 'To' }), 'Putin');
    await actions.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pto') !== null);
    await waitForView(page, 'path');
    const params = new URL(page.url()).searchParams;
    expect([params.get('pfrom'), params.get('pto')]).toEqual(['steve-witkoff', 'vladimir-putin']);
    expect(await drawnIds(page, 'node.on-path')).toEqual(expect.arrayContaining(['steve-witkoff', 'vladimir-putin']));
    expect(await page.locator('#status.error').count()).toBe(0);
    expect(actions.count).toBe(5);
    await page.screenshot({ path: `${SCREENSHOTS}/task-5-path.png` });
  });

  test('6. "Zelensky" and "Kiev" find the person and the city', async () => {
    const { page, url } = harness;
    for (const [text, name, id] of [
      ['Zelensky', 'Volodymyr Zelensky', 'volodymyr-zelensky'],
      ['Kiev', 'Kyiv', 'kyiv'],
    ] as const) {
      const actions = new Actions(page);
      await page.goto(url);
      await waitForView(page, 'explore');
      await actions.type(page.getByRole('combobox', { name: 'Search' }), text);
      const first = page.getByRole('option').first();
      await first.waitFor();
      expect(await first.textContent()).toContain(name);
      await actions.press('Enter');
      await page.waitForFunction((i) => new URL(location.href).searchParams.get('focus') === i, id);
      expect(actions.count).toBe(2);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/task-6-kiev.png` });
  });

  test('7. the graph as of April 2025, and what that date hides', async () => {
    const { page, url } = harness;
    await page.goto(`${url}?focus=rustem-umerov&depth=2`);
    await waitForView(page, 'explore');
    const all = (await drawnIds(page, 'node:visible')).length;
    const actions = new Actions(page);
    // The timeline's dated tick for the April meetings: one click.
    await actions.click(page.locator('#asof-ticks button[data-date="2025-04"]'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asof') === '2025-04');
    await waitForView(page, 'explore');
    expect(actions.count).toBe(1);
    expect(await page.locator('#asof-label').textContent()).toBe('Apr 2025');
    expect((await drawnIds(page, 'node:visible')).length).toBeLessThan(all);
    // Umerov's delegation met in June: it is hidden in April, and the line beside the slider says so.
    expect(await drawnIds(page, 'node:visible')).not.toContain('istanbul-talks-2025-06-02-ukraine');
    expect(await page.locator('#asof-hides').textContent()).toMatch(
      /^Hides \d+ nodes? \(.+\) and \d+ edges? dated after 2025-04\.$/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/task-7-as-of-april.png` });

    // Play steps through the meeting days that follow, then Pause stops on the day reached.
    const meetingDays = await page
      .locator('#asof-ticks button')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['date']!));
    const next = meetingDays.filter((day) => day > '2025-04');
    expect(next.length).toBeGreaterThanOrEqual(2);
    await actions.click(page.locator('#asof-play'));
    for (const day of next.slice(0, 2)) {
      await page.waitForFunction((d) => new URL(location.href).searchParams.get('asof') === d, day);
    }
    await actions.click(page.locator('#asof-play'));
    expect(await page.locator('#asof-play').getAttribute('aria-pressed')).toBe('false');
    // By the Istanbul talks of June, Umerov's delegation is drawn again.
    await page.waitForFunction(() => {
      const cy = (window as unknown as { cy: { $(s: string): { length: number } } }).cy;
      return cy.$('#istanbul-talks-2025-06-02-ukraine:visible').length === 1;
    });
  });

  test('8. a shared link opens the same picture, a dragged node included, in a new browser context', async () => {
    const { page, url, context } = harness;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.goto(`${url}?focus=volodymyr-zelensky`);
    await waitForView(page, 'explore');
    const actions = new Actions(page);
    // Drag Ukraine 80 px to the right: it stays there, pinned.
    actions.count++; // the drag
    const box = (await page.locator('#graph').boundingBox())!;
    const ukraine = await page.evaluate(() =>
      (window as unknown as { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } }).cy
        .getElementById('ukraine')
        .renderedPosition(),
    );
    await page.mouse.move(box.x + ukraine.x, box.y + ukraine.y);
    await page.mouse.down();
    await page.mouse.move(box.x + ukraine.x + 40, box.y + ukraine.y + 10, { steps: 4 });
    await page.mouse.move(box.x + ukraine.x + 80, box.y + ukraine.y + 20, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => /ukraine~/.test(new URL(location.href).searchParams.get('pin') ?? ''));
    await waitForView(page, 'explore');
    await actions.click(page.getByRole('button', { name: 'Share' }));
    await page
      .locator('#status')
      .getByText(/Link copied/)
      .waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const here = await positions(page);
    const profile = await mkdtemp(path.join(tmpdir(), 'peace-talks-share-'));
    const other = await launchChromium({ userDataDir: profile, width: 1440, height: 900 });
    try {
      const fresh = other.pages()[0] ?? (await other.newPage());
      actions.count++; // the link pasted into the other browser
      await fresh.goto(link);
      await waitForView(fresh, 'explore');
      expect(await positions(fresh)).toEqual(here);
      expect(actions.count).toBe(3);
      await fresh.screenshot({ path: `${SCREENSHOTS}/task-8-shared-link.png` });
    } finally {
      await other.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('9. PNG, GraphML and matrix CSV exports', async () => {
    const { page, url } = harness;
    await page.goto(`${url}?view=positions&table=1`);
    await waitForView(page, 'positions');
    const actions = new Actions(page);
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        actions.click(page.getByRole('button', { name })),
      ]);
      return readFile((await file.path())!);
    };
    const csv = (await download('CSV')).toString('utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toMatch(/^actor,.*Ukraine's membership of NATO/);
    expect(rows.find((row) => row.startsWith('Russia,'))).toMatch(/opposes \d{4}/);
    expect((await download('PNG')).subarray(1, 4).toString()).toBe('PNG');
    expect((await download('GraphML')).toString('utf8')).toContain('<node id="russia">');
    // One click per export, from the positions table.
    expect(actions.count).toBe(3);
  });

  test("10. a node's details reached with the keyboard alone", async () => {
    const { page, url } = harness;
    await page.goto(`${url}?focus=rustem-umerov`);
    await waitForView(page, 'explore');
    const actions = new Actions(page);
    await actions.press('Tab'); // the skip link
    await actions.press('Enter'); // to the drawing
    await actions.press('ArrowRight'); // the first node
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
    await waitForView(page, 'explore');
    await actions.press('Enter'); // to its details
    await page.waitForFunction(() => document.activeElement?.id === 'panel');
    expect(await page.locator('#panel h2').textContent()).toMatch(/\w/);
    expect(actions.count).toBe(4);
    await page.screenshot({ path: `${SCREENSHOTS}/task-10-keyboard.png` });
  });

  test('0. the start page says what the dataset holds and opens a view from an example question in one click', async () => {
    const { page, url } = harness;
    await page.goto(url);
    await waitForView(page, 'explore');
    const start = page.getByRole('region', { name: /who stands where/i });
    await start.getByRole('link', { name: /Witkoff connected to Vladimir Putin/ }).waitFor();
    // The figures are the API's own, never written into the page.
    const { dataset, sources } = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ dataset { facts quotes } sources { id } }' }),
      });
      return ((await response.json()) as { data: { dataset: { facts: number; quotes: number }; sources: unknown[] } })
        .data;
    });
    expect(await start.locator('.size').textContent()).toContain(
      `${dataset.facts} facts and ${dataset.quotes} quotes from ${sources.length} articles`,
    );
    expect(await start.locator('.talks li').count()).toBeGreaterThan(0);
    expect(await start.locator('.people').getByRole('link', { name: 'Rustem Umerov' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/start-page.png` });

    const actions = new Actions(page);
    await actions.click(start.getByRole('link', { name: /Witkoff connected to Vladimir Putin/ }));
    await waitForView(page, 'path');
    expect(new URL(page.url()).searchParams.get('pfrom')).toBe('steve-witkoff');
    expect(await drawnIds(page)).toEqual(expect.arrayContaining(['steve-witkoff', 'vladimir-putin']));
    expect(await start.isHidden()).toBe(true);
    expect(actions.count).toBe(1);

    // Back returns to the start page; a talks round opens the Meetings view on it.
    await page.goBack();
    await start.waitFor();
    await actions.click(start.locator('.talks a', { hasText: 'Istanbul' }).first());
    await waitForView(page, 'meetings');
    expect(new URL(page.url()).searchParams.get('meeting')).toMatch(/^istanbul-talks-/);
  });
});

// A page of its own: the views the tasks above leave behind must not change what a search sends.
describe('a search typed faster than the API answers', { timeout: 120_000 }, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness({ width: 1440, height: 900 });
  }, 180_000);
  afterAll(() => harness?.close());

  test('5b. typing faster than a slow API: a cancelled search never reports, and Enter waits for the answer', async () => {
    const { page, url } = harness;
    await page.goto(url);
    await waitForView(page, 'explore');
    // Each search is held until the test lets it go, so the answers come late and out of order.
    const held = new Map<string, Route>();
    const arrived = new Map<string, () => void>();
    const asked: string[] = [];
    await page.route('**/graphql*', async (route) => {
      const text = searchText(route.request());
      if (text === undefined) return route.continue();
      asked.push(text);
      held.set(text, route);
      arrived.get(text)?.();
    });
    const waitForSearch = (text: string) =>
      new Promise<void>((resolve) => (held.has(text) ? resolve() : arrived.set(text, resolve)));
    const release = async (text: string) => {
      const route = held.get(text)!;
      // The client may have cancelled it meanwhile; then there is nothing to answer.
      await route.fetch().then(
        (response) => route.fulfill({ response }),
        () => undefined,
      );
    };
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.pressSequentially('Witk');
    await waitForSearch('Witk');
    await box.pressSequentially('off');
    await waitForSearch('Witkoff');
    // The first search was cancelled by the second: it must not speak over it.
    await release('Witk');
    expect(await page.getByRole('listbox').allTextContents()).not.toContainEqual(expect.stringMatching(/abort/i));
    // Enter before the answer: the choice is made from the answer to "Witkoff" once it comes,
    // the search already on its way, not a second one sent for the same text.
    await page.keyboard.press('Enter');
    await release('Witkoff');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'steve-witkoff');
    expect(asked.filter((text) => text === 'Witkoff')).toHaveLength(1);
    await page.unroute('**/graphql*');
  });
});
