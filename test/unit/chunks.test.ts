// Incremental parsing must give exactly what a whole-document parse gives: the same blocks, at
// the same places, with the same text; checked on tricky Markdown, on our examples, on the
// seeds, and after hundreds of random edits.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseChunked, parseWhole } from '../../server/src/engine/parse/incremental.js';
import { splitChunks } from '../../server/src/engine/parse/chunks.js';
import { loadSeeds } from '../helpers/seeds.js';

function wholeParse(text: string) {
  return parseWhole(text).blocks.map((b) => ({
    type: b.type,
    start: b.start,
    end: b.end,
    text: b.text,
    depth: b.depth,
    list: b.listDepth,
    marker: b.listMarker,
    cell: b.cell ? `${b.cell.row}:${b.cell.column}` : '',
  }));
}

function chunkedParse(text: string, previous?: ReturnType<typeof parseChunked>) {
  const parsed = parseChunked(text, previous?.cache);
  const blocks = parsed.chunks.flatMap((c) =>
    c.content.blocks.map((b) => ({
      type: b.type,
      start: c.start + b.start,
      end: c.start + b.end,
      text: b.text,
      depth: b.depth,
      list: b.listDepth,
      marker: b.listMarker,
      cell: b.cell ? `${b.cell.row}:${b.cell.column}` : '',
    })),
  );
  return { parsed, blocks };
}

const TRICKY = [
  '---\nlang: ru\n\npolicy: privacy\n---\n# Title\n\nText.\n',
  '# A\n\n```\ncode\n\n# not a heading\n```\n\nafter\n',
  '~~~md\n\n---\n\n~~~\n\npara\n',
  '<!-- a comment\n\nthat spans\n\nblank lines -->\n\n# B\n',
  '<!-- pplint-disable placeholder -->\n\n[Company]\n\n<!-- pplint-enable -->\n',
  '- one\n\n- two\n\n- three\n\nend\n',
  '1. first\n\n   continued\n\n2. second\n\n10) other list\n',
  '- a\n\n  - nested\n\n    deep\n\nPara\n',
  'See [the site][s] and [^1].\n\nMore [s] text.\n\n[s]: https://example.kz\n\n[^1]: A footnote.\n',
  '| a | b |\n|---|---|\n| x | y |\n\n| c |\n|---|\n| z |\n',
  '> quote\n\n> another\n\n> - list in quote\n',
  'Setext\n======\n\nText\n---\n\n***\n',
  '    indented code\n\n    more\n\ntext\n',
  '<div>\nhtml block\n\n</div>\n\ntext\n',
  '<script>\n\nvar a;\n\n</script>\n\n# after script\n',
  'text\n<!--\n\nunclosed comment to the end\n',
  '\r\n# CRLF\r\n\r\nText\r\n\r\n- item\r\n',
  'Line with trailing spaces  \nnext\n\n\\[escaped\\] & entity &amp; [link](x)\n',
  'A [s] reference.\n\n```\n[s]: https://inside-code.kz\n```\n\nEnd.\n',
  '[s]: https://example.kz\n\nText [s].\n\n```\nunclosed fence [s]\n',
  // A tilde fence may name a backtick in its info string; a backtick fence may not.
  'Text.\n\n~~~~ `info`\n\ninside the fence\n\nstill inside\n',
  'Text.\n\n``` `info`\n\nnot a fence\n',
  '~~~ `x`\r\n\r\ninside\r\n\r\n~~~\r\n\r\n```\r\n\r\n# inside too\r\n',
  // A line that looks like a definition but continues a paragraph defines nothing.
  'a\n.\n[e]:z\n\n[e]\n',
  // The first definition of a label wins, even over one in the chunk that uses it.
  '[e]: https://first.kz\n\n' +
    'Filler paragraph of the policy text.\n\n'.repeat(40) +
    'See [e].\n\n[e]: https://second.kz\n',
  '> [q]:\n> https://quoted.kz\n\n' +
    'Filler paragraph of the policy text.\n\n'.repeat(40) +
    'See [Q] and [^n].\n\n[^n]: A note\n    on two lines.\n',
  '\uFEFF---\nlang: ru\n---\n# Политика 😀\n\nТекст [e].\n\n[e]: x\n',
  '- '.repeat(300) + 'deep\n\n' + '> '.repeat(300) + 'quoted\n',
  // An empty list item after an indented code block is a paragraph to micromark (and a list
  // elsewhere), so no chunk may begin with it (property seed 1214099563).
  ...['*\r\n', '-\n', '2)\n'].map(
    (item) => 'Filler paragraph of the policy text.\n\n'.repeat(20) + '    indented code\n\n' + item,
  ),
  // A chunk that opens indented and refers to a note defined in a later chunk: the note's
  // definition, put before the chunk for its parse, must not take the code as its continuation
  // (property seed 1994735687).
  ...['\t', '    '].map(
    (indent) =>
      `${indent}indented code\n\nSee the note [^1].\n\n` +
      'Filler paragraph of the policy text.\n\n'.repeat(40) +
      '[^1]:\n',
  ),
];

