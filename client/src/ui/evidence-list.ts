import type { Evidence } from '../api/types.js';
import { h } from './dom.js';

/** The quotes behind a fact, each with its publisher, date and title, and how many articles agree. */
export function renderEvidence(evidence: Evidence[] | undefined, sourceCount: number | undefined): HTMLElement {
  if (!evidence?.length) return h('p', { class: 'corroboration' }, 'No quote recorded for this fact.');
  return h(
    'div',
    { class: 'evidence' },
    h(
      'p',
      { class: 'corroboration' },
      `Stated by ${sourceCount ?? evidence.length} source${(sourceCount ?? evidence.length) === 1 ? '' : 's'}.`,
    ),
    evidence.map((item) =>
      h(
        'blockquote',
        {},
        `“${item.quote}”`,
        h(
          'cite',
          {},
          [
            item.source.publisher ?? 'Unknown publisher',
            `${item.source.date}${item.source.dateInferred ? ' (date inferred)' : ''}`,
            item.source.title ? `“${item.source.title}”` : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
  );
}
