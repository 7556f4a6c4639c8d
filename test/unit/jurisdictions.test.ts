// Which laws a policy answers to: set in the front matter or the configuration, else detected
// from the laws, numbers and bodies its text applies in English, Russian and Kazakh, leaving out
// sentences that say a law does not apply and laws named only in passing; else guessed from the
// signs of a country, and shared by the language versions of one policy.
import assert from 'node:assert/strict';
import {
  createEngine,
  describeJurisdictions,
  jurisdictionsOf,
  policyJurisdictions,
  type PplintConfig,
} from '../../server/src/engine/index.js';

const engine = createEngine();

function laws(text: string, config: PplintConfig[] = []) {
  return jurisdictionsOf(engine.parse('file:///policy.md', text), engine.resolveConfig(config));
}

describe('jurisdictions', () => {
  describe('detected from what the text cites', () => {
    const cases: Array<[string, string, string[]]> = [
      ['the number of Law 94-V', 'This policy follows Law No. 94-V of 21 May 2013.', ['kz']],
      [
        'the number, Russian style',
        'Политика разработана в соответствии с Законом РК от 21 мая 2013 года № 94-V.',
        ['kz'],
      ],
      ['the Russian title', 'Оператор соблюдает Закон «О персональных данных и их защите».', ['kz']],
      ['the Kazakh title', 'Саясат «Дербес деректер және оларды қорғау туралы» Заңға сәйкес әзірленді.', ['kz']],
      [
        'the Kazakh title with a Latin schwa',
        'Саясат «Дербес деректер жəне оларды қорғау туралы» Заңға сәйкес әзірленді.',
        ['kz'],
      ],
      ['the English title', 'We comply with the Law "On Personal Data and Their Protection".', ['kz']],
      ['the Rules of Order 395/NK', 'Data are collected under the Rules approved by Order No. 395/NK.', ['kz']],
      [
        'the country’s legislation alone',
        'К отношениям сторон применяется законодательство Республики Казахстан.',
        ['kz'],
      ],
      ['the Regulation’s number', 'We process data under Regulation (EU) 2016/679.', ['gdpr']],
      ['GDPR by its abbreviation', 'Your rights under the GDPR are listed below.', ['gdpr']],
      ['the Regulation in Russian', 'Обработка ведется согласно Общему регламенту по защите данных.', ['gdpr']],
      ['152-FZ', 'Политика разработана во исполнение Федерального закона № 152-ФЗ.', ['ru']],
      ['the Russian regulator', 'Вы вправе обратиться в Роскомнадзор.', ['ru']],
      ['the CCPA', 'California residents have rights under the CCPA.', ['ccpa']],
      ['a Civil Code section', 'See Cal. Civ. Code §1798.100 for details.', ['ccpa']],
      ['two laws', 'We follow Law No. 94-V and, for EU users, the GDPR.', ['kz', 'gdpr']],
      [
        'a KZ law wrongly called federal is still the KZ law',
        'Measures under the Federal Law of the Republic of Kazakhstan “On Personal Data and Their Protection”.',
        ['kz'],
      ],
      ['a bare "personal data law" names none', 'We comply with personal data protection laws.', []],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const found = laws(`# Privacy Policy\n\n${text}\n`);
        assert.deepEqual(found.list, expected);
        assert.equal(found.source, expected.length > 0 ? 'detected' : 'none');
      });
    }
  });

  describe('a law said not to apply does not count', () => {
    const cases: Array<[string, string]> = [
      ['English', 'The GDPR does not apply to our services. We follow Law No. 94-V.'],
      ['English, "not subject to"', 'As we have no EU users, we are not subject to the GDPR; we follow Law No. 94-V.'],
      ['Russian', 'Действие GDPR на нас не распространяется. Мы соблюдаем Закон № 94-V.'],
      ['Kazakh', 'Бізге GDPR қолданылмайды. Біз № 94-V Заңды сақтаймыз.'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const found = laws(`# Privacy Policy\n\n${text}\n`);
        assert.deepEqual(found.list, ['kz']);
        assert.ok(
          found.citations.some((c) => c.jurisdiction === 'gdpr' && c.negated),
          'the citation is kept, marked as negated',
        );
      });
    }
    it('a negation in another sentence does not reach the citation', () => {
      assert.deepEqual(
        laws('# Privacy Policy\n\nThis notice does not apply to job applicants. We comply with the GDPR.\n').list,
        ['gdpr'],
      );
    });
  });

  describe('set by a person', () => {
    it('the front matter wins over the text and the configuration', () => {
      const found = laws('---\njurisdictions: [gdpr]\n---\n# Privacy Policy\n\nWe follow Law No. 94-V.\n', [
        { jurisdictions: ['ru'] },
      ]);
      assert.deepEqual([found.list, found.source], [['gdpr'], 'front-matter']);
    });
    it('the configuration wins over the text', () => {
      const found = laws('# Privacy Policy\n\nWe follow Law No. 94-V.\n', [{ jurisdictions: ['ccpa'] }]);
      assert.deepEqual([found.list, found.source], [['ccpa'], 'configuration']);
    });
    it('common names are read as profile ids, and unknown ones are reported', () => {
      const found = laws('---\njurisdictions: [EU, Kazakhstan, mars]\n---\n# Privacy Policy\n');
      assert.deepEqual(found.list, ['gdpr', 'kz', 'mars']);
      assert.deepEqual(found.unknown, ['mars']);
    });
  });

  describe('named only in passing: mentioned, not checked', () => {
    const cases: Array<[string, string, string[], string[]]> = [
      [
        'a condition before the laws',
        'Depending on where you live, the GDPR gives you these rights. We follow Law No. 94-V.',
        ['kz'],
        ['gdpr'],
      ],
      ['a condition after the law', 'We follow Law No. 94-V; the GDPR may also apply to you.', ['kz'], ['gdpr']],
      [
        'a comparison',
        'Like every careful operator, and similar to the GDPR, we follow Law No. 94-V.',
        ['kz'],
        ['gdpr'],
      ],
      [
        'another country’s regime for transfers',
        'We follow Law No. 94-V.\n\n## Cross-border transfer\n\nOur servers in Sweden are protected under the GDPR.',
        ['kz'],
        ['gdpr'],
      ],
      [
        'in Russian',
        'В зависимости от места проживания к вам может относиться GDPR. Мы соблюдаем Закон № 94-V.',
        ['kz'],
        ['gdpr'],
      ],
      [
        'in Kazakh',
        'Тұратын жеріңізге байланысты GDPR қолданылуы мүмкін. Біз № 94-V Заңды сақтаймыз.',
        ['kz'],
        ['gdpr'],
      ],
    ];
    for (const [name, text, list, mentioned] of cases) {
      it(name, () => {
        const found = laws(`# Privacy Policy\n\n${text}\n`);
        assert.deepEqual([found.list, found.mentioned.map((e) => e.jurisdiction)], [list, mentioned]);
      });
    }
  });

  describe('no law applied: a guess from the signs of a country, or nothing', () => {
    const cases: Array<[string, string, string[], 'guessed' | 'none']> = [
      ['an address and a BIN', 'Dala Pay LLP, BIN 123456789012, 050000 Almaty, Dostyk Avenue 5.', ['kz'], 'guessed'],
      ['the country named twice', 'We are based in Kazakhstan and keep your data in Kazakhstan.', ['kz'], 'guessed'],
      ['a Kazakh text with a .kz address', 'Сұрақтарыңызды info@dalapay.kz мекенжайына жіберіңіз.', ['kz'], 'guessed'],
      ['a Russian company', 'ООО «Ромашка», ИНН 7701234567, г. Москва. Пишите на help@romashka.ru.', ['ru'], 'guessed'],
      [
        'California residents',
        'California residents may ask us what we collect. Residents of California may opt out.',
        ['ccpa'],
        'guessed',
      ],
      ['an IIN field in a Kazakh text', 'Профильде ЖСН көрсетуге болады.', ['kz'], 'guessed'],
      ['an IIN field alone is not enough', 'ИИН хранится в зашифрованном виде.', [], 'none'],
      [
        'a Kazakh text that names no law and no place',
        'Біз сіздің деректеріңізді тек қызмет көрсету үшін пайдаланамыз және оларды сатпаймыз.',
        ['kz'],
        'guessed',
      ],
      [
        'an English text that names no place',
        'We use your data only to run the service and never sell it.',
        [],
        'none',
      ],
      [
        'a Russian text that names no place',
        'Мы используем ваши данные только для работы сервиса и никогда их не продаём.',
        [],
        'none',
      ],
      [
        'a Kazakh text of an Uzbek operator',
        'Біз Өзбекстан Республикасының заңнамасын сақтаймыз және деректерді сатпаймыз.',
        [],
        'none',
      ],
      ['a single .kz e-mail is not enough', 'Questions? Write to help@example.kz.', [], 'none'],
      ['Kazakhstan once is not enough', 'We also serve users in Kazakhstan.', [], 'none'],
      ['a Kazakh keyboard is not Kazakhstan', 'Our Kazakh keyboard app collects no personal data.', [], 'none'],
      [
        'an Uzbek operator in Russian',
        'ООО «Чуст», г. Ташкент, Республика Узбекистан. Мы соблюдаем Закон Республики Узбекистан № ЗРУ-547. Тел. +998 71 200 00 00.',
        [],
        'none',
      ],
      [
        'Uzbek signs outweigh a few Kazakh ones',
        'Offices in Tashkent, Uzbekistan and Almaty; the law of the Republic of Uzbekistan applies; site: shop.uz.',
        [],
        'none',
      ],
    ];
    for (const [name, text, list, source] of cases) {
      it(name, () => {
        const found = laws(`# Privacy Policy\n\n${text}\n`);
        assert.deepEqual([found.list, found.source], [list, source]);
        if (source === 'guessed') assert.ok(found.evidence.length > 0, 'says which signs decided');
      });
    }
    it('the foreign signs are kept for the note', () => {
      const found = laws('# Privacy Policy\n\nWe follow the legislation of the Republic of Uzbekistan.\n');
      assert.equal(found.foreign[0]?.text, 'legislation of the Republic of Uzbekistan');
    });
  });

  it('a lawyer extends the words in .pplintrc.json: a new city counts toward a guess', () => {
    const extension = { vocabulary: { 'kz-cities': { ru: ['Кордай'] } } };
    assert.deepEqual(engine.validateConfig(extension, '.pplintrc.json').problems, []);
    const text = '# Политика\n\nОфис: Кордай, Казахстан.\n';
    assert.deepEqual([laws(text).list, laws(text).source], [[], 'none']);
    const extended = laws(text, [extension]);
    assert.deepEqual([extended.list, extended.source], [['kz'], 'guessed']);
    assert.ok(extended.evidence.some((e) => e.text === 'Кордай'));
  });

  describe('a property of the policy, shared by its language versions', () => {
    const config = engine.resolveConfig([]);
    const ru = engine.parse(
      'file:///p/privacy.ru.md',
      '# Политика конфиденциальности\n\nОператор руководствуется Федеральным законом № 152-ФЗ.\n',
    );
    const en = engine.parse('file:///p/privacy.en.md', '# Privacy Policy\n\nThe operator protects your data.\n');
    const group = engine.groupVersions([ru, en], config)[0]!;
    it('the union of what the versions’ texts show', () => {
      assert.deepEqual(jurisdictionsOf(en, config).list, []);
      assert.deepEqual(
        [policyJurisdictions(en, config, group).list, policyJurisdictions(en, config, group).source],
        [['ru'], 'detected'],
      );
      assert.deepEqual(engine.summarize(en, config, group).jurisdictions.list, ['ru']);
    });
    it('the front matter of any version wins', () => {
      const kk = engine.parse('file:///p/privacy.kk.md', '---\njurisdictions: [kz]\n---\n# Құпиялылық саясаты\n');
      const three = engine.groupVersions([ru, en, kk], config)[0]!;
      assert.deepEqual(
        [policyJurisdictions(en, config, three).list, policyJurisdictions(en, config, three).source],
        [['kz'], 'front-matter'],
      );
    });
    it('a Kazakh version makes the policy a guess of Law 94-V, said as a guess in each version', () => {
      const plainRu = engine.parse(
        'file:///q/privacy.ru.md',
        '# Политика конфиденциальности\n\nМы не продаём ваши данные.\n',
      );
      const plainEn = engine.parse('file:///q/privacy.en.md', '# Privacy Policy\n\nWe never sell your data.\n');
      const plainKk = engine.parse(
        'file:///q/privacy.kk.md',
        '# Құпиялылық саясаты\n\nБіз сіздің деректеріңізді сатпаймыз.\n',
      );
      const pair = engine.groupVersions([plainRu, plainEn], config)[0]!;
      assert.deepEqual(policyJurisdictions(plainEn, config, pair).list, []);
      const three = engine.groupVersions([plainRu, plainEn, plainKk], config)[0]!;
      const found = policyJurisdictions(plainEn, config, three);
      assert.deepEqual([found.list, found.source], [['kz'], 'guessed']);
      assert.equal(describeJurisdictions(found, 'en', plainEn).label, 'Law 94-V (guess)');
    });
    it('the hover names where the deciding words are', () => {
      const lines = describeJurisdictions(policyJurisdictions(en, config, group), 'en', en).lines;
      assert.match(
        lines[0]!,
        /^Laws: Federal Law No\. 152-FZ, which the text applies: «152-ФЗ» \(privacy\.ru\.md, line 3\)/,
      );
    });
  });

  describe('in words', () => {
    const label = (text: string, lang: 'en' | 'ru' | 'kk' = 'en') => describeJurisdictions(laws(text), lang).label;
    it('the status bar names the law, and marks a guess', () => {
      assert.equal(label('# Privacy Policy\n\nWe follow Law No. 94-V and the GDPR.\n'), 'Law 94-V + GDPR');
      assert.equal(label('# Privacy Policy\n\nWe are based in Almaty, Kazakhstan.\n'), 'Law 94-V (guess)');
      assert.equal(
        label('# Privacy Policy\n\nWe are based in Almaty, Kazakhstan.\n', 'ru'),
        'Закон № 94-V (предположительно)',
      );
      assert.equal(label('# Privacy Policy\n', 'kk'), 'заң көрсетілмеген');
    });
    it('a mention says how to have it checked, and every description says what counts first', () => {
      const lines = describeJurisdictions(
        laws('# Privacy Policy\n\nWe follow Law No. 94-V. Depending on where you live, the GDPR may apply.\n'),
        'en',
      ).lines;
      assert.ok(
        lines.some((l) => /Also mentions GDPR in passing .*add `gdpr` to `jurisdictions`/.test(l)),
        lines.join('\n'),
      );
      assert.match(
        lines.at(-1)!,
        /the front matter of any language version first, then the configuration, then the text/,
      );
    });
  });
});
