import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { BrowserContext } from 'playwright-core';
import { DRIVER_CONFIG } from '../neo4j/connect.js';
import { createApp } from '../server/app.js';
import { buildClient } from '../server/ensure-client-build.js';
import { launchChromium, measurePanning, openSyntheticDrawing } from '../tests/e2e/chromium.js';

/** The median and extremes of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One size and renderer of the client at scale, over `runs` fresh page loads. */
export interface ClientScaleRow {
  /** The size asked for, in elements (nodes + edges, as Cytoscape counts them). */
  targetElements: number;
  /** What was drawn: the synthetic graph's nodes and edges. */
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  runs: number;
  /** Navigation start → the whole graph first drawn on screen (ms). */
  drawnAtMs: Spread;
  /** Navigation start → the final layout on screen (ms); the same as drawnAtMs when drawn once. */
  settledAtMs: Spread;
  /** The longest the page's main thread did not answer, from navigation until settled (ms). */
  worstStallMs: Spread;
  /** Frames per second while the mouse drags the drawing about for two seconds. */
  panningFps: Spread;
}

/** `results.clientAtScale`: the web client drawing synthetic graphs in headless Chromium. */
export interface ClientAtScaleResults {
  browser: string;
  /** The WebGL renderer the browser reports (`WEBGL_debug_renderer_info`), or null without WebGL. */
  webglRenderer: string | null;
  /** Whether that renderer is a hardware GPU; only then is Cytoscape's WebGL renderer measured. */
  hardwareWebgl: boolean;
  viewport: { width: number; height: number };
  rows: ClientScaleRow[];
}

const VIEWPORT = { width: 1280, height: 800 };
/** The synthetic graph has about 1.5 edges per node: nodes ≈ elements / 2.5. */
const EDGES_PER_NODE = 1.5;

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

/** Whether a WebGL renderer string names a software rasteriser rather than a GPU (as the client decides). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software/i.test(renderer);
}

/** The browser's version and the WebGL 2 renderer it reports, or null without WebGL 2. */
async function probeBrowser(context: BrowserContext, url: string): Promise<{ browser: string; webgl: string | null }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(() => {
      const browser = /(?:Headless)?Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? navigator.userAgent;
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return { browser, webgl: null };
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return { browser, webgl: String(gl.getParameter(info?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER)) };
    });
  } finally {
    await page.close();
  }
}

/**
 * Builds the client, serves it through the real server and measures, in headless Chromium, drawing
 * and panning `?synthetic=` graphs of about `elements` elements each, `repeats` fresh page loads per
 * size. The graph is generated in the page, so no database is needed: the server's driver points at
 * a closed port, and the page's start-up queries (dataset version, timeline) fail fast beside the drawing.
 */
export async function measureClientAtScale({
  elements = [500, 5000, 20_000],
  repeats = 3,
  log = console.log,
}: {
  elements?: number[];
  repeats?: number;
  log?: (line: string) => void;
} = {}): Promise<ClientAtScaleResults> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-client-'));
  const clientDir = path.join(work, 'client');
  const driver = neo4j.driver('bolt://127.0.0.1:9', undefined, DRIVER_CONFIG);
  const server = createServer();
  let context: BrowserContext | undefined;
  try {
    log('client: building the web client');
    await buildClient({ outDir: clientDir });
    // Created after the build: the app serves the client only if the build exists when it starts.
    server.on('request', createApp({ driver, clientDir, logErrors: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    context = await launchChromium({ userDataDir: path.join(work, 'profile'), ...VIEWPORT });
    const { browser, webgl: webglRenderer } = await probeBrowser(context, url);
    const hardwareWebgl = webglRenderer !== null && !isSoftwareRenderer(webglRenderer);
    log(
      `client: ${browser}, WebGL ${webglRenderer ?? 'unavailable'}${hardwareWebgl ? '' : ' (no GPU: canvas renderer only)'}`,
    );
    const renderers: ClientScaleRow['renderer'][] = hardwareWebgl ? ['canvas', 'webgl'] : ['canvas'];
    const rows: ClientScaleRow[] = [];
    for (const target of elements) {
      const size = Math.max(1, Math.round(target / (1 + EDGES_PER_NODE)));
      for (const renderer of renderers) {
        const runs = [];
        let counts = { nodes: 0, edges: 0 };
        for (let run = 0; run < repeats; run++) {
          const page = await context.newPage();
          try {
            const times = await openSyntheticDrawing(page, `${url}?synthetic=${size}&renderer=${renderer}`);
            counts = await page.evaluate(() => {
              const cy = (window as unknown as { cy: { nodes(): unknown[]; edges(): unknown[] } }).cy;
              return { nodes: cy.nodes().length, edges: cy.edges().length };
            });
            const { fps, pannedPx } = await measurePanning(page);
            if (pannedPx === 0) throw new Error(`client: the drag did not pan the ${size}-node drawing`);
            runs.push({ ...times, fps });
            log(
              `client: ${counts.nodes + counts.edges} elements (${counts.nodes} nodes), ${renderer}, run ${run + 1}/${repeats}: ` +
                `drawn at ${times.drawnAtMs} ms, settled at ${times.settledAtMs} ms, worst stall ${times.worstStallMs} ms, panning ${fps.toFixed(1)} fps`,
            );
          } finally {
            await page.close();
          }
        }
        rows.push({
          targetElements: target,
          ...counts,
          renderer,
          runs: runs.length,
          drawnAtMs: spread(runs.map((r) => r.drawnAtMs)),
          settledAtMs: spread(runs.map((r) => r.settledAtMs)),
          worstStallMs: spread(runs.map((r) => r.worstStallMs)),
          panningFps: spread(runs.map((r) => Math.round(r.fps * 10) / 10)),
        });
      }
    }
    return {
      browser,
      webglRenderer,
      hardwareWebgl,
      viewport: VIEWPORT,
      rows,
    };
  } finally {
    await context?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
    await rm(work, { recursive: true, force: true });
  }
}
