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

/** A name as the screen shows it: its node, its size in pixels, its box, and what the node is. */
interface DrawnLabel {
  id: string;
  px: number;
  box: { x1: number; x2: number; y1: number; y2: number };
  type: string;
  degree: number;
  parent: boolean;
}

/**
 * The names of the visible nodes, split into those drawn and those not. Drawn is Cytoscape's own
 * rule: a visible text opacity, and a font that, at the zoom rounded up to a power of two (its
 * texture level), reaches `min-zoomed-font-size`. The size is the one on screen: font × zoom.
 */
function readLabels(page: Page): Promise<{ drawn: DrawnLabel[]; hidden: DrawnLabel[] }> {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      data(k: string): unknown;
      degree(loops: boolean): number;
      isParent(): boolean;
      pstyle(name: string): { value: number; pfValue: number };
      renderedBoundingBox(o: object): DrawnLabel['box'];
    };
    const cy = (window as unknown as { cy: { zoom(): number; nodes(s: string): { toArray(): Node[] } } }).cy;
    const zoom = cy.zoom();
    const level = Math.pow(2, Math.ceil(Math.log2(zoom * window.devicePixelRatio)));
    const drawn: DrawnLabel[] = [];
    const hidden: DrawnLabel[] = [];
    for (const node of cy.nodes(':visible').toArray()) {
      if (!String(node.data('label') ?? '')) continue;
      const font = node.pstyle('font-size').pfValue;
      const label: DrawnLabel = {
        id: node.id(),
        px: Math.round(font * zoom * 100) / 100,
        box: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        type: String(node.data('type')),
        degree: node.degree(false),
        parent: node.isParent(),
      };
      const shown =
        node.pstyle('text-opacity').value > 0 && font * level >= node.pstyle('min-zoomed-font-size').pfValue;
      (shown ? drawn : hidden).push(label);
    }
    return { drawn, hidden };
  });
}

/** The pairs of drawn names whose boxes overlap. */
function findOverlaps(labels: DrawnLabel[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
        pairs.push(`${a.id} / ${b.id}`);
  return pairs;
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

  test('the fitted positions overview draws names at 11 px or more, none over another, the hub and every issue among them; zooming in and pointing bring back a hidden one', async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${url}?view=positions`);
    await waitForView(page, 'positions');
    const fitted = await readLabels(page);
    const names = fitted.drawn.filter((l) => !l.parent);
    const sizes = names.map((l) => l.px).sort((a, b) => a - b);
    const nodes = names.length + fitted.hidden.filter((l) => !l.parent).length;
    console.log(
      `positions overview at 1440×900: ${names.length} of ${nodes} names drawn, ${sizes[0]}–${sizes.at(-1)} px (median ${sizes[sizes.length >> 1]})`,
    );
    expect(Math.min(...fitted.drawn.map((l) => l.px))).toBeGreaterThanOrEqual(11);
    expect(findOverlaps(fitted.drawn)).toEqual([]);
    const actors = [...fitted.drawn, ...fitted.hidden].filter((l) => !l.parent && l.type !== 'ISSUE');
    const hub = actors.reduce((a, b) => (b.degree > a.degree ? b : a));
    expect(names.map((l) => l.id)).toContain(hub.id);
    expect(fitted.hidden.filter((l) => l.type === 'ISSUE')).toEqual([]);
    expect(names.filter((l) => l.type === 'ISSUE').length).toBeGreaterThan(20);

    // Zoomed out, the minor names give way, and what is still drawn still reads and overlaps nothing.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await readLabels(page)).hidden.length).toBeGreaterThan(0);
    const far = await readLabels(page);
    expect(Math.min(...far.drawn.map((l) => l.px))).toBeGreaterThanOrEqual(11);
    expect(findOverlaps(far.drawn)).toEqual([]);
    const minor = far.hidden.find((l) => !l.parent)!;
    // Pointing at a node shows its name; zooming back in shows it for good.
    await page.evaluate((id) => {
      (window as unknown as { cy: { getElementById(i: string): { emit(e: string): void } } }).cy
        .getElementById(id)
        .emit('mouseover');
    }, minor.id);
    expect((await readLabels(page)).drawn.map((l) => l.id)).toContain(minor.id);
    await page.evaluate((id) => {
      (window as unknown as { cy: { getElementById(i: string): { emit(e: string): void } } }).cy
        .getElementById(id)
        .emit('mouseout');
    }, minor.id);
    expect((await readLabels(page)).hidden.map((l) => l.id)).toContain(minor.id);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await readLabels(page)).drawn.map((l) => l.id)).toContain(minor.id);
    await page.screenshot({ path: `${SCREENSHOTS}/positions-overview-labels.png` });
  });

  test("on a phone a meeting's two delegations are stacked inside the screen, their names at 11 px or more", async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}?view=meetings&meeting=istanbul-talks-2025-06-02`);
    await waitForView(page, 'meetings');
    const seen = await page.evaluate(() => {
      type Box = { x1: number; x2: number; y1: number; y2: number };
      type Node = {
        id(): string;
        pstyle(name: string): { pfValue: number };
        renderedBoundingBox(o?: object): Box;
        children(): { toArray(): Node[] };
      };
      const cy = (
        window as unknown as {
          cy: { zoom(): number; width(): number; height(): number; nodes(s: string): { toArray(): Node[] } };
        }
      ).cy;
      const boxes = cy.nodes(':parent[type = "DELEGATION"]').toArray();
      return {
        width: cy.width(),
        height: cy.height(),
        boxes: boxes.map((box) => ({ id: box.id(), box: box.renderedBoundingBox() })),
        // Each box's caption and its members' names, on screen.
        sizes: boxes.flatMap((box) =>
          [box, ...box.children().toArray()].map((n) => n.pstyle('font-size').pfValue * cy.zoom()),
        ),
      };
    });
    expect(seen.boxes.length).toBe(2);
    for (const { box } of seen.boxes) {
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(seen.width);
      expect(box.y2).toBeLessThanOrEqual(seen.height);
    }
    expect(Math.min(...seen.sizes.map((px) => Math.round(px * 100) / 100))).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: `${SCREENSHOTS}/meetings-phone-delegations.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('on a phone the positions drawing opens on its most connected actor, whose name is whole on the screen', async () => {
    const { page, url } = harness;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}?view=positions`);
    await waitForView(page, 'positions');
    const { drawn, hidden } = await readLabels(page);
    const width = await page.evaluate(() => (window as unknown as { cy: { width(): number } }).cy.width());
    const names = [...drawn, ...hidden].filter((label) => !label.parent);
    const hub = names.reduce((best, label) => (label.degree > best.degree ? label : best));
    expect(drawn.map((label) => label.id)).toContain(hub.id);
    expect(hub.box.x1).toBeGreaterThanOrEqual(0);
    expect(hub.box.x2).toBeLessThanOrEqual(width);
    expect(hub.px).toBeGreaterThanOrEqual(11);
    await page.setViewportSize({ width: 1440, height: 900 });
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
