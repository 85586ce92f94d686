import { NEIGHBOURHOOD, request, SOURCE_LIST, SOURCE_TEXT } from '../api/index.js';
import type * as Generated from '../api/generated/operation-types.js';
import { openArticleForm } from '../curation/article-form.js';
import { openFactForm } from '../curation/fact-form.js';
import type { GraphChange } from '../curation/graph-changes.js';
import type { Session } from '../curation/session.js';
import { mergeGraphs } from '../graph/merge-graphs.js';
import { toElements } from '../graph/to-elements.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { byId, h } from '../ui/dom.js';
import { NO_PUBLISHER, NO_TITLE } from '../ui/evidence-list.js';
import { clearStatus, showError, showStatus } from '../ui/status.js';
import type { Drawing } from './drawing.js';
import { countFacts, updateCitations, type Citation } from './article-citations.js';
import { findPhrase, sentenceAround } from './article-marks.js';
import { renderArticle, selectionOffsets, selectOffsets } from './reading-pane.js';

type Article = { id: string } & Generated.SourceTextQuery;
type Graph = Generated.NeighbourhoodQuery['neighbourhood'];
type SourceNode = Extract<NonNullable<Generated.SourceTextQuery['node']>, { __typename: 'Source' }>;

const titleOf = (source: { title?: string | null }) => source.title ?? NO_TITLE;

/**
 * Sources: the articles the facts come from, with how many facts cite each; the open article's
 * text with every quote highlighted; the facts a chosen quote supports, listed and drawn. An editor
 * adds articles here and records a fact from a selection of the text.
 */
export class SourcesView {
  #drawing: Drawing;
  #store: Store;
  #session: Session;
  #list: Generated.SourceListQuery | null = null;
  #article: Article | null = null;
  /** What the reader shows and what is drawn, so a change of quote does not rebuild the text. */
  #shown: string | null = null;
  #drawn: string | null = null;
  /** The last selection made in the article: focusing a button or a form must not lose it. */
  #selection: { start: number; end: number } | null = null;
  /** The quote last scrolled to: choosing a fact of it redraws, but must not scroll the text back. */
  #scrolledTo: string | null = null;
  /** The open article's drawn entries' neighbourhoods: a redraw after an edit fetches only those it changed. */
  #graphs = new Map<string, Graph>();

  constructor(drawing: Drawing, store: Store, session: Session) {
    this.#drawing = drawing;
    this.#store = store;
    this.#session = session;
    document.addEventListener('selectionchange', () => {
      const article = document.getElementById('article-text');
      const offsets = article && selectionOffsets(article);
      if (offsets) this.#selection = offsets;
    });
  }

  /** Hides the reader; the next render builds it afresh. */
  reset(): void {
    byId('reader').hidden = true;
    this.#shown = null;
    this.#drawn = null;
    this.#graphs.clear();
  }

