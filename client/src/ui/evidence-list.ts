import type { Evidence } from '../api/types.js';
import { h } from './dom.js';

/** Said where an article names no publisher or prints no headline, rather than leaving a gap. */
export const NO_PUBLISHER = 'publisher not named';
export const NO_TITLE = 'untitled article';

/** The article a quote comes from, in one line: publisher · date · “title”, the title linked to the article when it has an address. */
export function renderCitation(source: Evidence['source']): HTMLElement {
  const title = source.title ? `“${source.title}”` : NO_TITLE;
  return h(
    'cite',
    {},
    `${source.publisher ?? NO_PUBLISHER} · ${source.date}${source.dateInferred ? ' (date inferred)' : ''} · `,
    source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
  );
}

/**
 * A link to the quote in its article (the sources view, scrolled to the highlight). A real link, so
 * it opens in a new tab too; main.ts turns a plain click into a move within the page.
 */
function renderOpenInArticle(source: string, quote: string): HTMLElement {
  const params = new URLSearchParams({ view: 'sources', source, quote });
  return h(
    'a',
    { href: `?${params}`, class: 'open-article', 'data-source': source, 'data-quote': quote },
    'Open in article',
  );
}

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
        renderCitation(item.source),
        item.source.id ? renderOpenInArticle(item.source.id, item.quote) : null,
      ),
    ),
  );
}
