import {
  AGREEMENT_NETWORK,
  fetchAllPages,
  request,
  STANCES,
  STICKING_POINTS,
  type AgreementNetwork,
  type StanceItem,
} from '../api/index.js';
import { saveFile } from '../export/download.js';
import { positionsToElements } from '../graph/positions-elements.js';
import { splitIntoCamps } from '../graph/seriation.js';
import { twoSidedLayout } from '../graph/two-sided-layout.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId, h } from '../ui/dom.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';
import { buildPositionsMatrix, toMatrixCsv, type PositionsMatrix } from './matrix-model.js';
import { renderPositionsMatrix } from './positions-matrix.js';

/** The issue categories of the schema (`IssueCategory`), in the order the filter lists them. */
const CATEGORIES = [
  'TERRITORY',
  'SECURITY',
  'CEASEFIRE',
  'HUMANITARIAN',
  'ECONOMIC',
  'SANCTIONS',
  'NUCLEAR',
  'PROCESS',
];

const toWords = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/**
 * Positions: actors against issues, edges coloured by side, sticking points marked, grouped in
 * boxes by camp or by issue category; or the same as a matrix ordered by agreement.
 */
export class PositionsView {
  #drawing: Drawing;
  #store: Store;
  #drawn: string | null = null;
  #data: {
    stances: StanceItem[];
    claims: StanceItem[];
    sticking: Set<string>;
    network: AgreementNetwork;
    key: string;
  } | null = null;
  #matrix: PositionsMatrix | null = null;

  constructor(drawing: Drawing, store: Store) {
    this.#drawing = drawing;
    this.#store = store;
  }

  /** Forgets the drawing, so the next render draws afresh. */
  reset(): void {
    this.#drawn = null;
  }

  /** Forgets the stances fetched, after an edit: the next render fetches them again. */
  forget(): void {
    this.#data = null;
  }

  /** Fetches the stances for the date filter and as-of day, then draws them and, when asked, tabulates them. */
  async render(state: ViewState): Promise<void> {
    this.#renderControls(state);
    const key = `${state.from}|${state.to}|${state.asOf}`;
    const table = byId('table');
    try {
      if (this.#data?.key !== key) {
        showStatus('Loading the positions…');
        const range = { from: state.from, to: state.to };
        const [stances, claims, sticking, network] = await Promise.all([
          fetchAllPages(STANCES, { filter: { ...range, asOf: state.asOf } }, (d) => d.stances),
          // Claims are drawn apart, marked as such; the matrix and the camps read the holders' own word.
          fetchAllPages(STANCES, { filter: { ...range, asOf: state.asOf, claims: true } }, (d) => d.stances),
          request(STICKING_POINTS, range),
          request(AGREEMENT_NETWORK, range),
        ]);
        this.#data = {
          key,
          stances,
          claims,
          sticking: new Set(sticking.stickingPoints.map((s) => s.issue.id)),
          network: network.agreementNetwork,
        };
      }
      const data = this.#data;
      if (!data.stances.length && !data.claims.length) {
        this.#drawing.clear();
        table.hidden = true;
        showStatus('No positions in this date range.');
        return;
      }
      // The drawing is kept under the matrix: a cell opens its edge's evidence in the panel.
      const drawn = `${key}|${state.group}`;
      if (this.#drawn !== drawn || !this.#drawing.cy) {
        await this.#drawing.replace(
          positionsToElements(data.stances, {
            claims: data.claims,
            stickingIssues: data.sticking,
            groups: this.#groups(state.group),
          }),
          { layout: twoSidedLayout(this.#readingOrder().map((a) => a.id)) },
        );
        this.#drawn = drawn;
      }
      this.#drawing.applyState(state);
      if (state.table) {
        this.#matrix = buildPositionsMatrix(data.stances, {
          network: data.network,
          sticking: data.sticking,
          filter: { types: state.types, category: state.category },
        });
        table.replaceChildren(
          renderPositionsMatrix(this.#matrix, {
            selected: state.selected,
            onOpen: (cell) => this.#store.navigate({ selected: cell }),
          }),
        );
        table.hidden = false;
      } else {
        table.hidden = true;
      }
      clearStatus();
    } catch (error) {
      showError(error);
    }
  }

  /** The boxes of the drawing: camps of actors who agree, or issues by category. */
  #groups(group: ViewState['group']): { id: string; label: string; members: string[] }[] {
    const data = this.#data;
    if (!data || group === 'none') return [];
    if (group === 'issue') {
      const byCategory = new Map<string, Set<string>>();
      // Claims draw issues too: an issue only claimed about still belongs in its category's box.
      for (const stance of [...data.stances, ...data.claims]) {
        const category = stance.issue.category ?? 'OTHER';
        byCategory.set(category, (byCategory.get(category) ?? new Set()).add(stance.issue.id));
      }
      return [...byCategory].map(([category, members]) => ({
        id: `group:${category}`,
        label: toWords(category),
        members: [...members],
      }));
    }
    const actors = this.#readingOrder();
    const agreement = new Map(
      data.network.links.flatMap((l) => [
        [`${l.a.id}|${l.b.id}`, l.congruence - l.conflict],
        [`${l.b.id}|${l.a.id}`, l.congruence - l.conflict],
      ]),
    );
    const camps = splitIntoCamps(
      actors.map((a) => a.id),
      (a, b) => agreement.get(`${a}|${b}`) ?? 0,
    );
    const names = new Map(actors.map((a) => [a.id, a.name]));
    // A lone actor needs no box.
    return camps
      .filter((camp) => camp.length > 1)
      .map((camp, index) => ({
        id: `camp:${index}`,
        label: `Camp: ${camp
          .slice(0, 3)
          .map((id) => names.get(id))
          .join(', ')}${camp.length > 3 ? ` and ${camp.length - 3} more` : ''}`,
        members: camp,
      }));
  }

  /** Every actor, those who agree side by side: the matrix's rows unfiltered. */
  #readingOrder(): PositionsMatrix['actors'] {
    const data = this.#data;
    if (!data) return [];
    return buildPositionsMatrix(data.stances, {
      network: data.network,
      sticking: data.sticking,
      filter: { types: [], category: null },
    }).actors;
  }

  #renderControls(state: ViewState): void {
    const toggle = (table: boolean, label: string) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(state.table === table),
          onclick: () => this.#store.navigate({ table }),
        },
        label,
      );
    const select = (
      label: string,
      value: string,
      options: [string, string][],
      onChange: (value: string) => void,
    ): HTMLElement => {
      const element = h(
        'select',
        { 'aria-label': label },
        options.map(([option, text]) => h('option', { value: option, selected: option === value }, text)),
      );
      element.addEventListener('change', () => onChange(element.value));
      return h('label', {}, `${label} `, element);
    };
    byId('view-bar').replaceChildren(
      h(
        'div',
        { class: 'view-controls' },
        h('strong', {}, 'Positions'),
        toggle(false, 'Drawing'),
        toggle(true, 'Matrix'),
        state.table
          ? [
              select(
                'Issue category',
                state.category ?? '',
                [['', 'all'], ...CATEGORIES.map((c): [string, string] => [c, toWords(c)])],
                (value) => this.#store.navigate({ category: value || null }),
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => {
                    if (this.#matrix)
                      saveFile(
                        new Blob([toMatrixCsv(this.#matrix)], { type: 'text/csv' }),
                        'peace-talks-positions.csv',
                      );
                  },
                },
                'CSV',
              ),
              h('span', {}, 'Actor types: the Filters menu.'),
            ]
          : select(
              'Group',
              state.group,
              [
                ['camp', 'by camp'],
                ['issue', 'by issue category'],
                ['none', 'no boxes'],
              ],
              (value) => this.#store.navigate({ group: value as ViewState['group'] }),
            ),
        h('span', {}, 'Double red border (⚠ in the matrix): a sticking point.'),
      ),
    );
  }
}
