/** A quote's place in an article's text (string offsets, end exclusive), as `citations` gives it. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** A run of the text, and the quotes that cover it (none for plain text). */
export interface Segment {
  text: string;
  start: number;
  quotes: string[];
}

/**
 * Cuts a text at every quote's start and end, so overlapping quotes each keep their whole span:
 * a run covered by two quotes lists both. The runs join back into the text exactly.
 */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const quotes = [...new Set(spans.filter((span) => span.start <= start && span.end >= end).map((s) => s.quote))];
    segments.push({ text: text.slice(start, end), start, quotes });
  }
  return segments;
}

/** The span of the sentence around [start, end): from after the previous full stop to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start);
  const from = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const match = /[.?!](?=\s|$)|\n/.exec(text.slice(end));
  const to = match ? end + match.index + (match[0] === '\n' ? 0 : 1) : text.length;
  let first = from < 0 ? 0 : from + (text[from] === '\n' ? 1 : 2);
  while (first < to && /\s/.test(text[first]!)) first++;
  return { start: first, end: to };
}

/** Where a phrase next occurs in the text after `from`, ignoring case and spacing; wraps around once. */
export function findPhrase(text: string, phrase: string, from = 0): { start: number; end: number } | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gi');
  for (const start of [from, 0]) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}
