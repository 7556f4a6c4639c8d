// A microcredit policy written for this test (test/fixtures/retention/criteria.*.md) that states
// retention as real drafts do: by criteria (the purposes, the account, the need, a provider's
// periods), by deletion deadlines, by cookie lifetimes in a table and by a lead-in list that ends
// with "until liquidation of the Operator". Every statement is read; the only finding is that
// open end; a deadline that answers a request and a sentence about storing "as necessary for
// evaluating an application" are not read. A configuration may teach the reader a new criterion.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';

const dir = join(import.meta.dirname, '../fixtures/retention');

// [line, period or criterion or vagueness, bound]
const BODY: Array<[number, string, string | null]> = [
  [16, 'purposes', null],
  [18, 'account', null],
  [20, 'need', null],
  [22, 'reference', null],
  [24, 'P30D', 'max'],
  [26, 'P90D', 'exact'],
  [34, 'P30D', 'exact'],
  [35, 'P1Y', 'exact'],
  [36, 'session', null],
  [42, 'consent', null],
  [44, 'indefinite', null],
];
const EXPECTED: Record<string, Array<[number, string, string | null]>> = {
  'criteria.ru.md': BODY,
  'criteria.en.md': BODY,
  'criteria.kk.md': BODY,
};

describe('retention stated by criteria, deadlines and lifetimes', () => {
  const engine = createEngine();
  const config = engine.resolveConfig([]);
  for (const [file, expected] of Object.entries(EXPECTED)) {
    const doc = engine.parse(`file:///fixtures/${file}`, readFileSync(join(dir, file), 'utf8'));
    const lineOf = (offset: number): number => doc.text.slice(0, offset).split('\n').length;
    it(`${file}: reads every statement as a careful reader would`, () => {
      const read = documentRetention(doc).map((s) => [
        lineOf(s.span.start),
        s.period ?? s.criterion ?? s.vague,
        s.bound,
      ]);
      assert.deepEqual(read, expected);
    });
    it(`${file}: reports only the end that need never come, and no missing retention`, () => {
      const findings = engine.lint(doc, config).filter((f) => f.ruleId.startsWith('retention-'));
      assert.deepEqual(
        findings.map((f) => [f.message.id, lineOf(f.span.start)]),
        [['retention-vague/indefinite', 44]],
      );
    });
    it(`${file}: the cookie lifetimes are cookies' and the deadlines are deadlines`, () => {
      const statements = documentRetention(doc);
      assert.deepEqual(
        statements.filter((s) => s.cookie).map((s) => s.covers),
        ['sid', 'lang', 'csrf'],
      );
      assert.deepEqual(
        statements.filter((s) => s.deletion).map((s) => lineOf(s.span.start)),
        [24, 26],
      );
    });
  }

  it('a configuration that adds a phrase to a family teaches the reader a new criterion', () => {
    const text =
      '---\nlang: en\npolicy: privacy\njurisdictions: [gdpr]\n---\n# Privacy Policy\n\nWe keep billing data while your subscription lasts.\n';
    const vocabulary = { 'retention-criteria-account': { en: ['while ** subscription lasts'] } };
    const plain = engine.parse('file:///cases/plain.md', text);
    assert.deepEqual(
      documentRetention(plain).map((s) => s.criterion),
      [],
    );
    assert.deepEqual(
      engine
        .lint(plain, config)
        .filter((f) => f.ruleId === 'retention-missing')
        .map((f) => f.message.id),
      ['retention-missing/missing'],
    );
    const taught = engine.parse('file:///cases/taught.md', text);
    const extended = engine.resolveConfig([{ vocabulary }]);
    assert.deepEqual(
      documentRetention(taught, lexicon(vocabulary)).map((s) => [s.criterion, s.until, s.covers]),
      [['account', 'while your subscription lasts', 'billing data']],
    );
    assert.deepEqual(
      engine.lint(taught, extended).filter((f) => f.ruleId.startsWith('retention-')),
      [],
    );
    assert.deepEqual(
      engine.summarize(taught, extended).retention.map((r) => r.until),
      ['while your subscription lasts'],
    );
  });
});