describe('incremental parsing', () => {
  for (const [i, text] of TRICKY.entries()) {
    it(`equals a whole parse: tricky case ${i + 1}`, () => {
      assert.deepEqual(chunkedParse(text).blocks, wholeParse(text));
    });
  }

  const corpus: Array<[string, string]> = [];
  const examples = join(import.meta.dirname, '../../examples');
  if (existsSync(examples))
    for (const f of readdirSync(examples).filter((f) => f.endsWith('.md')))
      corpus.push([`examples/${f}`, readFileSync(join(examples, f), 'utf8')]);
  for (const seed of loadSeeds()) corpus.push([`seed ${seed.id}`, seed.markdown]);
  corpus.push(['tricky cases together', TRICKY.slice(1).join('\n')]);

  for (const [name, text] of corpus) {
    it(`equals a whole parse on ${name}, and after 60 random edits`, () => {
      assert.deepEqual(chunkedParse(text).blocks, wholeParse(text));
      let random = 12345 + name.length;
      const next = () => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;
      const inserts = ['x', ' ', '\n', '\n\n', '# ', '- ', '1. ', '```', '|', '>', '<!--', '-->', '[', ']', '*', '\t'];
      let current = text;
      let previous = chunkedParse(current).parsed;
      for (let step = 0; step < 60; step++) {
        const at = Math.floor(next() * (current.length + 1));
        const remove = next() < 0.3 ? Math.floor(next() * 20) : 0;
        const insert = inserts[Math.floor(next() * inserts.length)]!;
        current = current.slice(0, at) + insert + current.slice(at + remove);
        const result = chunkedParse(current, previous);
        assert.deepEqual(result.blocks, wholeParse(current), `after edit ${step + 1}: "${insert}" at ${at}`);
        previous = result.parsed;
      }
    });
  }

  it('cuts an edited text from where it changed into the chunks a fresh cut makes, and caches the same parses', () => {
    // A text of many chunks (lists, fences, front matter, a definition) edited at random: the
    // chunks kept from the previous version before and after the change must be exactly those
    // that cutting the whole new text gives.
    const text =
      '---\nlang: en\n---\n' +
      Array.from(
        { length: 120 },
        (_, i) =>
          `## ${i + 1}. Section\n\nParagraph ${i + 1} says what the operator does with the data [d].\n\n` +
          (i % 7 === 0 ? '- one\n- two\n\n  more of two\n\n' : '') +
          (i % 11 === 0 ? '```\ncode\n\n# not a heading\n```\n\n' : ''),
      ).join('\n') +
      '\n[d]: https://example.kz\n';
    let random = 777;
    const next = () => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inserts = ['x', '\n', '\n\n', '- ', '1. ', '```\n', '<!--', '-->', '# ', '[d]: https://other.kz\n\n', '\r\n'];
    let current = text;
    let previous = parseChunked(current);
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(next() * (current.length + 1));
      const remove = next() < 0.3 ? Math.floor(next() * 400) : 0;
      current = current.slice(0, at) + inserts[Math.floor(next() * inserts.length)]! + current.slice(at + remove);
      const edited = parseChunked(current, previous.cache);
      const fresh = parseChunked(current);
      const where = `after edit ${step + 1} at ${at}`;
      assert.deepEqual(
        edited.chunks.map((c) => [c.start, c.end]),
        splitChunks(current).map((c) => [c.start, c.end]),
        where,
      );
      assert.deepEqual([...edited.cache.keys()].sort(), [...fresh.cache.keys()].sort(), where);
      previous = edited;
    }
  });

  it('re-parses only the chunk that changed', () => {
    const text = Array.from(
      { length: 400 },
      (_, i) =>
        `## ${i + 1}. Section\n\nParagraph ${i + 1} of the policy, which says what the operator does with the data.\n`,
    ).join('\n');
    const first = parseChunked(text);
    const chunks = splitChunks(text);
    assert.ok(chunks.length >= 10, `${chunks.length} chunks`);
    for (const [i, edit] of [
      ['Paragraph 25 of', 'Paragraph 25 of the'],
      ['Paragraph 250 of the policy', 'Paragraph 250'],
    ].entries()) {
      const edited = text.replace(edit[0]!, edit[1]!);
      const second = parseChunked(edited, first.cache);
      assert.ok(second.parsed <= 2, `edit ${i + 1} re-parsed ${second.parsed} chunks`);
    }
  });
});
