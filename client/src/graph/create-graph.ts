import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LARGE_GRAPH_STYLESHEET, STYLESHEET } from './stylesheet.js';
import { TwoSidedLayout } from './two-sided-layout.js';

cytoscape.use(fcose);
cytoscape('layout', 'two-sided', TwoSidedLayout);

/** Above this many elements a drawing is "large": WebGL, viewport tuning, layout in a worker. */
export const LARGE_GRAPH = 1500;

let webgl: boolean | undefined;

/**
 * Whether this browser has hardware WebGL 2, which Cytoscape's WebGL renderer needs (checked once).
 * A software rasteriser (SwiftShader, llvmpipe) does not count: Cytoscape reads pixels back for
 * hit-testing on every pointer move, which costs seconds per frame there. `?renderer=webgl` or
 * `?renderer=canvas` overrides the choice, for measurements.
 */
export function isWebglAvailable(): boolean {
  if (webgl === undefined) {
    const forced = new URLSearchParams(location.search).get('renderer');
    if (forced === 'webgl' || forced === 'canvas') return (webgl = forced === 'webgl');
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const renderer = gl
        ? String(gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER))
        : '';
      webgl = gl !== null && !/swiftshader|llvmpipe|software/i.test(renderer);
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

/** Creates the Cytoscape instance for one drawing, tuned for its size. */
export function createGraph({ container, size = 0 }: { container: HTMLElement; size?: number }): Core {
  const large = size > LARGE_GRAPH;
  const options: CytoscapeOptions & { renderer?: unknown } = {
    container,
    style: large ? LARGE_GRAPH_STYLESHEET : STYLESHEET,
    // WebGL (Cytoscape ≥ 3.31) only for large drawings: the canvas renderer is exact for small ones.
    ...(large && isWebglAvailable() && { renderer: { name: 'canvas', webgl: true } }),
    // While panning or zooming a large graph, draw a cached bitmap and skip edges: frames stay cheap.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  };
  return cytoscape(options);
}

/** Whether a drawing uses the WebGL renderer (it adds a `webgl2` canvas layer). */
export function isWebglActive(cy: Core): boolean {
  return cy.container()?.querySelector('canvas[data-id$="-webgl"]') != null;
}
