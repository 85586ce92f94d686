import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { ENTITY_DETAIL, request, type EntityDetail, type EntityType, type Evidence } from '../api/index.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { replaceMergedId } from '../state/merged-ids.js';
import { togglePin } from '../state/pins.js';
import type { Store } from '../state/store.js';
import { renderFactActions } from '../curation/fact-actions.js';
import { MERGEABLE_TYPES } from '../curation/merge-dialog.js';
import type { Session } from '../curation/session.js';
import { byId, h } from './dom.js';
import { renderEntitySections } from './entity-sections.js';
import { renderEvidence } from './evidence-list.js';
import { describeError } from './status.js';

/** Node types that are entries of the data files: their panel offers correction, retraction and history. */
const ENTRY_TYPES = new Set([
  'PERSON',
  'STATE',
  'ORGANISATION',
  'GROUP',
  'PLACE',
  'MEETING',
  'ISSUE',
  'STANCE',
  'DOCUMENT',
  'CONTACT',
]);

/** Shows the selected node or edge: what it is, its facts with their evidence, and actions on it. */
export class DetailsPanel {
  #store: Store;
  #session: Session;
  #shown: string | null = null;
  #controller: AbortController | undefined;

  constructor(store: Store, session: Session) {
    this.#store = store;
    this.#session = session;
    byId('panel-toggle').addEventListener('click', () => this.#setOpen(byId('panel').hidden !== false));
  }

  /** Forgets what is shown, so the next `show` builds it again (after an edit, or a sign-in). */
  forget(): void {
    this.#shown = null;
  }

  /** Shows the element the state selects, once per change of selection or as-of day. */
  async show(cy: Core | null, selected: string | null, asOf: string | null): Promise<void> {
    const key = `${selected}|${asOf}`;
    if (key === this.#shown) return;
    this.#shown = key;
    const panel = byId('panel');
    const element = selected && cy ? cy.getElementById(selected) : null;
    if (!element || element.empty()) {
      panel.replaceChildren(
        h(
          'p',
          { class: 'kind' },
          'Click a node or an edge, or move to one with the arrow keys, to see its details and evidence.',
        ),
      );
      return;
    }
    this.#setOpen(true);
    if (element.isEdge())
      return panel.replaceChildren(...this.#edgeContent(element), ...this.#factActions(element.data('stanceId'), null));
    const node = element as NodeSingular;
    panel.replaceChildren(...this.#nodeHeader(node), h('p', { class: 'loading' }, 'Loading details…'));
    this.#controller?.abort();
    this.#controller = new AbortController();
    try {
      const operation = ENTITY_DETAIL[node.data('type') as keyof typeof ENTITY_DETAIL] ?? ENTITY_DETAIL.PERSON;
      const detail = (
        await request(operation, { id: node.data('entityId') ?? node.id(), asOf }, { signal: this.#controller.signal })
      ).node;
      panel.replaceChildren(
        ...this.#nodeHeader(node),
        ...this.#ownEvidence(node),
        ...(detail ? renderEntitySections(detail as EntityDetail) : [h('p', {}, 'No details for this entity.')]),
        ...(ENTRY_TYPES.has(node.data('type')) ? this.#factActions(node.data('entityId') ?? node.id(), node) : []),
      );
    } catch (error) {
      if (!this.#controller.signal.aborted)
        panel.replaceChildren(...this.#nodeHeader(node), h('p', { class: 'error' }, describeError(error)));
    }
  }

  /**
   * Correct, retract, merge and history for the entry behind an element (a node, or null for the
   * stance an edge draws); nothing for a fact with no entry of its own.
   */
  #factActions(entryId: string | undefined, node: NodeSingular | null): HTMLElement[] {
    if (!entryId) return [];
    const type = node?.data('type') as EntityType | undefined;
    return [
      renderFactActions({
        entryId,
        session: this.#session,
        duplicate:
          node && type && MERGEABLE_TYPES.has(type)
            ? { id: entryId, name: String(node.data('label')).split('\n')[0] ?? entryId, type }
            : null,
        onChanged: (id) => this.#store.navigate({ selected: this.#store.state.selected ?? id }),
        onMerged: (keep) => this.#store.navigate(replaceMergedId(this.#store.state, entryId, keep)),
      }),
    ];
  }

  #setOpen(open: boolean): void {
    byId('panel').hidden = !open;
    byId('panel-toggle').setAttribute('aria-expanded', String(open));
  }

  #nodeHeader(node: NodeSingular): HTMLElement[] {
    const look = TYPE_LOOK[node.data('type') as keyof typeof TYPE_LOOK] ?? TYPE_LOOK.STATE;
    const id = node.id();
    const state = this.#store.state;
    const pinned = state.pinned.includes(id);
    const entityId = node.data('entityId') ?? id;
    return [
      h('h2', { id: 'panel-title' }, String(node.data('label')).split('\n')[0] ?? id),
      h(
        'p',
        { class: 'kind' },
        h('span', { style: `color:${look.colour}`, 'aria-hidden': 'true' }, `${look.symbol} `),
        look.name,
        node.data('date') ? ` · ${node.data('date')}` : '',
      ),
      h(
        'div',
        { class: 'actions' },
        state.view === 'explore' &&
          h(
            'button',
            { type: 'button', onclick: () => this.#store.navigate({ expanded: [...state.expanded, id] }) },
            'Expand',
          ),
        state.view !== 'explore' &&
          h(
            'button',
            {
              type: 'button',
              onclick: () =>
                this.#store.navigate({
                  view: 'explore',
                  focus: entityId,
                  expanded: [],
                  hidden: [],
                  pinned: [],
                  selected: entityId,
                }),
            },
            'Explore from here',
          ),
        h(
          'button',
          { type: 'button', onclick: () => this.#store.navigate({ hidden: [...state.hidden, id], selected: null }) },
          'Hide',
        ),
        h(
          'button',
          {
            type: 'button',
            'aria-pressed': String(pinned),
            onclick: () => this.#store.navigate(togglePin(state, id, node.position())),
          },
          pinned ? 'Unpin' : 'Pin',
        ),
        h(
          'button',
          { type: 'button', onclick: () => this.#store.navigate({ view: 'path', pathFrom: entityId, selected: null }) },
          'Path from here',
        ),
        state.hidden.length > 0 &&
          h(
            'button',
            { type: 'button', onclick: () => this.#store.navigate({ hidden: [] }) },
            `Show ${state.hidden.length} hidden`,
          ),
      ),
    ];
  }

  /** A member's seat in a delegation carries its own evidence (the meetings view). */
  #ownEvidence(node: NodeSingular): HTMLElement[] {
    const evidence = node.data('evidence') as Evidence[] | undefined;
    if (!evidence) return [];
    return [
      h('h3', {}, 'This seat'),
      h('p', {}, String(node.data('label')).split('\n')[1] ?? ''),
      renderEvidence(evidence, node.data('sourceCount')),
    ];
  }

  #edgeContent(edge: EdgeSingular): HTMLElement[] {
    const label = (id: string) => String(edge.cy().getElementById(id).data('label') ?? id).split('\n')[0];
    return [
      h(
        'h2',
        { id: 'panel-title' },
        `${label(edge.data('source'))} — ${edge.data('label')} → ${label(edge.data('target'))}`,
      ),
      h(
        'p',
        { class: 'kind' },
        `Fact: ${String(edge.data('type')).toLowerCase().replaceAll('_', ' ')}${edge.data('date') ? ` · ${edge.data('date')}` : ''}`,
      ),
      edge.data('summary') ? h('p', {}, edge.data('summary')) : null,
      edge.data('speaker') ? h('p', { class: 'speaker' }, edge.data('speaker')) : null,
      h('h3', {}, 'Evidence'),
      renderEvidence(edge.data('evidence'), edge.data('sourceCount')),
    ].filter((e): e is HTMLElement => e !== null);
  }
}
