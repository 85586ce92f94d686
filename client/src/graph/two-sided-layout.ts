import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { placeTwoSided, type PlacedItem } from './two-sided-placement.js';

/** The options of the `two-sided` layout: Cytoscape's own, and the actors in reading order. */
export interface TwoSidedOptions {
  name: 'two-sided';
  /** Actor ids, alike ones together (the matrix's seriated rows); actors not listed come last. */
  order?: readonly string[];
  fit?: boolean;
  padding?: number;
}

/** The layout's state as Cytoscape hands it over: its options with the graph and the elements. */
interface LayoutThis {
  options: TwoSidedOptions & { cy: Core; eles: Collection };
}

/** A node's size and its label's, measured with its style applied (the degree sizes both). */
function measure(node: NodeSingular): PlacedItem {
  const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const parent = node.data('parent') as string | undefined;
  return {
    id: node.id(),
    group: parent ?? null,
    node: node.outerWidth(),
    label: { w: label.w, h: label.h },
  };
}

/**
 * The positions overview as a Cytoscape layout (`cytoscape('layout', 'two-sided', TwoSidedLayout)`):
 * measures every node and label, places them with `placeTwoSided`, and writes each node's label side
 * into its data (`labelSide`, which the stylesheet reads).
 */
export function TwoSidedLayout(this: LayoutThis, options: LayoutThis['options']): void {
  this.options = options;
}

TwoSidedLayout.prototype.run = function run(this: LayoutThis) {
  const { eles, order = [] } = this.options;
  const nodes = eles.nodes().filter((node) => !node.isParent()) as unknown as NodeCollection;
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (node: NodeSingular) => rank.get(node.id()) ?? order.length;
  const all = nodes.toArray() as NodeSingular[];
  const actors = all
    .filter((node) => node.data('type') !== 'ISSUE')
    .sort((a, b) => rankOf(a) - rankOf(b))
    .map(measure);
  const issues = all.filter((node) => node.data('type') === 'ISSUE').map(measure);
  const captions = new Map(
    eles
      .nodes()
      .filter((node) => node.isParent())
      .map((box) => [box.id(), box.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }).h]),
  );
  const links = eles.edges().map((edge) => ({ actor: edge.source().id(), issue: edge.target().id() }));
  const { cy } = this.options;
  const placed = placeTwoSided({ actors, issues, links, captions, aspect: cy.width() / Math.max(cy.height(), 1) });
  cy.batch(() => nodes.forEach((node) => void node.data('labelSide', placed.get(node.id())?.labelSide)));
  nodes.layoutPositions(this as never, { fit: false, ...this.options } as never, (node: NodeSingular) => {
    const at = placed.get(node.id());
    return at ? { x: at.x, y: at.y } : node.position();
  });
  return this;
};

TwoSidedLayout.prototype.stop = function stop(this: LayoutThis) {
  return this;
};

/** The layout options for the positions overview, with its actors in reading order. */
export const twoSidedLayout = (order: readonly string[]): LayoutOptions =>
  ({ name: 'two-sided', order, fit: false }) as unknown as LayoutOptions;
