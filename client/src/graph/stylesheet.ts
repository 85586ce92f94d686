import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../api/types.js';
import { GROUP_BOX, STAND_LOOK, TYPE_LOOK } from './palette.js';

const HIGHLIGHT = '#000000';

/** The degree at which a node reaches its largest size and label. */
const DEGREE_FULL = 14;
/** The font size (px at zoom 1) of the least connected node's name, the smallest name drawn. */
export const SMALLEST_NAME_PX = 10;

/** Where and how a node's name is written, in both stylesheets. */
const NODE_LABEL = {
  label: 'data(label)',
  'font-size': 11,
  'font-family': 'system-ui, sans-serif',
  'text-valign': 'bottom',
  'text-margin-y': 4,
} as const;

/** The one stylesheet of every view: base rules, one rule per entity type and stand, then states. */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      ...NODE_LABEL,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      // Labels vanish when zoomed out too far to read them, which also keeps large graphs fast.
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#333333',
    },
  },
  // Size and label by importance (degree, set by drawElements): hubs are larger and their names are
  // larger too, so when zoomed out the minor names vanish first and the hubs stay readable.
  {
    selector: 'node[degree]',
    style: {
      width: `mapData(degree, 1, ${DEGREE_FULL}, 22, 50)`,
      height: `mapData(degree, 1, ${DEGREE_FULL}, 22, 50)`,
      'font-size': `mapData(degree, 1, ${DEGREE_FULL}, ${SMALLEST_NAME_PX}, 15)`,
    },
  },
  // An overview (positions) is fitted to the screen: its names are written a little larger, hubs most.
  {
    selector: 'node.overview[degree]',
    style: { 'font-size': `mapData(degree, 1, ${DEGREE_FULL}, 14, 22)`, 'text-max-width': '170px' },
  },
  // A name written beside its node rather than under it (the positions' two-sided layout), facing away
  // from the node's edges.
  {
    selector: 'node[labelSide = "left"]',
    style: {
      'text-halign': 'left',
      'text-valign': 'center',
      'text-margin-x': -6,
      'text-margin-y': 0,
      'text-justification': 'right',
    },
  },
  {
    selector: 'node[labelSide = "right"]',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': 6,
      'text-margin-y': 0,
      'text-justification': 'left',
    },
  },
  ...(ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: TYPE_LOOK[type].shape, 'background-color': TYPE_LOOK[type].colour },
  })) as StylesheetJson),
  // A delegation is a party's team, not a party: a hollow dashed box, as the legend shows it.
  {
    selector: 'node[type = "DELEGATION"]',
    style: {
      'background-opacity': 0.15,
      'border-style': 'dashed',
      'border-width': 2,
      'border-color': TYPE_LOOK.DELEGATION.colour,
    },
  },
  // A stance takes the colour of its side, as the positions view's edges do.
  ...((Object.keys(STAND_LOOK) as (keyof typeof STAND_LOOK)[]).map((stand) => ({
    selector: `node[type = "STANCE"][stand = "${stand}"]`,
    style: { 'background-color': STAND_LOOK[stand].colour },
  })) as StylesheetJson),
  // The entity asked about is larger; the others shrink with their distance from it.
  { selector: 'node[distance = 0]', style: { width: 44, height: 44, 'font-weight': 'bold', 'border-width': 3 } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(sourceCount, 1, 4, 1.5, 5)',
      'line-color': '#9a9a9a',
      'target-arrow-color': '#9a9a9a',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 10,
      color: '#222222',
      // Captions stay level, boxed and wrapped: rotated captions piled onto each other and onto nodes.
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.95,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 6,
    },
  },
  // A fact the article only reports, plans or schedules is dashed; a denied or disputed one dotted.
  {
    selector:
      'edge[status = "REPORTED"], edge[status = "PLANNED"], edge[status = "SCHEDULED"], edge[status = "INFERRED"]',
    style: { 'line-style': 'dashed' },
  },
  { selector: 'edge[status = "DENIED"], edge[status = "DISPUTED"]', style: { 'line-style': 'dotted' } },
  // A caption only where the reader looks: the edge under the pointer, the selection and the edges
  // of a selected node (and a path's few edges, which read as a sentence).
  {
    selector: 'edge.hover, edge:selected, edge.near-selected, edge.on-path',
    style: { label: 'data(label)', 'z-index': 20 },
  },
  { selector: 'node.hover', style: { 'z-index': 20, 'font-weight': 'bold' } },
  ...((Object.keys(STAND_LOOK) as (keyof typeof STAND_LOOK)[]).map((stand) => ({
    selector: `edge[stand = "${stand}"]`,
    style: {
      'line-color': STAND_LOOK[stand].colour,
      'target-arrow-color': STAND_LOOK[stand].colour,
      'line-style': STAND_LOOK[stand].line,
      color: STAND_LOOK[stand].colour,
    },
  })) as StylesheetJson),
  // Delegations drawn as boxes holding their members (the meetings view).
  {
    selector: ':parent',
    style: {
      'background-opacity': 0.1,
      'border-style': 'dashed',
      'border-width': 2,
      'text-valign': 'top',
      'text-margin-y': -4,
      'font-size': 13,
      'font-weight': 'bold',
      // A delegation's caption names its party and heads: give it a line of its own width.
      'text-max-width': '240px',
      padding: '14px',
    },
  },
  // A camp or an issue category (positions): a grey box whose caption stays readable in the overview.
  {
    selector: 'node.group',
    style: {
      'background-color': GROUP_BOX.colour,
      'background-opacity': 0.07,
      'border-color': GROUP_BOX.colour,
      'font-size': GROUP_BOX.fontSize,
      padding: `${GROUP_BOX.padding}px`,
      color: '#333333',
      'text-max-width': '260px',
    },
  },
  // A name too small to read at this zoom, or covering a more important one (readable-labels.ts);
  // the pointer and the selection bring it back.
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  {
    selector: 'node.label-hidden.hover, node.label-hidden:selected',
    style: { 'text-opacity': 1, 'text-background-opacity': 0.8, 'z-index': 20 },
  },
  {
    selector: 'node.head',
    style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'font-weight': 'bold', width: 34, height: 34 },
  },
  { selector: 'node.mediator', style: { 'border-style': 'double', 'border-width': 5 } },
  {
    selector: 'node.sticking',
    style: { 'border-width': 4, 'border-color': '#D55E00', 'border-style': 'double', 'font-weight': 'bold' },
  },
  { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#555555', 'outline-offset': 2 } },
  // A path's nodes keep their colour and shape under a black ring; its edges turn black and bold.
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': HIGHLIGHT, width: 34, height: 34, 'font-size': 12 },
  },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': HIGHLIGHT,
      'target-arrow-color': HIGHLIGHT,
      width: 4,
      'z-index': 10,
      'font-size': 12,
      color: '#000000',
      'text-background-opacity': 1,
    },
  },
  // A claim (what one actor says another holds): a hollow arrow and a slanted caption, beside the holder's own word.
  { selector: 'edge.claim', style: { 'target-arrow-fill': 'hollow', 'font-style': 'italic' } },
  { selector: 'node:selected', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 5 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  // Hidden by the user, filtered out, or not yet true on the as-of day.
  { selector: '.hidden, .filtered, .future', style: { display: 'none' } },
];

