// Three clean policies written for this test (test/fixtures/retention/clean.*.md), full of periods
// that are not retention periods: consent terms, answer and notification deadlines, deletion
// deadlines, ages, dates. Each retention statement is read as written; nothing is reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';

const dir = join(import.meta.dirname, '../fixtures/retention');

// [line, period or criterion, bound]
const EXPECTED: Record<string, Array<[number, string, string | null]>> = {
  'clean.ru.md': [
    [22, 'P5Y', 'exact'],
    [24, 'consent', null],
    [26, 'P6M', 'exact'],
    [28, 'P90D', 'exact'],
    [38, 'P35D', 'exact'],
    [44, 'P13M', 'max'],
  ],
  'clean.en.md': [
    [22, 'P5Y', 'exact'],
    [24, 'consent', null],
    [26, 'P6M', 'exact'],
    [28, 'P90D', 'exact'],
    [30, 'P5Y', 'min'],
    [30, 'P6Y', 'max'],
    [40, 'P35D', 'exact'],
    [46, 'P13M', 'max'],
  ],
  'clean.kk.md': [
    [22, 'P5Y', 'exact'],
    [24, 'consent', null],
    [26, 'P6M', 'exact'],
    [28, 'P90D', 'exact'],
    [38, 'P35D', 'exact'],
    [42, 'P13M', 'max'],
  ],
};

describe('retention in clean policies', () => {
  const engine = createEngine();
  const config = engine.resolveConfig([]);
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: reads only the retention periods, and reports nothing`, () => {
      const doc = engine.parse(`file:///fixtures/${file}`, readFileSync(join(dir, file), 'utf8'));
      const read = documentRetention(doc).map((s) => [
        doc.text.slice(0, s.span.start).split('\n').length,
        s.period ?? s.criterion,
        s.bound,
      ]);
      assert.deepEqual(read, expected);
      assert.deepEqual(
        engine
          .lint(doc, config)
          .filter((f) => f.ruleId.startsWith('retention-'))
          .map((f) => f.message.id),
        [],
      );
    });
  }
});
