import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findEvidence } from '../model/evidenced-facts.js';
import type { Source } from '../model/schema.js';
import { displayPath, type LocatedEntry, type ParsedCollections } from './read-data-files.js';
import type { SeedIssue } from './seed-issue.js';

/** The folder, inside the data folder, that holds each source's full text (`sources.yaml` names the file). */
export const SOURCE_TEXTS_DIR = 'sources';

// Line breaks and runs of spaces differ between a YAML scalar and the article: compare words, not layout.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads the text of every source whose entry is valid; a missing text is reported on its entry. */
async function readArticles(dataDir: string, sources: LocatedEntry<Source>[], issues: SeedIssue[]) {
  const articles = new Map<string, { file: string; text: string; normalised: string }>();
  for (const { file, index, value } of sources) {
    const absolute = path.join(dataDir, SOURCE_TEXTS_DIR, value.file);
    try {
      const text = await readFile(absolute, 'utf8');
      articles.set(value.id, { file: value.file, text, normalised: normalise(text) });
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
 * Checks that every quote is verbatim in the article it cites (up to spacing), reporting file,
 * entry and field. Quotes citing a source whose text could not be read are left to that report.
 */
export async function checkQuotes(
  dataDir: string,
  parsed: ParsedCollections,
): Promise<{ issues: SeedIssue[]; texts: Map<string, string> }> {
  const issues: SeedIssue[] = [];
  const articles = await readArticles(dataDir, parsed.sources as LocatedEntry<Source>[], issues);
  for (const [collection, entries] of Object.entries(parsed) as [string, LocatedEntry<{ id?: string }>[]][]) {
    for (const { file, index, value } of entries) {
      for (const { prefix, evidence } of findEvidence(value)) {
        evidence.forEach((item, itemIndex) => {
          const article = articles.get(item.source);
          if (!article || article.normalised.includes(normalise(item.quote))) return;
          issues.push({
            file,
            entry: `${collection}[${index}]`,
            ...(value.id && { entryId: value.id }),
            field: `${prefix}evidence[${itemIndex}].quote`,
            message: `not found in article ${article.file} (${item.source}): ${JSON.stringify(abbreviate(item.quote))}`,
          });
        });
      }
    }
  }
  return { issues, texts: new Map([...articles].map(([id, article]) => [id, article.text])) };
}

function abbreviate(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
}
