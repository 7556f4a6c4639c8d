// Runs a table of retention phrasings: each text, parsed as a policy in the given language, must
// give exactly the statements listed, each read as written down (period, bound, from, until, covers).
import assert from 'node:assert/strict';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';
import type { Lang } from '../../server/src/engine/types.js';

/** [period, bound, from, until, covers]; `undefined` leaves a field unchecked. */
export type Reading = [
  period: string | null,
  bound: 'exact' | 'min' | 'max' | null | undefined,
  from?: string | null,
  until?: string | null,
  covers?: string | null,
];

export interface ExtractionCase {
  text: string;
  expect: Reading[];
}

const engine = createEngine();

export function readRetention(lang: Lang, text: string) {
  const doc = engine.parse(`file:///cases/privacy.${lang}.md`, `---\nlang: ${lang}\npolicy: privacy\n---\n${text}\n`);
  return documentRetention(doc);
}

export function extractionTable(lang: Lang, cases: ExtractionCase[]): void {
  describe(`retention extraction (${lang}): ${cases.length} phrasings`, () => {
    for (const c of cases) {
      it(c.text.replace(/\n/g, ' ⏎ ').slice(0, 90), () => {
        const found = readRetention(lang, c.text).map((s) => [s.period, s.bound, s.from, s.until, s.covers]);
        assert.equal(found.length, c.expect.length, `found ${JSON.stringify(found)}`);
        c.expect.forEach((reading, i) => {
          reading.forEach((value, k) => {
            if (value !== undefined)
              assert.equal(
                found[i]![k],
                value,
                `statement ${i + 1}, field ${['period', 'bound', 'from', 'until', 'covers'][k]}: ${JSON.stringify(found[i])}`,
              );
          });
        });
      });
    }
  });
}
