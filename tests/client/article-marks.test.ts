import { describe, expect, test } from 'vitest';
import { findPhrase, sentenceAround, toSegments } from '../../client/src/views/article-marks.js';

const TEXT = 'Talks were held. Ruritania sent a delegation. Borduria sent one too.\nNext line.';

describe('the reading pane cuts the article at its quotes', () => {
  test('segments join back into the text; overlapping quotes each cover their whole span', () => {
    const a = { start: 17, end: 45, quote: 'Ruritania sent a delegation.' };
    const b = { start: 27, end: 68, quote: 'sent a delegation. Borduria sent one too.' };
    const segments = toSegments(TEXT, [a, b]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.map((s) => [s.text, s.quotes])).toEqual([
      ['Talks were held. ', []],
      ['Ruritania ', [a.quote]],
      ['sent a delegation.', [a.quote, b.quote]],
      [' Borduria sent one too.', [b.quote]],
      ['\nNext line.', []],
    ]);
  });

  test('a text without quotes is one plain segment', () => {
    expect(toSegments(TEXT, [])).toEqual([{ text: TEXT, start: 0, quotes: [] }]);
  });

  test('finding a phrase ignores case and spacing, goes on from the last match, and wraps around', () => {
    expect(findPhrase(TEXT, 'sent  A')).toEqual({ start: 27, end: 33 });
    expect(findPhrase(TEXT, 'sent a', 33)).toEqual({ start: 27, end: 33 });
    expect(findPhrase(TEXT, 'sent', 33)).toEqual({ start: 55, end: 59 });
    expect(findPhrase(TEXT, 'talks', 40)).toEqual({ start: 0, end: 5 });
    expect(findPhrase(TEXT, 'absent')).toBeNull();
    expect(findPhrase(TEXT, '   ')).toBeNull();
  });

  test('a selection widens to its sentence, stopping at a full stop or a line end', () => {
    const span = sentenceAround(TEXT, 27, 33);
    expect(TEXT.slice(span.start, span.end)).toBe('Ruritania sent a delegation.');
    const last = sentenceAround(TEXT, 72, 76);
    expect(TEXT.slice(last.start, last.end)).toBe('Next line.');
    const first = sentenceAround(TEXT, 0, 5);
    expect(TEXT.slice(first.start, first.end)).toBe('Talks were held.');
  });
});
