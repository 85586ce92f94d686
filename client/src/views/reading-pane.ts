import { h } from '../ui/dom.js';
import { toSegments, type Span } from './article-marks.js';

/**
 * An article's text with every quoted span highlighted. Each highlight is a button (Tab reaches it,
 * Enter or a click chooses it) that names the quote it stands for; runs covered by several quotes
 * choose the shortest. The element's text is the article's, character for character, so offsets
 * of a selection in it are offsets in the article.
 */
export function renderArticle(
  text: string,
  spans: readonly Span[],
  { chosen, onChoose }: { chosen: string | null; onChoose: (quote: string) => void },
): HTMLElement {
  const lengthOf = new Map(spans.map((span) => [span.quote, span.end - span.start]));
  const article = h('div', { class: 'article-text', id: 'article-text' });
  for (const segment of toSegments(text, spans)) {
    if (!segment.quotes.length) {
      article.append(segment.text);
      continue;
    }
    const quote = [...segment.quotes].sort((a, b) => (lengthOf.get(a) ?? 0) - (lengthOf.get(b) ?? 0))[0]!;
    const mark = h(
      'mark',
      {
        tabindex: '0',
        role: 'button',
        class: segment.quotes.includes(chosen ?? '') ? 'chosen' : undefined,
        'data-quote': quote,
        'aria-label': `Quoted: ${segment.text.trim()}. Show the facts it supports.`,
      },
      segment.text,
    );
    const choose = () => onChoose(quote);
    mark.addEventListener('click', choose);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      }
    });
    article.append(mark);
  }
  return article;
}

/** The offsets in `article`'s text of the current selection, when it lies inside it and is not empty. */
export function selectionOffsets(article: HTMLElement): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The text node and offset inside `article` at a character offset of its text. */
function pointAt(article: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (seen + length >= offset) return { node, offset: offset - seen };
    seen += length;
  }
  return { node: article, offset: article.childNodes.length };
}

/** Selects the characters [start, end) of `article`'s text, as a reader dragging over them would. */
export function selectOffsets(article: HTMLElement, start: number, end: number): void {
  const from = pointAt(article, start);
  const to = pointAt(article, end);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (from.node.parentElement ?? article).scrollIntoView({ block: 'center' });
}
