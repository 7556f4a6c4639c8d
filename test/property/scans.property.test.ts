// The linear scans that replaced quadratic regular expressions find exactly what the expressions
// found; line positions agree with the editor's; the fixer never touches text outside its edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { linkSpans } from '../../server/src/engine/language/links.js';
import { trimEndOf, trimEndSpaceAnd } from '../../server/src/engine/language/trim.js';
import { LineIndex, applyFixes, type TextEdit } from '../../server/src/engine/index.js';
import { boundNesting, MAX_NESTING } from '../../server/src/engine/parse/nesting.js';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { normalizeLabel, referencedLabels } from '../../server/src/engine/parse/definitions.js';
import { strongestNonOverlapping, type PhraseMatch } from '../../server/src/engine/extract/vocabulary/phrases.js';
import { HOSTILE } from './arbitraries.js';
import { holds } from './harness.js';

const LINKS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const piecesOf = (alphabet: string[], max: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((p) => p.join(''));

describe('property: linear scans and positions', function () {
  this.timeout(120_000);

  it('addresses are found as the regular expression found them', () => {
    const text = piecesOf(
      [
        'a',
        'Z',
        '1',
        '_',
        '.',
        '-',
        '+',
        '@',
        ' ',
        '\n',
        'www.',
        'http://',
        'https://',
        'b.kz',
        'x@y.kz',
        'Ж',
        '😀',
        ':',
        '/',
      ],
      16,
    );
    holds(
      'e-mail and web address scan = regular expression',
      text,
      (t) => {
        assert.deepEqual(
          linkSpans(t),
          [...t.matchAll(LINKS)].map((m) => [m.index, m.index + m[0].length]),
        );
      },
      40_000,
    );
  });

  it('trailing runs are trimmed as the regular expression trimmed them', () => {
    const text = piecesOf([' ', '.', ',', ';', ':', 'a', 'Ж', '\u00a0', '\t', '\n', '(', ')', '/', '»'], 14);
    holds(
      'backward trim = trailing-run regular expression',
      text,
      (t) => {
        assert.equal(trimEndOf(t, '.,;:'), t.replace(/[.,;:]+$/, ''));
        assert.equal(trimEndSpaceAnd(t, '.;'), t.replace(/[\s.;]+$/, ''));
        assert.equal(trimEndSpaceAnd(t, '('), t.replace(/[\s\u00a0(]+$/, ''));
      },
      15_000,
    );
  });

  it('the strongest non-overlapping matches are those the pairwise comparison kept', () => {
    // The comparison of each match with every kept one, as it was before the marking of words.
    const pairwise = (matches: PhraseMatch<number>[]) => {
      const sorted = [...matches].sort((a, b) => b.phrase.weight - a.phrase.weight || a.firstWord - b.firstWord);
      const taken: PhraseMatch<number>[] = [];
      for (const m of sorted)
        if (!taken.some((t) => m.firstWord <= t.lastWord && t.firstWord <= m.lastWord)) taken.push(m);
      return taken.sort((a, b) => a.firstWord - b.firstWord);
    };
    const match = fc.tuple(fc.nat(30), fc.nat(4), fc.integer({ min: 1, max: 4 })).map(([first, length, weight]) => ({
      phrase: { source: '', tokens: [], weight, tag: 0 },
      start: first,
      end: first + length,
      firstWord: first,
      lastWord: first + length,
    }));
    holds(
      'word marking = pairwise overlap test',
      fc.array(match, { maxLength: 25 }),
      (matches) => {
        assert.deepEqual(strongestNonOverlapping(matches), pairwise(matches));
      },
      10_000,
    );
  });

  it('line and character positions are the editor’s, with CRLF and lone CR', () => {
    const text = piecesOf(['a', '\n', '\r', '\r\n', '😀', ' ', 'Ж'], 20);
    holds(
      'LineIndex = TextDocument positions',
      fc.tuple(text, fc.nat(40)),
      ([t, o]) => {
        const offset = Math.min(o, t.length);
        const lines = new LineIndex(t);
        const doc = TextDocument.create('file:///x.md', 'markdown', 1, t);
        assert.deepEqual(lines.position(offset), doc.positionAt(offset));
        assert.equal(lines.lineCount, doc.lineCount);
      },
      15_000,
    );
  });

  it('a fix changes nothing outside its edits, and applies only over the text it quoted', () => {
    const arb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀'), maxLength: 30 }).chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(
          fc.array(fc.tuple(fc.nat(t.length), fc.nat(4), fc.constantFrom('', 'X', 'YY'), fc.boolean()), {
            minLength: 1,
            maxLength: 3,
          }),
          { maxLength: 4 },
        ),
      ),
    );
    holds(
      'applyFixes touches only its edits',
      arb,
      ([text, raw]) => {
        const fixes: TextEdit[][] = raw.map((edits) =>
          edits.map(([start, len, insert, quote]) => {
            const end = Math.min(text.length, start + len);
            return { start, end, text: insert, expect: quote ? text.slice(start, end) : `${text.slice(start, end)}?` };
          }),
        );
        const fitting = fixes.filter((f) => f.every((e) => e.expect === text.slice(e.start, e.end)));
        const result = applyFixes(text, fixes);
        if (fitting.length === 0) return assert.equal(result.text, text, 'an edit over other text was applied');
        // Outside the span of the fitting edits the text is untouched.
        const from = Math.min(...fitting.flat().map((e) => e.start));
        const to = Math.max(...fitting.flat().map((e) => e.end));
        assert.equal(result.text.slice(0, from), text.slice(0, from));
        assert.equal(result.text.slice(result.text.length - (text.length - to)), text.slice(to));
        // One fix alone is exactly its edits.
        const one = fitting[0]!;
        const sorted = [...one].sort((x, y) => y.start - x.start);
        const overlapping = sorted.some((e, i) =>
          sorted.some((o, j) => (i !== j && e.start < o.end && o.start < e.end) || (i < j && e.start === o.start)),
        );
        if (!overlapping) {
          let expected = text;
          for (const e of sorted) expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);
          assert.equal(applyFixes(text, [one]).text, expected);
        }
      },
      20_000,
    );
  });

  it('link labels are compared as micromark compares them, and every "[label]" is a candidate', () => {
    const text = piecesOf(['a', 'B', 'ß', 'İ', ' ', '\t', '\n', 'Ж', 'ё', '😀', '\\', '^', '1'], 10);
    holds(
      'label normalisation = micromark normalizeIdentifier',
      text,
      (t) => {
        if (t.includes('\n')) return; // a label across lines is compared after its quote markers are dropped
        assert.equal(normalizeLabel(t), normalizeIdentifier(t));
        if (!/[[\]]/.test(t) && t.trim() !== '') assert.ok(referencedLabels(`x [${t}] y`).has(normalizeIdentifier(t)));
      },
      10_000,
    );
  });

  it('nesting is cut at the limit and the text keeps its length', () => {
    const arb = fc.tuple(
      fc.constantFrom('- ', '> ', '1. ', '* ', '>', '  ', '\t', '+ '),
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom('x', '', '\n- y', '\r\n> z'),
      fc.constantFrom(...HOSTILE),
    );
    holds(
      'boundNesting keeps length and bounds depth',
      arb,
      ([marker, n, tail, h]) => {
        const text = marker.repeat(n) + tail + h;
        const bounded = boundNesting(text);
        assert.equal(bounded.text.length, text.length);
        for (const cut of bounded.cuts)
          assert.ok(cut.depth > MAX_NESTING || marker.trim() === '' || marker === '\t', `cut at depth ${cut.depth}`);
      },
      5_000,
    );
  });
});
