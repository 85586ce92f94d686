import type { ComparedIssue, Position } from '../api/types.js';
import { standOf, STAND_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';

const MARK = { FOR: '✔', AGAINST: '✘', CONDITIONAL: '◐' } as const;

/** The positions as a table: issues down, actors across, each cell the latest position and its day. */
export function renderPositionsTable(issues: ComparedIssue[], stickingIssues: Set<string>): HTMLElement {
  const actors = issues[0]?.positions.map((p) => p.actor) ?? [];
  const cell = (stance: { position: Position; date: string } | null) => {
    if (!stance) return h('td', {}, h('span', { class: 'sr-only' }, 'no position'));
    const stand = standOf(stance.position);
    return h(
      'td',
      { class: stand, title: STAND_LOOK[stand].name },
      `${MARK[stand]} ${stance.position.toLowerCase()}`,
      h('br'),
      h('small', {}, stance.date),
    );
  };
  return h(
    'table',
    { class: 'matrix' },
    h(
      'caption',
      {},
      'Latest position of each actor on each issue. ⚠ marks a sticking point: parties to the same talks stand on opposite sides.',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Issue'),
        actors.map((actor) => h('th', { scope: 'col' }, actor.name)),
      ),
    ),
    h(
      'tbody',
      {},
      issues.map((row) =>
        h(
          'tr',
          { class: stickingIssues.has(row.issue.id) ? 'sticking' : '' },
          h('th', { scope: 'row' }, `${stickingIssues.has(row.issue.id) ? '⚠ ' : ''}${row.issue.name}`),
          row.positions.map((p) => cell(p.stance)),
        ),
      ),
    ),
  );
}
