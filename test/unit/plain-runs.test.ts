// Blocks too long for the Markdown parser (a paragraph of tens of thousands of characters, thousands
// of lines without a blank one) are read as plain text: one paragraph with the user's characters
// at their own offsets, one information finding per document, and the chunked parse still equal to
// a whole parse.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { parseChunked, parseWhole } from '../../server/src/engine/parse/incremental.js';
import { MAX_RUN_CHARS, MAX_RUN_LINES } from '../../server/src/engine/parse/plain-runs.js';
import { assertRange } from '../property/invariants.js';

const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);

const view = (blocks: ReturnType<typeof parseWhole>['blocks'], base = 0) =>
  blocks.map((b) => ({ type: b.type, start: base + b.start, end: base + b.end, text: b.text, list: b.listDepth }));
const chunked = (text: string, previous?: ReturnType<typeof parseChunked>) => {
  const parsed = parseChunked(text, previous?.cache);
  return { parsed, blocks: parsed.chunks.flatMap((c) => view(c.content.blocks, c.start)) };
};
const whole = (text: string) => view(parseWhole(text).blocks);

function parseFindings(text: string) {
  const findings = engine.lint(engine.parse('file:///p/privacy.ru.md', text), config);
  for (const f of findings) assertRange(text, f.span, f.ruleId);
  return findings.filter((f) => f.ruleId === 'parse');
}

const TITLE = '# Политика конфиденциальности\n\nОператор обрабатывает данные.\n\n';
const commaRun = (length: number) => `Данные хранятся${' ,'.repeat(length / 2)}x`;

describe('long blocks read as plain text', () => {
  it('a paragraph past the bound is one paragraph holding exactly its source text', () => {
    const run = commaRun(MAX_RUN_CHARS + 10);
    const text = `${TITLE}${run}\n\n## 2. Сроки\n\nДанные хранятся 5 лет.\n`;
    const blocks = whole(text);
    const paragraph = blocks.find((b) => b.text.startsWith('Данные хранятся ,'))!;
    assert.equal(paragraph.type, 'paragraph');
    assert.equal(paragraph.text, run);
    assert.equal(text.slice(paragraph.start, paragraph.end), run);
    assert.deepEqual(chunked(text).blocks, blocks);
    // What follows the long block is Markdown again.
    assert.ok(blocks.some((b) => b.type === 'heading' && b.text === '2. Сроки'));
  });

  it('gives one information finding on its first character, in every interface language', () => {
    const text = `${TITLE}${commaRun(MAX_RUN_CHARS + 10)}\n\n${commaRun(MAX_RUN_CHARS + 100)}\n`;
    const notes = parseFindings(text);
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.severity, 'info');
    assert.equal(notes[0]!.span.start, TITLE.length);
    assert.equal(notes[0]!.span.end, TITLE.length + 1);
    assert.equal(notes[0]!.message.data?.count, 2);
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const [message] = engine.render(notes, lang);
      assert.doesNotMatch(message!.message, /\{\w+\}/, lang);
      assert.match(message!.message, new RegExp(String(MAX_RUN_CHARS)), lang);
    }
  });

  it('thousands of "1." lines become one paragraph, not thousands of list items', () => {
    const lines = '1.\n'.repeat(MAX_RUN_LINES + 1);
    const text = `${TITLE}${lines}\nКонец.\n`;
    const blocks = whole(text);
    assert.deepEqual(chunked(text).blocks, blocks);
    const paragraph = blocks[2]!;
    assert.deepEqual([paragraph.type, paragraph.list], ['paragraph', 0]);
    assert.equal(paragraph.text, lines.slice(0, -1));
    assert.equal(parseFindings(text).length, 1);
  });

  it('blocks within the bounds stay Markdown: a long table keeps its cells, emphasis its words', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| cookie_${i} | аналитика | 2 года |`).join('\n');
    const emphasis = `Оператор *хранит* данные${' и передаёт их'.repeat(1500)}.`;
    assert.ok(emphasis.length < MAX_RUN_CHARS);
    const text = `${TITLE}| Имя | Цель | Срок |\n|---|---|---|\n${rows}\n\n${emphasis}\n`;
    const blocks = whole(text);
    assert.equal(blocks.filter((b) => b.type === 'tableCell').length, 3 * 301);
    assert.ok(blocks.some((b) => b.text.startsWith('Оператор хранит данные')));
    assert.deepEqual(parseFindings(text), []);
  });

  it('a long run inside fenced code stays code, with no finding', () => {
    const text = `${TITLE}\`\`\`\n${commaRun(MAX_RUN_CHARS + 10)}\n\`\`\`\n`;
    assert.equal(whole(text)[2]!.type, 'code');
    assert.deepEqual(chunked(text).blocks, whole(text));
    assert.deepEqual(parseFindings(text), []);
  });

  it('keeps CRLF, astral characters and markup characters where they were', () => {
    const unit = '😀 *а* [b](c) — ';
    const run = `😀${unit.repeat(Math.ceil(MAX_RUN_CHARS / unit.length))}\r\n- пункт\r\n> цитата`;
    const text = `${TITLE.replace(/\n/g, '\r\n')}${run}\r\n\r\nКонец.\r\n`;
    const blocks = whole(text);
    assert.deepEqual(chunked(text).blocks, blocks);
    const paragraph = blocks.find((b) => b.text.startsWith('😀'))!;
    assert.equal(paragraph.text, run);
    const [note] = parseFindings(text);
    assert.equal(note!.span.end - note!.span.start, 2, 'the note covers the whole emoji');
  });

  it('the incremental parse follows edits that make a run long, short or split it', () => {
    const short = commaRun(MAX_RUN_CHARS - 100);
    let text = `${TITLE}${short}\n\nКонец.\n`;
    let previous = chunked(text).parsed;
    const at = TITLE.length + 2000;
    const edits: Array<[string, (t: string) => string]> = [
      ['lengthen past the bound', (t) => `${t.slice(0, at)}${' ,'.repeat(100)}${t.slice(at)}`],
      ['split by a blank line', (t) => `${t.slice(0, at)}\n\n${t.slice(at)}`],
      ['join again', (t) => `${t.slice(0, at)}${t.slice(at + 2)}`],
      ['add emphasis', (t) => `${t.slice(0, at)}*x*${t.slice(at)}`],
    ];
    const notes: number[] = [];
    for (const [name, edit] of edits) {
      text = edit(text);
      const result = chunked(text, previous);
      assert.deepEqual(result.blocks, whole(text), name);
      notes.push(parseFindings(text).length);
      previous = result.parsed;
    }
    assert.deepEqual(notes, [1, 0, 1, 1]);
  });

  it('a line nested too deep and a long block give one finding each', () => {
    const text = `${TITLE}${'- '.repeat(1680)}x\n\n${commaRun(MAX_RUN_CHARS + 10)}\n`;
    const ids = parseFindings(text).map((f) => f.message.id);
    assert.deepEqual(ids.sort(), ['parse/deep-nesting', 'parse/plain-text']);
  });
});
