import type { ElementDefinition } from 'cytoscape';

// GraphML 1.0 (http://graphml.graphdrawing.org/specification.html): Gephi, Cytoscape desktop and visone read it.
const KEYS = [
  { id: 'label', for: 'all', type: 'string' },
  { id: 'type', for: 'all', type: 'string' },
  { id: 'date', for: 'all', type: 'string' },
  { id: 'parent', for: 'node', type: 'string' },
  { id: 'sourceCount', for: 'edge', type: 'int' },
  { id: 'quotes', for: 'edge', type: 'string' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
] as const;

function escapeXml(value: string): string {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function dataLines(values: Record<string, unknown>): string[] {
  return KEYS.filter((key) => values[key.id] !== undefined && values[key.id] !== null && values[key.id] !== '').map(
    (key) => `      <data key="${key.id}">${escapeXml(String(values[key.id]))}</data>`,
  );
}

/**
 * Writes Cytoscape elements as a GraphML document: labels, types, dates, positions and, on edges,
 * the corroboration and the quotes (with publisher and date), so the evidence travels with the graph.
 */
export function toGraphML(elements: ElementDefinition[], { directed = true }: { directed?: boolean } = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>`),
    `  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`,
  ];
  for (const element of elements.filter((e) => e.group === 'nodes' || (!e.group && e.data.source === undefined))) {
    const { id, ...data } = element.data;
    lines.push(
      `    <node id="${escapeXml(String(id))}">`,
      ...dataLines({ ...data, x: element.position?.x, y: element.position?.y }),
      '    </node>',
    );
  }
  for (const element of elements.filter((e) => e.group === 'edges' || (!e.group && e.data.source !== undefined))) {
    const { id, source, target, evidence, ...data } = element.data as Record<string, unknown> & {
      evidence?: { quote: string; source: { publisher: string | null; date: string } }[];
    };
    const quotes = evidence
      ?.map((e) => `“${e.quote}” (${e.source.publisher ?? 'unknown publisher'}, ${e.source.date})`)
      .join('\n');
    lines.push(
      `    <edge id="${escapeXml(String(id))}" source="${escapeXml(String(source))}" target="${escapeXml(String(target))}">`,
      ...dataLines({ ...data, quotes }),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
