import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findEvidence } from '../model/evidenced-facts.js';
import type { Source } from '../model/schema.js';
import type { EntryProblem } from './entry-problem.js';
import { displayPath, type LocatedEntry } from './read-data-files.js';
import type { SeedIssue } from './seed-issue.js';

/** The folder, inside the data folder, that holds each source's full text (`sources.yaml` names the file). */
export const SOURCE_TEXTS_DIR = 'sources';

// Line breaks and runs of spaces differ between a YAML scalar and the article: compare words, not layout.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A source's full text, as the quote check reads it. */
export interface Article {
  /** The text's file name, for messages. */
  file: string;
  text: string;
  /** The text with every run of white space made one space. */
  normalised: string;
}

/** An article as the quote check needs it, from its file name and full text. */
export function toArticle(file: string, text: string): Article {
  return { file, text, normalised: normalise(text) };
}

/** Reads the text of every source whose entry is valid; a missing text is reported on its entry. */
export async function readArticles(
  dataDir: string,
  sources: readonly LocatedEntry<Source>[],
  issues: SeedIssue[],
): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const { file, index, value } of sources) {
    const absolute = path.join(dataDir, SOURCE_TEXTS_DIR, value.file);
    try {
      articles.set(value.id, toArticle(value.file, await readFile(absolute, 'utf8')));
    } catch {
      issues.push({
        file,
        entry: `sources[${index}]`,
        entryId: value.id,
        field: 'file',
        message: `the article's text is missing: ${displayPath(absolute)}`,
      });
    }
  }
  return articles;
}

/**
 * Checks that every quote of one entry is verbatim in the article it cites (up to spacing). Quotes
 * citing a source whose text is unknown are left to the report on that source or reference.
 */
export function checkEntryQuotes(entry: unknown, articleOf: (source: string) => Article | undefined): EntryProblem[] {
  return findEvidence(entry).flatMap(({ prefix, evidence }) =>
    evidence.flatMap((item, itemIndex) => {
      const article = articleOf(item.source);
      if (!article || article.normalised.includes(normalise(item.quote))) return [];
      return [
        {
          field: `${prefix}evidence[${itemIndex}].quote`,
          message: `not found in article ${article.file} (${item.source}): ${JSON.stringify(abbreviate(item.quote))}`,
        },
      ];
    }),
  );
}

/** Where a quote stands in its article's text: the first match, up to spacing, as string offsets. */
export interface QuotePosition {
  start: number;
  end: number;
}

/** Finds a quote in the full text as the quote check does (words in order, any white space between). */
export function locateQuote(text: string, quote: string): QuotePosition | undefined {
  const words = normalise(quote)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function abbreviate(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
}
