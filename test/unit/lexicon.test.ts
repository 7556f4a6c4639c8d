// Phrase families: the syntax of section-kinds.yaml, found as words or turned into patterns.
import assert from 'node:assert/strict';
import { compileLexicon, phrasePattern } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import { foldForMatch } from '../../server/src/engine/language/normalize.js';
import { createEngine } from '../../server/src/engine/index.js';

const lexicon = compileLexicon([
  {
    criteria: {
      about: 'test family',
      en: ['as long as ** necessary', 'while your account is open|active'],
      ru: ['до ** отзыва согласи*'],
      any: ['gdpr'],
    },
  },
]);

const matches = (source: string, text: string, open?: 'start' | 'end' | 'both'): boolean => {
  const pattern = open ? source : `(?<![\\p{L}\\p{M}\\p{N}])${source}(?![\\p{L}\\p{M}\\p{N}])`;
  return new RegExp(pattern, 'u').test(foldForMatch(text));
};

describe('phrase families', () => {
  const cases: Array<[string, string, boolean]> = [
    ['stor*', 'Data are stored here', true],
    ['stor*', 'We restore data', false],
    ['keep|retain', 'we retain data', true],
    ['as long as ** necessary', 'for as long as it is necessary', true],
    ['as long as ** necessary', 'as long as necessary', true],
    ['as long as ** necessary', 'as long as we think it might be necessary', false],
    ['до * отзыва', 'до момента отзыва', true],
    ['до * отзыва', 'до отзыва', false],
    ['лицо, ответственное', 'Лицо ответственное за', true],
    ['e-mail', 'write an E‑mail', true],
  ];
  for (const [phrase, text, expected] of cases) {
    it(`«${phrase}» ${expected ? 'matches' : 'does not match'} «${text}»`, () => {
      assert.equal(matches(phrasePattern(phrase), text), expected);
    });
  }

  it('finds a family as words and as a pattern, per language and in all', () => {
    assert.equal(lexicon.test('criteria', 'Kept while your account is active.'), true);
    assert.equal(lexicon.test('criteria', 'Kept while the account is active.'), false);
    const ru = new RegExp(lexicon.pattern('criteria', { lang: 'ru' }), 'u');
    assert.ok(ru.test(foldForMatch('Хранятся до момента отзыва Согласия')));
    assert.ok(ru.test('gdpr'), 'phrases of every language come with each language');
    assert.ok(!ru.test('as long as necessary'));
    assert.ok(new RegExp(lexicon.pattern('criteria'), 'u').test('as long as necessary'));
    assert.deepEqual(lexicon.phrases('criteria', 'ru'), ['до ** отзыва согласи*', 'gdpr']);
  });

  it('an empty family never matches', () => {
    const empty = compileLexicon([{ none: {} }]);
    assert.equal(new RegExp(empty.pattern('none'), 'u').test('anything'), false);
  });

  it('the configuration may extend a section kind or a family, and says which names it knows', () => {
    const engine = createEngine();
    const ok = engine.validateConfig(
      { vocabulary: { retention: { headings: { ru: ['период хранения'] } } } },
      '.pplintrc.json',
    );
    assert.deepEqual(ok.problems, []);
    const bad = engine.validateConfig(
      { vocabulary: { retentoin: { ru: ['x'] }, retention: { headings: 'x' } } },
      '.pplintrc.json',
    );
    assert.equal(bad.problems.length, 2);
    assert.match(
      bad.problems[0]!,
      /unknown vocabulary entry "retentoin": name a section kind \(general, .*\) or a phrase family/,
    );
    assert.match(bad.problems[1]!, /vocabulary\.retention must be an object with "headings"/);
  });

  describe('phrases as written', () => {
    const written = compileLexicon([
      { labels: { en: ['tel.', 'e-mail|email address', 'TODO'], ru: ['эл. почта'] } },
    ]).written('labels');
    const cases: Array<[string, boolean]> = [
      ['Tel.', true],
      ['Tel', false],
      ['email   address', true],
      ['e-mail address', true],
      ['эл.  почта', true],
      ['эл почта', false],
    ];
    for (const [text, expected] of cases)
      it(`${expected ? 'finds' : 'does not find'} «${text}» (any case)`, () =>
        assert.equal(new RegExp(`^${written}$`, 'iu').test(text), expected));
    it('keeps letter case when the caller asks', () => {
      assert.ok(new RegExp(`^${written}$`, 'u').test('TODO'));
      assert.ok(!new RegExp(`^${written}$`, 'u').test('todo'));
    });
  });
});
