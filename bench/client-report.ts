import type { ClientAtScaleResults, Spread } from './client-at-scale.js';
import type { TargetCheck } from './results.js';

const int = (value: number) => Math.round(value).toLocaleString('en-GB');
const seconds = (s: Spread) =>
  `${(s.median / 1000).toFixed(1)} (${(s.min / 1000).toFixed(1)}–${(s.max / 1000).toFixed(1)})`;
const millis = (s: Spread) => `${int(s.median)} (${int(s.min)}–${int(s.max)})`;
const fps = (s: Spread) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** The Markdown lines of the report's "The client at scale" section. */
export function renderClientSection(client: ClientAtScaleResults | null): string[] {
  if (!client) return ['Not measured in this run (`npm run bench -- --client-only` measures it alone).'];
  const runs = Math.max(...client.rows.map((row) => row.runs));
  return [
    `The web client in ${client.browser} (${client.viewport.width}×${client.viewport.height}, \`--disable-gpu\`), served by the real server, drawing \`?synthetic=N\` graphs generated in the page (\`client/src/graph/synthetic-graph.ts\`: hubs and local clusters, about 1.5 edges per node). An *element* is a node or an edge, as Cytoscape counts them; the sizes are those of the issue in elements, so 5,000 elements are 2,000 nodes and about 3,000 edges. Each size is ${runs} fresh page loads: the median, then the range.`,
    '',
    '- **first drawn**: from navigation start to the whole graph on screen, laid out well enough to read; **settled**: to the final layout (the same when the graph is drawn once).',
    '- **worst stall**: the longest the page did not run a 20 ms timer, from navigation until settled (page start-up included).',
    '- **panning**: frames (`requestAnimationFrame`) per second while the mouse drags the view about for two seconds, starting on an empty spot, so it pans rather than moves a node.',
    `- **WebGL**: the browser reports ${client.webglRenderer ? `\`${client.webglRenderer}\`` : 'no WebGL 2'}; ${client.hardwareWebgl ? 'a GPU, so Cytoscape’s WebGL renderer is measured beside the canvas one.' : 'a software rasteriser, where the client keeps the canvas renderer (see docs/client.md), so only the canvas renderer is measured.'}`,
    '',
    '| elements (nodes + edges) | renderer | first drawn (s) | settled (s) | worst stall (ms) | panning (fps) |',
    '|---:|---|---:|---:|---:|---:|',
    ...client.rows.map(
      (row) =>
        `| ${int(row.nodes + row.edges)} (${int(row.nodes)} + ${int(row.edges)}) | ${row.renderer} | ${seconds(row.drawnAtMs)} | ${seconds(row.settledAtMs)} | ${millis(row.worstStallMs)} | ${fps(row.panningFps)} |`,
    ),
  ];
}

/**
 * The issue's client targets: 5,000 elements drawn in under 3 s (median of the runs, from navigation
 * start), and panning at 30 frames per second or better where WebGL is available (on a hardware GPU).
 */
export function checkClientTargets(client: ClientAtScaleResults | null): TargetCheck[] {
  if (!client) return [];
  const checks: TargetCheck[] = [];
  const at5000 = client.rows.filter((row) => row.targetElements === 5000);
  for (const row of at5000) {
    checks.push({
      target: `client: ${(row.nodes + row.edges).toLocaleString('en-GB')} elements drawn in < 3 s (${row.renderer}, median)`,
      value: `${(row.drawnAtMs.median / 1000).toFixed(1)} s (${(row.drawnAtMs.min / 1000).toFixed(1)}–${(row.drawnAtMs.max / 1000).toFixed(1)} s)`,
      met: row.drawnAtMs.median < 3000,
    });
  }
  const webgl = at5000.find((row) => row.renderer === 'webgl');
  checks.push({
    target: 'client: ≥ 30 fps panning 5,000 elements where WebGL is available',
    value: webgl
      ? `${webgl.panningFps.median} fps (${webgl.panningFps.min}–${webgl.panningFps.max})`
      : `not measured: no hardware WebGL (${client.webglRenderer ?? 'none'}); canvas ${at5000[0]?.panningFps.median ?? '—'} fps`,
    met: webgl ? webgl.panningFps.median >= 30 : false,
  });
  return checks;
}
