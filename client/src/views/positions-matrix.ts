import { standOf, STAND_LOOK, TYPE_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';
import type { PositionsMatrix } from './matrix-model.js';

const MARK = { FOR: '✔', AGAINST: '✘', CONDITIONAL: '◐' } as const;

/**
 * The positions matrix as a table: actors down, issues across (names written upwards so thirty
 * columns fit), each cell the latest position as a mark and a word; a cell is a button that opens
 * the stance's evidence in the panel. Sticking points are marked ⚠.
 */
export function renderPositionsMatrix(
  matrix: PositionsMatrix,
  { selected, onOpen }: { selected: string | null; onOpen: (cellId: string) => void },
): HTMLElement {
  const cell = (actor: PositionsMatrix['actors'][number], issue: PositionsMatrix['issues'][number]) => {
    const id = `${actor.id}>${issue.id}`;
    const stance = matrix.cells.get(id);
    if (!stance)
      return h('td', { class: issue.sticking ? 'sticking' : '' }, h('span', { class: 'sr-only' }, 'no position'));
    const stand = standOf(stance.position);
    const position = stance.position.toLowerCase();
    return h(
      'td',
      { class: `${stand}${issue.sticking ? ' sticking' : ''}` },
      h(
        'button',
        {
          type: 'button',
          'data-cell': id,
          'aria-pressed': String(selected === id),
          title: `${actor.name} ${position} ${issue.name} (${stance.date}): ${STAND_LOOK[stand].name}. Click for the quotes.`,
          'aria-label': `${actor.name} ${position} ${issue.name}, ${stance.date}: show the quotes`,
          onclick: () => onOpen(id),
        },
        h('span', { 'aria-hidden': 'true' }, MARK[stand]),
        h('small', {}, position.slice(0, 4)),
      ),
    );
  };
  return h(
    'table',
    { class: 'matrix' },
    h(
      'caption',
      {},
      `Latest position of ${matrix.actors.length} actors on ${matrix.issues.length} issues. Rows: actors who agree sit together; columns: issues that split the same actors sit together. ⚠ marks a sticking point. Click a cell for its quotes.`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'corner' }, 'Actor \\ issue'),
        matrix.issues.map((issue) =>
          h(
            'th',
            { scope: 'col', class: `issue${issue.sticking ? ' sticking' : ''}`, title: issue.name },
            h('span', {}, `${issue.sticking ? '⚠ ' : ''}${issue.name}`),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      matrix.actors.map((actor) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h(
              'span',
              { 'aria-hidden': 'true', style: `color:${TYPE_LOOK[actor.type].colour}` },
              `${TYPE_LOOK[actor.type].symbol} `,
            ),
            actor.name,
          ),
          matrix.issues.map((issue) => cell(actor, issue)),
        ),
      ),
    ),
  );
}
