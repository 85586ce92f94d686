import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { BrowserContext, Page } from 'playwright-core';
import { seedDatabase } from '../../seed/seed-database.js';
import { createApp } from '../../server/app.js';
import { buildClient } from '../../server/ensure-client-build.js';
import { CHROMIUM_PATH } from '../support/ensure-chromium.js';
import { serveOnLoopback } from '../support/serve.js';
import { launchChromium } from './chromium.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';

/** Debian's Chromium: the suite never downloads a browser (its global setup installs this one when missing). */
export const CHROMIUM = CHROMIUM_PATH;
/** Where the screenshots of each view go, to be looked at. */
export const SCREENSHOTS = 'artifacts/screenshots';

/** The seeded graph behind the real server, serving a fresh client build, and a headless Chromium. */
export interface ClientHarness {
  url: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Builds the client into a temporary directory, seeds the suite's Neo4j, serves both on a free port
 * and opens Chromium with a fresh profile. `close()` undoes all of it.
 */
export async function openClientHarness({
  width = 1280,
  height = 800,
  args = [],
}: { width?: number; height?: number; args?: string[] } = {}): Promise<ClientHarness> {
  const work = await mkdtemp(path.join(tmpdir(), 'peace-talks-e2e-'));
  const clientDir = path.join(work, 'client');
  await buildClient({ outDir: clientDir });
  const driver: Driver = connectTestDriver();
  await seedDatabase({ driver, ...testDatabase(), data: 'seed/data', reset: true });
  const app = createApp({ driver, ...testDatabase(), clientDir, logErrors: false });
  const server = await serveOnLoopback(app);
  const url = `${server.origin}/`;
  const context = await launchChromium({ userDataDir: path.join(work, 'profile'), width, height, args });
  const page = context.pages()[0] ?? (await context.newPage());
  // The suite shares a small machine with Neo4j: allow slow steps rather than flake.
  page.setDefaultTimeout(60_000);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    url,
    context,
    page,
    async close() {
      await context.close();
      await server.close();
      await driver.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** Waits until the client has rendered the state in the URL (main.ts marks `body[data-ready]`). */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v) => document.body.dataset['ready'] === v, view, { timeout: 60_000 });
}

/** Reads the drawing through the instance the client exposes for debugging (`window.cy`). */
export function drawnIds(page: Page, selector = 'node'): Promise<string[]> {
  return page.evaluate((s) => {
    const cy = (
      window as unknown as { cy?: { elements(s: string): { map(f: (e: { id(): string }) => string): string[] } } }
    ).cy;
    return cy ? cy.elements(s).map((e) => e.id()) : [];
  }, selector);
}

/** Fires a Cytoscape event on an element, as a tap or double tap would; returns nothing (a collection would be serialised whole). */
export async function emitOn(page: Page, id: string, event: 'tap' | 'dbltap'): Promise<void> {
  await page.evaluate(
    ([i, e]) => {
      (window as unknown as { cy: { getElementById(id: string): { emit(e: string): unknown } } }).cy
        .getElementById(i)
        .emit(e);
    },
    [id, event] as const,
  );
}
