import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitOn, openClientHarness, SCREENSHOTS, waitForView, type ClientHarness } from './browser.js';

/** The drawing as the page holds it (`window.cy`), reduced to what these tests read. */
interface DrawnNode {
  id(): string;
  degree(loops: boolean): number;
  data(key: string): unknown;
  renderedStyle(name: string): string;
}
type Cy = {
  nodes(selector?: string): { toArray(): DrawnNode[]; length: number };
  edges(selector?: string): { length: number; toArray(): { id(): string }[] };
};

/** One stance as the test asks the API for it, to know what the matrix should hold. */
interface StanceRow {
  actor: { __typename: string; id: string };
  issue: { id: string; category: string | null };
}

/** Every stance from a day on, through the API the page talks to. */
function fetchStancesFrom(page: Page, from: string): Promise<StanceRow[]> {
  return page.evaluate(async (day) => {
    const rows: StanceRow[] = [];
    for (let offset = 0; ; offset += 100) {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($f: StanceFilter, $o: Int) { stances(filter: $f, limit: 100, offset: $o) { total items { actor { __typename id } issue { id category } } } }',
          variables: { f: { from: day }, o: offset },
        }),
      });
      const page = ((await response.json()) as { data: { stances: { total: number; items: StanceRow[] } } }).data
        .stances;
      rows.push(...page.items);
      if (rows.length >= page.total || page.items.length === 0) return rows;
    }
  }, from);
}

/** The actors (rows) and issues (columns) of the matrix's cells. */
async function readMatrix(page: Page): Promise<{ actors: Set<string>; issues: Set<string> }> {
  const cells = await page
    .locator('table.matrix button[data-cell]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-cell')!));
  return {
    actors: new Set(cells.map((cell) => cell.split('>')[0]!)),
    issues: new Set(cells.map((cell) => cell.split('>')[1]!)),
  };
}

