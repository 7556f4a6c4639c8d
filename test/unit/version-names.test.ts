// The file-name convention for language versions, in its one place: which names are versions of
// one policy, which language they name, and which names only look like it.
import assert from 'node:assert/strict';
import {
  createEngine,
  versionName,
  isMarkdownName,
  languageFromFileName,
  type PolicyDocument,
} from '../../server/src/engine/index.js';

describe('version names', () => {
  const versions: Array<[string, string, string, string | null]> = [
    // name, base, language, the language the engine reads
    ['privacy.ru.md', 'privacy', 'ru', 'ru'],
    ['privacy.kk.md', 'privacy', 'kk', 'kk'],
    ['privacy.kz.md', 'privacy', 'kk', 'kk'],
    ['Privacy-Policy.EN.markdown', 'privacy-policy', 'en', 'en'],
    ['privacy_en.mdx', 'privacy', 'en', 'en'],
    ['privacy-kk.md', 'privacy', 'kk', 'kk'],
    ['privacy.de.md', 'privacy', 'de', null],
    ['privacy.fr.md', 'privacy', 'fr', null],
    ['privacy.uz.md', 'privacy', 'uz', null],
    ['privacy.ky.md', 'privacy', 'ky', null],
    ['privacy.zh.md', 'privacy', 'zh', null],
    ['privacy.tr.md', 'privacy', 'tr', null],
    ['privacy.pt-BR.md', 'privacy', 'pt', null],
    ['privacy.kk-KZ.md', 'privacy', 'kk', 'kk'],
    ['privacy.kk-Latn.md', 'privacy', 'kk', 'kk'],
    ['политика-конфиденциальности.ru.md', 'политика-конфиденциальности', 'ru', 'ru'],
    ['dalapay.privacy.ru.md', 'dalapay.privacy', 'ru', 'ru'],
  ];
  for (const [name, base, language, lang] of versions) {
    it(`${name} is the ${language} version of "${base}"`, () => {
      const v = versionName(name);
      assert.ok(v, name);
      assert.deepEqual([v.base, v.language, v.lang], [base, language, lang]);
    });
  }

  const notVersions = [
    'privacy.md',
    'privacy-policy.md',
    'en.md',
    '.ru.md',
    'user-id.md',
    'notes-no.md',
    'privacy.ru.txt',
    'privacy.xx.md',
    'privacy.ru',
    'README.md',
    'privacy-v2.md',
    'privacy.rus.md',
  ];
  for (const name of notVersions) it(`${name} names no language version`, () => assert.equal(versionName(name), null));

  it('knows Markdown names', () => {
    assert.deepEqual(['a.md', 'a.MD', 'a.markdown', 'a.mdx', 'a.txt', 'md', '.md'].map(isMarkdownName), [
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('gives a document the language of its file name (decoded from the URI), when the engine reads it', () => {
    assert.equal(languageFromFileName('file:///p/privacy.kz.md'), 'kk');
    assert.equal(languageFromFileName('file:///p/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0.ru.md'), 'ru');
    assert.equal(languageFromFileName('file:///p.ru/privacy.md'), null);
    assert.equal(languageFromFileName('file:///p/privacy.de.md'), null);
  });

  it('runs in linear time on long names', () => {
    const name = `${'-a'.repeat(200_000)}.md`;
    const started = process.hrtime.bigint();
    assert.equal(versionName(name), null);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2_000);
  });
});

describe('grouping by version names', () => {
  const engine = createEngine();
  const config = engine.resolveConfig([]);
  const doc = (uri: string, text: string): PolicyDocument => engine.parse(uri, text);
  const RU = '# Политика конфиденциальности\n\n## 1. Сроки хранения\n\nДанные хранятся пять лет.\n';
  const DE = '# Datenschutzerklärung\n\n## 1. Speicherdauer\n\nDie Daten werden fünf Jahre lang gespeichert.\n';
  const KK = '# Құпиялылық саясаты\n\n## 1. Сақтау мерзімі\n\nДеректер бес жыл сақталады.\n';

  it('a German version joins the Russian one, and linting the group does not fail', () => {
    const ru = doc('file:///p/privacy.ru.md', RU);
    const de = doc('file:///p/privacy.de.md', DE);
    const groups = engine.groupVersions([ru, de], config);
    assert.equal(groups.length, 1);
    assert.deepEqual(
      groups[0]!.members.map((m) => m.doc.uri),
      ['file:///p/privacy.ru.md', 'file:///p/privacy.de.md'],
    );
    const findings = engine.lint(de, config, { group: groups[0]! });
    assert.ok(
      !findings.some((f) => f.message.id === 'engine/rule-failed'),
      JSON.stringify(findings.map((f) => f.message.id)),
    );
  });

  it('kz and kk name the same language; the versions group by base name in one folder only', () => {
    const groups = engine.groupVersions(
      [doc('file:///p/privacy.ru.md', RU), doc('file:///p/Privacy.KZ.md', KK), doc('file:///q/privacy.kk.md', KK)],
      config,
    );
    assert.equal(groups.length, 1);
    assert.deepEqual(
      groups[0]!.members.map((m) => `${m.doc.uri}:${m.lang}`),
      ['file:///p/privacy.ru.md:ru', 'file:///p/Privacy.KZ.md:kk'],
    );
  });

  describe('a new version file joins the versions named like it', () => {
    const withId = (lang: string, body: string): string => `---\nlang: ${lang}\npolicy-id: main\n---\n${body}`;

    it('privacy.kk.md without a policy-id joins privacy.ru.md that carries one', () => {
      const groups = engine.groupVersions(
        [doc('file:///p/privacy.ru.md', withId('ru', RU)), doc('file:///p/privacy.kk.md', KK)],
        config,
      );
      assert.equal(groups.length, 1);
      assert.deepEqual(groups[0]!.members.map((m) => m.lang).sort(), ['kk', 'ru']);
    });

    it('siblings by name with different policy-ids stay apart, and a file without one joins neither', () => {
      const other = `---\nlang: en\npolicy-id: other\n---\n# Privacy Policy\n`;
      const groups = engine.groupVersions(
        [
          doc('file:///p/privacy.ru.md', withId('ru', RU)),
          doc('file:///p/privacy.en.md', other),
          doc('file:///p/privacy.kk.md', KK),
        ],
        config,
      );
      assert.equal(groups.length, 0);
    });
  });
});
