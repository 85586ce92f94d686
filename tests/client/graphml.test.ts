import { describe, expect, test } from 'vitest';
import { toGraphML } from '../../client/src/export/graphml.js';

describe('export to GraphML', () => {
  test('nodes, edges, their data and the quotes behind each edge, escaped', () => {
    const xml = toGraphML([
      {
        group: 'nodes',
        data: { id: 'rustem-umerov', label: 'Rustem Umerov', type: 'PERSON' },
        position: { x: 1.5, y: -2 },
      },
      { group: 'nodes', data: { id: 'ukraine', label: 'Ukraine & "friends"', type: 'STATE' } },
      {
        group: 'edges',
        data: {
          id: 'e1',
          source: 'rustem-umerov',
          target: 'ukraine',
          label: 'Defence <Minister>',
          type: 'HELD_POST',
          date: '2025-06-02',
          sourceCount: 1,
          evidence: [
            {
              quote: 'Ukraine’s Defence Minister, Rustem Umerov',
              source: { publisher: 'walaw.press', date: '2025-06-02' },
            },
          ],
        },
      },
    ]);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="label" for="all" attr.name="label" attr.type="string"/>
        <key id="type" for="all" attr.name="type" attr.type="string"/>
        <key id="date" for="all" attr.name="date" attr.type="string"/>
        <key id="parent" for="node" attr.name="parent" attr.type="string"/>
        <key id="sourceCount" for="edge" attr.name="sourceCount" attr.type="int"/>
        <key id="quotes" for="edge" attr.name="quotes" attr.type="string"/>
        <key id="x" for="node" attr.name="x" attr.type="double"/>
        <key id="y" for="node" attr.name="y" attr.type="double"/>
        <graph id="G" edgedefault="directed">
          <node id="rustem-umerov">
            <data key="label">Rustem Umerov</data>
            <data key="type">PERSON</data>
            <data key="x">1.5</data>
            <data key="y">-2</data>
          </node>
          <node id="ukraine">
            <data key="label">Ukraine &amp; &quot;friends&quot;</data>
            <data key="type">STATE</data>
          </node>
          <edge id="e1" source="rustem-umerov" target="ukraine">
            <data key="label">Defence &lt;Minister&gt;</data>
            <data key="type">HELD_POST</data>
            <data key="date">2025-06-02</data>
            <data key="sourceCount">1</data>
            <data key="quotes">“Ukraine’s Defence Minister, Rustem Umerov” (walaw.press, 2025-06-02)</data>
          </edge>
        </graph>
      </graphml>
      "
    `);
  });
});