describe('readable drawings and a matrix that filters', { timeout: 120_000 }, () => {
  let harness: ClientHarness;

  beforeAll(async () => {
    harness = await openClientHarness({ width: 1440, height: 900 });
  }, 180_000);
  afterAll(() => harness?.close());

  test("the positions' camps are boxes whose names can be read in the fitted overview", async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${url}?view=positions`);
    await waitForView(page, 'positions');
    const captions = await page.evaluate(() =>
      ((window as unknown as { cy: Cy }).cy.nodes('node.group').toArray() as DrawnNode[]).map((box) =>
        parseFloat(box.renderedStyle('font-size')),
      ),
    );
    expect(captions.length).toBeGreaterThan(0);
    // Cytoscape hides a caption written smaller than the stylesheet's 7 px; a name should read at 10.
    for (const size of captions) expect(size).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#legend').textContent()).not.toMatch(/reported/);
  });

  test("a hub's edges are not all captioned at once when it is selected; a node with few edges has all of its own", async () => {
    const { page, url } = harness;
    const captioned = () => page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges('.near-selected').length);
    const degree = (id: string) =>
      page.evaluate(
        (i) => (window as unknown as { cy: Cy }).cy.edges(`[source = "${i}"], [target = "${i}"]`).length,
        id,
      );
    await page.goto(`${url}?focus=volodymyr-zelensky&sel=volodymyr-zelensky`);
    await waitForView(page, 'explore');
    expect(await degree('volodymyr-zelensky')).toBeGreaterThan(8);
    expect(await captioned()).toBe(0);
    await page.goto(`${url}?focus=steve-witkoff&sel=steve-witkoff`);
    await waitForView(page, 'explore');
    const few = await degree('steve-witkoff');
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThanOrEqual(8);
    expect(await captioned()).toBe(few);
  });

  test('an expansion sizes the newcomers, and the nodes they join, by their degrees', async () => {
    const { page, url } = harness;
    /** The visible nodes whose size (data `degree`) is not their degree in the drawing. */
    const inspect = () =>
      page.evaluate(() => {
        const nodes = (window as unknown as { cy: Cy }).cy.nodes(':visible').toArray() as DrawnNode[];
        return {
          unsized: nodes.filter((n) => n.data('degree') !== n.degree(false)).map((n) => n.id()),
          count: nodes.length,
        };
      });
    await page.goto(`${url}?focus=rustem-umerov`);
    await waitForView(page, 'explore');
    const drawn = await inspect();
    expect(drawn.unsized).toEqual([]);
    await emitOn(page, 'ukraine', 'dbltap');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand') === 'ukraine');
    await waitForView(page, 'explore');
    const expanded = await inspect();
    expect(expanded.count).toBeGreaterThan(drawn.count);
    expect(expanded.unsized).toEqual([]);
  });

  test('the positions drawing boxes actors by camp, or issues by category, as the Group menu says', async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 1440, height: 900 });
    /** Per node type, which boxes the nodes of that type sit in ('' for none). */
    const boxesByType = () =>
      page.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const node of (window as unknown as { cy: Cy }).cy.nodes(':childless').toArray() as DrawnNode[]) {
          const type = String(node.data('type'));
          out[type] = [...new Set([...(out[type] ?? []), String(node.data('parent') ?? '').split(':')[0]!])].sort();
        }
        return out;
      });
    await page.goto(`${url}?view=positions`);
    await waitForView(page, 'positions');
    const byCamp = await boxesByType();
    expect(byCamp['ISSUE']).toEqual(['']);
    expect(byCamp['STATE']).toContain('camp');
    await page.getByLabel('Group', { exact: true }).selectOption('issue');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('group') === 'issue');
    await waitForView(page, 'positions');
    const byIssue = await boxesByType();
    expect(byIssue['ISSUE']).toEqual(['group']);
    expect(byIssue['STATE']).toEqual(['']);
  });

  test('zoom in, zoom out, fit and reset', async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 1440, height: 900 });
    const zoom = () => page.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom());
    await page.goto(`${url}?focus=volodymyr-zelensky&pin=ukraine~0~0`);
    await waitForView(page, 'explore');
    const fitted = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeCloseTo(fitted * 0.8, 5);
    await page.getByRole('button', { name: 'Fit' }).click();
    // Fitted: the whole visible drawing lies within the canvas.
    const inside = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: {
            elements(s: string): { renderedBoundingBox(): { x1: number; x2: number; y1: number; y2: number } };
            width(): number;
            height(): number;
          };
        }
      ).cy;
      const box = cy.elements(':visible').renderedBoundingBox();
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    expect(inside).toBe(true);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pin') === null);
    await waitForView(page, 'explore');
  });

  test('the matrix keeps the issue category, actor types and dates chosen, as the API answers them', async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${url}?view=positions&table=1`);
    await waitForView(page, 'positions');
    const all = await readMatrix(page);
    await page.getByLabel('Issue category', { exact: true }).selectOption('SECURITY');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cat') === 'SECURITY');
    await waitForView(page, 'positions');
    await page.locator('#filters summary').click();
    for (const type of ['State', 'Organisation']) {
      await page.getByRole('checkbox', { name: new RegExp(`${type}$`) }).uncheck();
      await waitForView(page, 'positions');
    }
    await page.locator('#filter-from').fill('2025-06');
    await page.locator('#filter-from').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2025-06');
    await waitForView(page, 'positions');
    const kept = (await fetchStancesFrom(page, '2025-06')).filter(
      (s) => s.actor.__typename === 'Person' && s.issue.category === 'SECURITY',
    );
    expect(kept.length).toBeGreaterThan(0);
    const shown = await readMatrix(page);
    expect(shown.actors).toEqual(new Set(kept.map((s) => s.actor.id)));
    expect(shown.issues).toEqual(new Set(kept.map((s) => s.issue.id)));
    expect(shown.actors.size).toBeLessThan(all.actors.size);
    // A filtered cell still opens its quotes.
    const first = page.locator('table.matrix button[data-cell]').first();
    await first.click();
    await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().waitFor();
  });

  test("on a phone the matrix's actor names wrap, so several issues' columns are seen beside them", async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}?view=positions&table=1`);
    await waitForView(page, 'positions');
    const inView = await page
      .locator('table.matrix th.issue')
      .evaluateAll((headers) => headers.filter((th) => th.getBoundingClientRect().right <= window.innerWidth).length);
    expect(inView).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${SCREENSHOTS}/matrix-phone-columns.png` });
  });
});
