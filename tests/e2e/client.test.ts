import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawnIds, emitOn, openClientHarness, SCREENSHOTS, waitForView, type ClientHarness } from './browser.js';

describe(
  'the web client in headless Chromium, against the real server and the seeded graph',
  { timeout: 90_000 },
  () => {
    let harness: ClientHarness;

    beforeAll(async () => {
      harness = await openClientHarness();
    }, 120_000);
    afterAll(() => harness?.close());

    test('searching "Zelenskyy" finds Zelensky and draws his neighbourhood', async () => {
      const { page, url } = harness;
      const started = Date.now();
      await page.goto(url);
      await waitForView(page, 'explore');
      await page.getByRole('combobox', { name: 'Search' }).fill('Zelenskyy');
      const option = page.getByRole('option', { name: /Volodymyr Zelensky/ });
      await option.waitFor();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length,
      );
      await waitForView(page, 'explore');
      console.log(`e2e: search to first drawing of the seeded graph in ${Date.now() - started} ms`);
      expect(await drawnIds(page)).toContain('volodymyr-zelensky');
      expect(new URL(page.url()).searchParams.get('focus')).toBe('volodymyr-zelensky');
      await page.screenshot({ path: `${SCREENSHOTS}/explore.png` });
    });

    test('the details panel shows a post and a quote with its publisher', async () => {
      const { page } = harness;
      const panel = page.getByRole('complementary', { name: 'Details' });
      await panel.getByRole('heading', { name: 'Volodymyr Zelensky' }).waitFor();
      await panel.getByRole('heading', { name: 'Posts' }).waitFor();
      expect(await panel.locator('h3:text("Posts") + ul li').first().textContent()).toMatch(/President/);
      expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
      expect(await panel.locator('blockquote cite').first().textContent()).toMatch(/\d{4}/);
      await page.screenshot({ path: `${SCREENSHOTS}/explore-panel.png` });
    });

    test("the panel keeps others' claims apart from the actor's own word, with the claimant first", async () => {
      const { page } = harness;
      const panel = page.getByRole('complementary', { name: 'Details' });
      await panel.getByRole('heading', { name: 'What others say it holds' }).waitFor();
      const claims = await panel.locator('h3:text("What others say it holds") + ul > li > div').allTextContents();
      expect(claims).toContainEqual(expect.stringMatching(/^\S+: Russia says: Volodymyr Zelensky conditional/));
      const own = await panel.locator('h3:text("Stances") + ul > li > div').allTextContents();
      expect(own.filter((line) => / says: /.test(line))).toEqual([]);
    });

    test('expanding a node adds its neighbours without moving the others', async () => {
      const { page } = harness;
      const before = await drawnIds(page);
      const positionOf = () =>
        page.evaluate(() =>
          (window as unknown as { cy: { getElementById(id: string): { position(): { x: number; y: number } } } }).cy
            .getElementById('volodymyr-zelensky')
            .position(),
        );
      const where = await positionOf();
      const neighbour =
        before.find((id) => id !== 'volodymyr-zelensky' && id === 'ukraine') ??
        before.find((id) => id !== 'volodymyr-zelensky')!;
      await emitOn(page, neighbour, 'dbltap');
      await page.waitForFunction(
        (n) => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length > n,
        before.length,
      );
      expect(await positionOf()).toEqual(where);
      expect(new URL(page.url()).searchParams.get('expand')).toBe(neighbour);
    });

    test('keyboard: arrow keys select nodes, Escape closes the selection', async () => {
      const { page } = harness;
      await page.locator('#graph').focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === null);
    });

    test('the Istanbul talks of 2 June 2025: both delegations as boxes with their heads', async () => {
      const { page, url } = harness;
      await page.goto(`${url}?view=meetings`);
      await waitForView(page, 'meetings');
      await page.locator('[data-meeting="istanbul-talks-2025-06-02"]').click();
      await waitForView(page, 'meetings');
      const parents = await drawnIds(page, ':parent');
      expect(parents.sort()).toEqual(['istanbul-talks-2025-06-02-russia', 'istanbul-talks-2025-06-02-ukraine']);
      const heads = await drawnIds(page, 'node.head');
      expect(heads.sort()).toEqual([
        'istanbul-talks-2025-06-02-russia/vladimir-medinsky',
        'istanbul-talks-2025-06-02-ukraine/rustem-umerov',
      ]);
      expect(await drawnIds(page)).toEqual(expect.arrayContaining(['russia', 'ukraine', 'hakan-fidan']));
      await page.screenshot({ path: `${SCREENSHOTS}/meetings-istanbul-2025-06-02.png` });
    });

    test('an edge shows the quotes behind it and how many sources state it', async () => {
      const { page } = harness;
      await emitOn(page, 'istanbul-talks-2025-06-02-ukraine>represents', 'tap');
      const panel = page.getByRole('complementary', { name: 'Details' });
      await panel.getByText(/Stated by \d+ sources?/).waitFor();
      expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENSHOTS}/meetings-edge-evidence.png` });
    });

    test('the path between two entities is drawn and highlighted', async () => {
      const { page, url } = harness;
      await page.goto(`${url}?view=path&pfrom=volodymyr-zelensky&pto=vladimir-medinsky`);
      await waitForView(page, 'path');
      const onPath = await drawnIds(page, 'node.on-path');
      expect(onPath[0]).toBeDefined();
      expect(onPath).toEqual(expect.arrayContaining(['volodymyr-zelensky', 'vladimir-medinsky']));
      expect((await drawnIds(page, 'edge.on-path')).length).toBe(onPath.length - 1);
      await page.screenshot({ path: `${SCREENSHOTS}/path.png` });
    });

    test('positions: actors against issues, and the same as a table', async () => {
      const { page, url } = harness;
      await page.goto(`${url}?view=positions`);
      await waitForView(page, 'positions');
      expect((await drawnIds(page, 'edge[stand = "AGAINST"]')).length).toBeGreaterThan(0);
      expect((await drawnIds(page, 'node.sticking')).length).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENSHOTS}/positions.png` });
      await page.getByRole('button', { name: 'Matrix' }).click();
      await waitForView(page, 'positions');
      expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SCREENSHOTS}/positions-table.png` });
    });

    test('a shared URL restores the view; back and forward work; other data is flagged', async () => {
      const { page, url } = harness;
      const shared = `${url}?focus=rustem-umerov&sel=rustem-umerov&asof=2025-06-02`;
      const started = Date.now();
      await page.goto(shared);
      await waitForView(page, 'explore');
      console.log(`e2e: shared link to first drawing of the seeded graph in ${Date.now() - started} ms`);
      await page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { name: 'Rustem Umerov' })
        .waitFor();
      const withVersion = page.url();
      expect(new URL(withVersion).searchParams.get('data')).toMatch(/\w+/);
      const nodes = (await drawnIds(page)).sort();
      await page.reload();
      await waitForView(page, 'explore');
      expect((await drawnIds(page)).sort()).toEqual(nodes);
      expect(await page.locator('#asof-label').textContent()).toBe('2 Jun 2025');
      await page.getByRole('link', { name: 'Meetings' }).click();
      await waitForView(page, 'meetings');
      await page.goBack();
      await waitForView(page, 'explore');
      expect((await drawnIds(page)).sort()).toEqual(nodes);
      await page.goForward();
      await waitForView(page, 'meetings');
      await page.goto(`${url}?focus=rustem-umerov&data=0123456789ab`);
      await waitForView(page, 'explore');
      await page
        .locator('#notice')
        .getByText(/made on dataset 0123456789ab/)
        .waitFor();
    });

    test('export: the drawing as PNG, its data as Cytoscape JSON and GraphML', async () => {
      const { page } = harness;
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG' }).click(),
      ]);
      const bytes = await readFile((await png.path())!);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(5_000);
      const [graphml] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'GraphML' }).click(),
      ]);
      expect(await readFile((await graphml.path())!, 'utf8')).toContain('<node id="rustem-umerov">');
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'JSON' }).click(),
      ]);
      expect(JSON.parse(await readFile((await json.path())!, 'utf8')).elements.nodes.length).toBeGreaterThan(0);
    });

    test('when the API is down, the page says so', async () => {
      const { page, url } = harness;
      // Queries go by GET, so their URLs go on past the path.
      await page.route('**/graphql*', (route) => route.abort());
      await page.goto(`${url}?focus=rustem-umerov`);
      await page
        .locator('#status.error')
        .getByText(/cannot be reached/)
        .waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/error-api-down.png` });
      await page.unroute('**/graphql*');
    });

    test('on a narrow screen the panel folds below the drawing', async () => {
      const { page, url } = harness;
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(
        `${url}?view=meetings&meeting=istanbul-talks-2025-06-02&sel=istanbul-talks-2025-06-02-ukraine%2Frustem-umerov`,
      );
      await waitForView(page, 'meetings');
      await page.getByRole('complementary', { name: 'Details' }).getByText('This seat').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/narrow-meetings.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  },
);