  /** Forgets what an edit changed, so the next render fetches it again. */
  forget(source: string | undefined): void {
    this.#list = null;
    if (!source || source === this.#article?.id) this.#article = null;
    this.#shown = null;
    this.#drawn = null;
    this.#graphs.clear();
  }

  /**
   * Takes in an edit of one entry from the server's answer: the open article's marks and its count
   * of facts are updated in place, and only the neighbourhoods that hold the entry are fetched
   * again. An edit without such an answer (an article added, a merge) forgets everything it may touch.
   */
  applyChange(change: GraphChange): void {
    const { answer } = change;
    if (!answer || change.action === 'add-article') return this.forget(change.source);
    for (const [id, graph] of this.#graphs)
      if (id === change.entryId || graph.nodes.some((node) => node.id === change.entryId)) this.#graphs.delete(id);
    this.#shown = null;
    this.#drawn = null;
    const article = this.#article;
    if (!article || !this.#list) return;
    const citations = updateCitations(article.citations, article.id, answer);
    this.#article = { ...article, citations };
    const uses = this.#list.sourceUses.filter((use) => use.source !== article.id);
    this.#list = { ...this.#list, sourceUses: [...uses, { source: article.id, facts: countFacts(citations) }] };
  }

  /** Shows the list, the open article and the chosen quote's facts. */
  async render(state: ViewState): Promise<void> {
    const reader = byId('reader');
    reader.hidden = false;
    try {
      this.#list ??= await request(SOURCE_LIST, {});
      if (state.source && this.#article?.id !== state.source) {
        // Neighbourhoods are kept while one article stays open, not longer: others edit the graph too.
        this.#graphs.clear();
        this.#article = { id: state.source, ...(await request(SOURCE_TEXT, { id: state.source })) };
      }
      const shown = `${state.source}|${this.#session.viewer?.name ?? ''}|${this.#article ? 'text' : ''}`;
      if (this.#shown !== shown) {
        reader.replaceChildren(this.#renderList(state), this.#renderArticle(state));
        this.#shown = shown;
        this.#scrolledTo = null;
      }
      this.#showQuote(state);
      await this.#draw(state);
    } catch (error) {
      showError(error);
    }
  }

  #renderList(state: ViewState): HTMLElement {
    const uses = new Map(this.#list!.sourceUses.map((use) => [use.source, use.facts]));
    const rows = [...this.#list!.sources].reverse().map((source) =>
      h(
        'tr',
        { 'aria-current': source.id === state.source ? 'true' : undefined },
        h('td', {}, source.publisher ?? NO_PUBLISHER),
        h(
          'td',
          {},
          h(
            'a',
            {
              href: `?view=sources&source=${encodeURIComponent(source.id)}`,
              onclick: (event: Event) => {
                event.preventDefault();
                this.#store.navigate({ source: source.id, quote: null, selected: null });
              },
            },
            titleOf(source),
          ),
        ),
        h('td', {}, source.date + (source.dateInferred ? ' (inferred)' : '')),
        h('td', { class: 'number' }, String(uses.get(source.id) ?? 0)),
      ),
    );
    return h(
      'details',
      { class: 'source-list', open: !state.source },
      h('summary', {}, `Articles (${rows.length})`),
      this.#session.isEditor
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => openArticleForm((id) => this.#store.navigate({ source: id, quote: null, selected: null })),
            },
            'Add an article…',
          )
        : null,
      h(
        'table',
        {},
        h('caption', { class: 'sr-only' }, 'Articles, newest first, with how many facts cite each'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Publisher', 'Title', 'Date', 'Facts'].map((label) => h('th', { scope: 'col' }, label)),
          ),
        ),
        h('tbody', {}, rows),
      ),
    );
  }

  #renderArticle(state: ViewState): HTMLElement {
    const article = this.#article;
    if (!state.source || !article)
      return h('p', { class: 'hint' }, 'Choose an article to read it with its quotes highlighted.');
    const source = article.node?.__typename === 'Source' ? (article.node as SourceNode) : null;
    const text = source?.text ?? '';
    const spans = article.citations.map(({ start, end, quote }) => ({ start, end, quote }));
    const body = renderArticle(text, spans, {
      chosen: state.quote,
      onChoose: (quote) => this.#store.navigate({ quote, selected: null }),
    });
    const header = h(
      'header',
      {},
      h('h2', { id: 'article-title' }, titleOf(source ?? {})),
      h(
        'p',
        { class: 'kind' },
        [source?.publisher ?? NO_PUBLISHER, source?.author, source?.date].filter(Boolean).join(' · '),
        source?.url
          ? [' · ', h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, 'original')]
          : null,
      ),
    );
    return h(
      'article',
      { class: 'reading', 'aria-labelledby': 'article-title' },
      header,
      this.#session.isEditor ? this.#renderTools(text, body, source?.date ?? '', titleOf(source ?? {})) : null,
      h('div', { id: 'quote-facts', 'aria-live': 'polite' }),
      body,
    );
  }

