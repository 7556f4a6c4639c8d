// The engine API the server slices its work with: a parse in steps that can be given up and
// resumed, a lint in steps that ends as `lint` does, and a keystroke's lint split by the rules'
// reach whose merge equals the whole lint.
import assert from 'node:assert/strict';
import { createEngine, type ParseCache } from '../../server/src/engine/index.js';
import {
  documentRetention,
  documentRetentionSteps,
  type RetentionStatement,
} from '../../server/src/engine/extract/retention/index.js';
import { findConflicts, findConflictSteps } from '../../server/src/engine/extract/retention/compare.js';

const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const URI = 'file:///work/privacy.ru.md';

/** A draft of numbered sections, each with a retention clause and a blank left in. */
function draft(sections: number): string {
  let text = '---\nlang: ru\n---\n# Политика конфиденциальности ТОО «[Наименование]»\n';
  for (let n = 1; n <= sections; n++) {
    text += `\n## ${n}. Обработка данных, часть ${n}\n\n${n}.1. Сведения о платежах хранятся в течение ${(n % 4) + 2} лет.\n\n${n}.2. Ответственный: [ФИО].\n`;
  }
  return `${text}\n## ${sections + 1}. Обработка данных, часть 1\n\nПовтор заголовка.\n`;
}

describe('engine in steps', () => {
  it('parses in steps to the same document, and a parse given up hands its chunks to the next', () => {
    const text = draft(200);
    const whole = engine.parse(URI, text);
    const steps = engine.parseSteps(URI, text);
    let partial: ParseCache | undefined;
    for (let i = 0; i < 5; i++) partial = steps.next().value as ParseCache;
    assert.equal(partial!.size, 5);
    // The text changed at its end; the next parse starts from the five chunks already parsed.
    const edited = `${text}\nДобавлено.\n`;
    const resumed = engine.parse(URI, edited, { cache: partial! });
    assert.equal(resumed.reparsedChunks, engine.parse(URI, edited).reparsedChunks - 5);
    assert.deepEqual(
      resumed.blocks.map((b) => [b.start, b.end, b.text]).slice(0, -1),
      whole.blocks.map((b) => [b.start, b.end, b.text]),
    );
  });

  it('lints in steps, the rules one after another, to what lint returns', () => {
    const doc = engine.parse(URI, draft(30));
    const steps = engine.lintSteps(doc, config);
    const done: string[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) done.push(step.value);
    assert.deepEqual(
      done.filter((name, i) => name !== done[i - 1]),
      ['prepare', 'laws', ...engine.rules.map((r) => r.id)],
    );
    assert.deepEqual(step.value, engine.lint(engine.parse(URI, draft(30)), config));
  });

  it('classifies section by section, and a block rule reads its blocks a few per step', () => {
    const doc = engine.parse(URI, draft(200));
    const done: string[] = [];
    for (const name of engine.lintSteps(doc, config, { reach: 'block' })) done.push(name);
    // No classification for the block rules; each prepares its 800 blocks over many steps.
    assert.ok(!done.includes('prepare'));
    assert.ok(done.filter((name) => name === 'placeholder').length > 20);
    assert.ok(done.filter((name) => name === 'law-citation').length > 20);
    const all: string[] = [];
    for (const name of engine.lintSteps(engine.parse(URI, draft(200)), config)) all.push(name);
    assert.ok(all.filter((name) => name === 'prepare').length > 100);
  });

  it('reads the retention statements and compares them a few at a time', () => {
    const doc = engine.parse(URI, draft(200));
    const statements = documentRetentionSteps(doc);
    let steps = 0;
    let step = statements.next();
    for (; !step.done; step = statements.next()) steps++;
    // 800 blocks read 64 per step, and nothing kept until the last.
    assert.ok(steps >= 12, `${steps} steps`);
    const plain = documentRetention(engine.parse(URI, draft(200)));
    const facts = (list: RetentionStatement[]) => list.map((s) => [s.span.start, s.period, s.covers]);
    assert.deepEqual(facts(step.value), facts(plain));
    // 200 statements, compared with those before them 64 at a time; the rule passes on the steps.
    const done: string[] = [];
    for (const name of engine.lintSteps(engine.parse(URI, draft(200)), config)) done.push(name);
    assert.ok(done.filter((name) => name === 'retention-inconsistent').length > 3);
    const comparisonSteps = [...findConflictSteps(plain)].length;
    assert.ok(comparisonSteps >= 3);
    assert.ok(findConflicts(plain).length > 0);
  });

  it('merges the block rules with the other rules’ findings as the whole lint does', () => {
    const doc = engine.parse(URI, draft(30));
    const all = engine.lint(doc, config);
    const blockRules = new Set(engine.rules.filter((r) => r.meta.reach === 'block').map((r) => r.id));
    assert.ok(blockRules.has('placeholder'));
    const others = all.filter((f) => !blockRules.has(f.ruleId));
    const block = engine.lint(engine.parse(URI, draft(30)), config, { reach: 'block' });
    assert.ok(block.length > 0 && block.every((f) => blockRules.has(f.ruleId)));
    assert.deepEqual(engine.lint(engine.parse(URI, draft(30)), config, { reach: 'block', others }), all);
    assert.ok(all.some((f) => f.ruleId === 'duplicate-heading') && all.some((f) => f.ruleId === 'placeholder'));
  });
});
