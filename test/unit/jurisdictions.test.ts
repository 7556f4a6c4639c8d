// Which laws a policy answers to: set in the front matter or the configuration, else detected
// from the laws, numbers and bodies its text cites in English, Russian and Kazakh, leaving out
// sentences that say a law does not apply.
import assert from 'node:assert/strict';
import { createEngine, jurisdictionsOf, type PplintConfig } from '../../server/src/engine/index.js';

const engine = createEngine();

function laws(text: string, config: PplintConfig[] = []) {
  return jurisdictionsOf(engine.parse('file:///policy.md', text), engine.resolveConfig(config));
}

describe('jurisdictions', () => {
  describe('detected from what the text cites', () => {
    const cases: Array<[string, string, string[]]> = [
      ['the number of Law 94-V', 'This policy follows Law No. 94-V of 21 May 2013.', ['kz']],
      ['the number, Russian style', 'Политика разработана в соответствии с Законом РК от 21 мая 2013 года № 94-V.', ['kz']],
      ['the Russian title', 'Оператор соблюдает Закон «О персональных данных и их защите».', ['kz']],
      ['the Kazakh title', 'Саясат «Дербес деректер және оларды қорғау туралы» Заңға сәйкес әзірленді.', ['kz']],
      ['the Kazakh title with a Latin schwa', 'Саясат «Дербес деректер жəне оларды қорғау туралы» Заңға сәйкес әзірленді.', ['kz']],
      ['the English title', 'We comply with the Law "On Personal Data and Their Protection".', ['kz']],
      ['the Rules of Order 395/NK', 'Data are collected under the Rules approved by Order No. 395/NK.', ['kz']],
      ['the country’s legislation alone', 'К отношениям сторон применяется законодательство Республики Казахстан.', ['kz']],
      ['the Regulation’s number', 'We process data under Regulation (EU) 2016/679.', ['gdpr']],
      ['GDPR by its abbreviation', 'Your rights under the GDPR are listed below.', ['gdpr']],
      ['the Regulation in Russian', 'Обработка ведется согласно Общему регламенту по защите данных.', ['gdpr']],
      ['152-FZ', 'Политика разработана во исполнение Федерального закона № 152-ФЗ.', ['ru']],
      ['the Russian regulator', 'Вы вправе обратиться в Роскомнадзор.', ['ru']],
      ['the CCPA', 'California residents have rights under the CCPA.', ['ccpa']],
      ['a Civil Code section', 'See Cal. Civ. Code §1798.100 for details.', ['ccpa']],
      ['two laws', 'We follow Law No. 94-V and, for EU users, the GDPR.', ['kz', 'gdpr']],
      ['a KZ law wrongly called federal is still the KZ law', 'Measures under the Federal Law of the Republic of Kazakhstan “On Personal Data and Their Protection”.', ['kz']],
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
        assert.ok(found.citations.some((c) => c.jurisdiction === 'gdpr' && c.negated), 'the citation is kept, marked as negated');
      });
    }
    it('a negation in another sentence does not reach the citation', () => {
      assert.deepEqual(laws('# Privacy Policy\n\nThis notice does not apply to job applicants. We comply with the GDPR.\n').list, ['gdpr']);
    });
  });

  describe('set by a person', () => {
    it('the front matter wins over the text and the configuration', () => {
      const found = laws('---\njurisdictions: [gdpr]\n---\n# Privacy Policy\n\nWe follow Law No. 94-V.\n', [{ jurisdictions: ['ru'] }]);
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
});
