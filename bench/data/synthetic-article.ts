import { createRandom, type Random } from './prng.js';
import { TEXT_WORDS } from './vocabulary.js';

/** The one article text every synthetic source cites: the seed checks each quote against its article. */
export const SYNTHETIC_ARTICLE_FILE = 'synthetic-article.txt';

// Short, so checking a 1000× dataset's 300,000 quotes stays a matter of a second.
const ARTICLE_WORDS = 400;

/** The article's words, the same for every dataset (quotes differ by where they start, not by text). */
export const SYNTHETIC_ARTICLE_WORDS: readonly string[] = (() => {
  const random = createRandom(0, 'article');
  return Array.from({ length: ARTICLE_WORDS }, () => random.pick(TEXT_WORDS));
})();

/** The article's text, as written beside the generated data files. */
export function formatSyntheticArticle(): string {
  return `${SYNTHETIC_ARTICLE_WORDS.join(' ')}\n`;
}

/** A run of 8–15 of the article's words: a quote the seed finds verbatim. */
export function pickQuote(random: Random): string {
  const length = 8 + random.int(8);
  const start = random.int(ARTICLE_WORDS - length);
  return SYNTHETIC_ARTICLE_WORDS.slice(start, start + length).join(' ');
}