/**
 * The stylesheet of large drawings, after Cytoscape's performance advice: the same shapes and colours
 * per type and stand, the same marks (sticking points, pinned, selected, hidden), but straight
 * "haystack" edges without arrows or captions, no node borders, and one-line labels without a
 * background, shown only when zoomed in enough to read them. Fewer rules and properties: styling
 * thousands of elements is most of the time to first drawing.
 */
export const LARGE_GRAPH_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      ...NODE_LABEL,
      'min-zoomed-font-size': 10,
      width: 26,
      height: 26,
    },
  },
  ...(ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: TYPE_LOOK[type].shape, 'background-color': TYPE_LOOK[type].colour },
  })) as StylesheetJson),
  { selector: 'node[distance = 0]', style: { width: 40, height: 40, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#b4b4b4' },
  },
  ...((Object.keys(STAND_LOOK) as (keyof typeof STAND_LOOK)[]).map((stand) => ({
    selector: `edge[stand = "${stand}"]`,
    style: { 'line-color': STAND_LOOK[stand].colour, 'line-style': STAND_LOOK[stand].line },
  })) as StylesheetJson),
  { selector: 'node.sticking', style: { 'border-width': 4, 'border-color': '#D55E00', 'border-style': 'double' } },
  { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#555555', 'outline-offset': 2 } },
  { selector: 'node:selected', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge:selected', style: { 'line-color': HIGHLIGHT, width: 3 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.hidden, .filtered, .future', style: { display: 'none' } },
];
