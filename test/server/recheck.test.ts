// After a keystroke the block rules check only the blocks the edit made anew and the other blocks'
// findings are carried over: together they must be what the block rules find on the whole text.
import assert from 'node:assert/strict';
import { createEngine, type Finding, type PolicyDocument } from '../../server/src/engine/index.js';
import { carryOver, textChange } from '../../server/src/lsp/carry.js';
import { blocksToRecheck } from '../../server/src/lsp/recheck.js';

const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const URI = 'file:///work/privacy.ru.md';
const blockRules = new Set(engine.rules.filter((r) => r.meta.reach === 'block').map((r) => r.id));

/** Sections with a blank and a cited law each, long enough for many chunks. */
function draft(sections: number): string {
  let text = '---\nlang: ru\n---\n# Политика конфиденциальности ТОО «[Наименование]»\n';
  for (let n = 1; n <= sections; n++) {
    text +=
      `\n## ${n}. Обработка данных, часть ${n}\n\n${n}.1. Данные обрабатываются согласно Закону Республики Казахстан ` +
      `от 21 мая 2013 года № 94-V «О персональных данных и их защите», раздел ${n}.\n\n${n}.2. Ответственный: [ФИО ${n}].\n`;
  }
  return text;
}

/** The block findings of `after` as the server makes them from the analysis of `before`. */
function quick(before: PolicyDocument, beforeFindings: Finding[], after: PolicyDocument): Finding[] | null {
  const change = textChange(before.text, after.text);
  const recheck = blocksToRecheck(before, after, change);
  if (!recheck) return null;
  const carried: Finding[] = [];
  for (const f of beforeFindings) {
    const moved = carryOver(f, change, URI);
    if (moved && !recheck.covers(moved.span.start)) carried.push(moved);
  }
  return engine.lint(after, config, { reach: 'block', blocks: recheck.blocks, others: carried });
}

describe('block rules after a keystroke', () => {
  const text = draft(40);
  const doc = engine.parse(URI, text);
  const found = engine.lint(doc, config, { reach: 'block' });

  const edits: Array<[string, number, number, string]> = [
    ['a blank typed into a clause', text.indexOf('часть 20\n\n') + 12, 0, ' [Адрес]'],
    ['a blank filled', text.indexOf('[ФИО 7]'), '[ФИО 7]'.length, 'А. Ахметова'],
    ['a wrong year typed into a cited law', text.indexOf('2013', text.indexOf('раздел 30') - 200), 4, '2014'],
    ['a paragraph broken in two', text.indexOf('раздел 12.') + 6, 0, '\n\n'],
    ['a section deleted', text.indexOf('\n## 15.'), text.indexOf('\n## 16.') - text.indexOf('\n## 15.'), ''],
  ];
  for (const [what, at, length, insert] of edits) {
    it(`${what}: checks a few blocks and finds what a whole check finds`, () => {
      const after = engine.parse(URI, text.slice(0, at) + insert + text.slice(at + length), doc);
      const result = quick(doc, found, after);
      assert.ok(result, 'the edit re-made few blocks');
      assert.ok(blocksToRecheck(doc, after, textChange(doc.text, after.text))!.blocks.length < after.blocks.length / 4);
      assert.deepEqual(result, engine.lint(after, config, { reach: 'block' }));
    });
  }

  it('checks every block when a comment changes (a directive may reach any block)', () => {
    const at = text.indexOf('\n## 3.');
    const after = engine.parse(
      URI,
      `${text.slice(0, at)}\n\n<!-- pplint-disable placeholder -->\n${text.slice(at)}`,
      doc,
    );
    assert.equal(blocksToRecheck(doc, after, textChange(doc.text, after.text)), null);
  });

  it('finds the block rules’ findings in the blocks checked again, and none elsewhere', () => {
    const at = text.indexOf('[ФИО 9]');
    const after = engine.parse(URI, `${text.slice(0, at)}TODO ${text.slice(at)}`, doc);
    const recheck = blocksToRecheck(doc, after, textChange(doc.text, after.text))!;
    const fresh = engine.lint(after, config, { reach: 'block', blocks: recheck.blocks });
    assert.ok(fresh.some((f) => f.ruleId === 'placeholder' && after.text.slice(f.span.start, f.span.end) === 'TODO'));
    assert.ok(fresh.every((f) => blockRules.has(f.ruleId) && recheck.covers(f.span.start)));
  });
});