  /** Find a phrase, widen it to its sentence, record a fact from it: all by keyboard as well as by mouse. */
  #renderTools(text: string, body: HTMLElement, date: string, title: string): HTMLElement {
    const find = h('input', { id: 'find-phrase', type: 'search', placeholder: 'A phrase of the article' });
    const said = h('span', { class: 'hint', 'aria-live': 'polite' });
    const select = (span: { start: number; end: number }) => {
      selectOffsets(body, span.start, span.end);
      this.#selection = span;
      said.textContent = `Selected: “${text.slice(span.start, span.end)}”`;
    };
    const findNext = () => {
      const found = findPhrase(text, find.value, this.#selection ? this.#selection.end : 0);
      if (found) select(found);
      else said.textContent = `“${find.value}” is not in the article.`;
    };
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        findNext();
      }
    });
    const record = () => {
      const span = this.#selection;
      const quote = span && text.slice(span.start, span.end).trim();
      if (!quote) {
        said.textContent = 'Select a passage of the article first (or find a phrase), then record the fact.';
        return;
      }
      openFactForm(
        { mode: 'record', quote: { source: this.#article!.id, quote }, date, articleTitle: title },
        (id, saved) => this.#store.navigate({ quote: saved ?? quote, selected: id }),
      );
    };
    return h(
      'div',
      { class: 'reader-tools', role: 'group', 'aria-label': 'Quote tools' },
      h('label', { for: 'find-phrase' }, 'Find'),
      find,
      h('button', { type: 'button', onclick: findNext }, 'Find next'),
      h(
        'button',
        {
          type: 'button',
          onclick: () => this.#selection && select(sentenceAround(text, this.#selection.start, this.#selection.end)),
        },
        'Whole sentence',
      ),
      h('button', { type: 'button', class: 'primary', onclick: record }, 'Record a fact'),
      said,
    );
  }

  /** Marks the chosen quote, scrolls to it, and lists the facts it supports. */
  #showQuote(state: ViewState): void {
    const list = document.getElementById('quote-facts');
    const marks = [...document.querySelectorAll<HTMLElement>('#article-text mark')];
    for (const mark of marks) mark.classList.toggle('chosen', mark.dataset['quote'] === state.quote);
    if (!list) return;
    const facts = this.#factsOf(state.quote);
    if (!state.quote || !facts.length) return list.replaceChildren();
    const first = marks.find((mark) => mark.dataset['quote'] === state.quote);
    const key = `${state.source}|${state.quote}`;
    if (first && this.#scrolledTo !== key) {
      first.scrollIntoView({ block: 'center' });
      this.#scrolledTo = key;
    }
    list.replaceChildren(
      h('h3', {}, `This quote supports ${facts.length} fact${facts.length === 1 ? '' : 's'}`),
      h(
        'ul',
        {},
        facts.map((fact) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => this.#store.navigate({ selected: fact.entryId }) },
              `${fact.collection.replace(/s$/, '')}: ${fact.entryId}${fact.path ? ` (${fact.path})` : ''}`,
            ),
          ),
        ),
      ),
    );
  }

  #factsOf(quote: string | null): Citation[] {
    return quote ? (this.#article?.citations ?? []).filter((citation) => citation.quote === quote) : [];
  }

  /** Draws the entries behind the chosen quote, each with its neighbours. */
  async #draw(state: ViewState): Promise<void> {
    const ids = [...new Set(this.#factsOf(state.quote).map((fact) => fact.entryId))];
    const key = `${this.#article?.id}|${ids.join(',')}`;
    if (this.#drawn === key && this.#drawing.cy) return this.#drawing.applyState(state);
    this.#drawn = key;
    if (!ids.length) {
      this.#drawing.clear();
      return showStatus(state.source ? 'Choose a highlighted quote to draw the facts it supports.' : '');
    }
    showStatus('Loading the facts…');
    const graphs = await Promise.all(
      ids.map(async (id) => {
        const graph = this.#graphs.get(id) ?? (await request(NEIGHBOURHOOD, { id, depth: 1 })).neighbourhood;
        this.#graphs.set(id, graph);
        return graph;
      }),
    );
    await this.#drawing.replace(toElements(mergeGraphs(graphs)));
    clearStatus();
  }
}
