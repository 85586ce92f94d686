import type { Core } from 'cytoscape';
import { toGraphML } from './graphml.js';

/** Downloads a file the page made. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export formats: the picture, Cytoscape's own JSON, and GraphML for Gephi, Cytoscape desktop, visone. */
export type ExportFormat = 'png' | 'json' | 'graphml';

/** Downloads the current drawing in one format, named after the view. */
export async function exportDrawing(cy: Core, format: ExportFormat, name: string): Promise<void> {
  if (format === 'png') {
    // The whole graph, not just the viewport, at twice the resolution for print.
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    return saveFile(blob, `${name}.png`);
  }
  if (format === 'json')
    return saveFile(new Blob([JSON.stringify(cy.json(), null, 2)], { type: 'application/json' }), `${name}.cyjs`);
  const visible = cy.elements(':visible').jsons() as unknown as Parameters<typeof toGraphML>[0];
  saveFile(new Blob([toGraphML(visible)], { type: 'application/graphml+xml' }), `${name}.graphml`);
}
