import assert from 'node:assert/strict';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';
import { render } from '../../server/src/engine/i18n/render.js';

const en = '---\nlang: en\npolicy: privacy\n---\n';
const ru = '---\nlang: ru\npolicy: privacy\n---\n';
const kk = '---\nlang: kk\npolicy: privacy\n---\n';
const de = '---\nlang: de\npolicy: privacy\n---\n';

const numberedEn = `${en}# Privacy Policy\n\n## 1. Scope\n\n1.1. This policy applies to the app.\n\n## 2. Data\n\n2.1. We collect the name.\n\n2.2. We collect the phone.\n\n`;
const numberedRu = `${ru}# Политика\n\n## 1. Общие положения\n\n1.1. Политика применяется к приложению.\n\n## 2. Данные\n\n2.1. Мы собираем имя.\n\n2.2. Мы собираем телефон.\n\n`;
const numberedKk = `${kk}# Саясат\n\n## 1. Жалпы ережелер\n\n1.1. Саясат қосымшаға қолданылады.\n\n## 2. Деректер\n\n2.1. Біз атын жинаймыз.\n\n2.2. Біз телефонын жинаймыз.\n\n`;

ruleTester('broken-reference', {
  valid: [
    { name: 'a clause that exists', text: `${numberedEn}The data of clause 2.1 are kept for a year.\n` },
    {
      // «Қосымша» and «Приложение» mean both "annex" and "app": defined as the app, they name it.
      name: 'Kazakh: the word for annex defined as the app, then a number after it',
      text: `${numberedKk}## 3. Терминдер\n\n- **Қосымша** — Dala мобильді қосымшасы.\n\nНазар аударыңыз: Қосымша 18 жасқа толған адамдарға арналған. 14 жастан 18 жасқа дейінгі балалар картаны ата-анасының жазбаша келісімімен ғана пайдалана алады.\n`,
    },
    {
      name: 'Russian: the word for annex defined as the app, then a number after it',
      text: `${numberedRu}Мобильное приложение Dala (далее – «Приложение») доступно всем.\n\nОбратите внимание: Приложение 2 раза в сутки обновляет курсы валют по данным Национального банка, а 1 раз в неделю загружает новые тарифы.\n`,
    },
    {
      name: 'Russian: a clause that exists, abbreviated',
      text: `${numberedRu}Данные, указанные в п. 2.2 настоящей Политики, хранятся год.\n`,
    },
    {
      name: 'Kazakh: a clause that exists',
      text: `${numberedKk}2.1-тармақта көрсетілген деректер бір жыл сақталады.\n`,
    },
    { name: 'a clause of a law', text: `${numberedEn}Under clause 5 of Article 8 of the Law, we may refuse.\n` },
    {
      name: 'Russian: a clause of an article of a law',
      text: `${numberedRu}В соответствии с пунктом 3 статьи 9 Закона мы вправе отказать.\n`,
    },
    {
      name: 'Kazakh: a clause of an article of a law',
      text: `${numberedKk}Заңның 7-бабының 6-тармағына сәйкес деректер беріледі.\n`,
    },
    {
      // «Қағидалар» are the Rules a ministry approved, cited like the Law: their paragraph 16 is not ours.
      name: 'Kazakh: a paragraph of the Rules',
      text: `${numberedKk}Ақпарат өтініш алынған күннен бастап үш жұмыс күні ішінде беріледі (Қағидалардың 16-тармағы).\n`,
    },
    { name: 'a section of another document', text: `${numberedEn}See section 9 of the Terms of Use.\n` },
    {
      name: 'numbers are not checked in a document without numbering',
      text: `${en}# Privacy Policy\n\nSee clause 4.7 for details.\n`,
    },
    {
      name: 'a section title that exists',
      text: `${en}# Privacy Policy\n\n## Contacts\n\nWrite to privacy@dala.kz.\n\n## Requests\n\nSend requests to the contact details in the «Contacts» section.\n`,
    },
    {
      name: 'a section of the website, not of this document',
      text: `${ru}# Политика\n\nИзменения публикуются в разделе «Правовая информация» на сайте.\n`,
    },
    {
      name: 'an address given above',
      text: `${en}# Privacy Policy\n\nDala Pay LLP, 15 Abay Avenue, Almaty.\n\nYou may write to us at the address above.\n`,
    },
    {
      name: 'the Privacy Shield as history',
      text: `${en}# Privacy Policy\n\nTransfers rely on the EU-US Data Privacy Framework, which replaced the Privacy Shield.\n`,
    },
    {
      name: 'a sub-item is a list marker, not a clause',
      text: `${numberedRu}Согласно подпункту 7 пункта 2.1 данные не передаются.\n`,
    },
  ],
  invalid: [
    {
      name: 'a clause number that does not exist',
      text: `${numberedEn}The data of clause 4.7 are kept for a year.\n`,
      errors: [
        { messageId: 'missing-clause', text: 'clause 4.7', line: 17, severity: 'error', message: 'no clause 4.7' },
      ],
    },
    {
      name: 'a lettered section that does not exist',
      text: `${numberedEn}Data (as defined in Section B of this Consent) are kept for a year.\n`,
      errors: [{ messageId: 'missing-clause', text: 'Section B' }],
    },
    {
      name: 'Russian: пункт 6.3',
      text: `${numberedRu}Сроки указаны в пункте 6.3 настоящей Политики.\n`,
      errors: [{ messageId: 'missing-clause', text: 'пункте 6.3' }],
    },
    {
      name: 'Kazakh: 3-тармақ',
      text: `${numberedKk}Мерзімдер осы Саясаттың 3.4-тармағында көрсетілген.\n`,
      errors: [{ messageId: 'missing-clause', text: '3.4-тармағында' }],
    },
    {
      name: 'Russian: the app is defined, but «Приложение № 2» still names an annex',
      text: `${numberedRu}Мобильное приложение Dala (далее – «Приложение») доступно всем.\n\nФорма согласия приведена в Приложении № 2.\n`,
      errors: [{ messageId: 'missing-annex', text: 'Приложении № 2' }],
    },
    {
      name: 'an annex that is not attached',
      text: `${numberedEn}The consent form is given in Annex No. 2.\n`,
      errors: [{ messageId: 'missing-annex', text: 'Annex No. 2' }],
    },
    {
      name: 'the contacts section holds no contact details',
      text: `${ru}# Политика\n\n## 5. Запросы\n\nЗапросы направляются по контактным данным, указанным в разделе «Контакты».\n\n## 6. Контакты\n\nБудет дополнено.\n`,
      errors: [{ messageId: 'empty-contacts', text: 'разделе «Контакты»' }],
    },
    {
      name: 'a title close to a heading but not it',
      text: `${ru}# Политика\n\n## Сроки хранения данных\n\nДанные хранятся пять лет.\n\n## Запросы\n\nОтветы хранятся, как сказано в разделе «Срок хранения данных».\n`,
      errors: [{ messageId: 'missing-title' }],
    },
    {
      name: 'the address above that is not there',
      text: `${en}# Privacy Policy\n\nMail "Data Privacy" at the company address above.\n`,
      errors: [{ messageId: 'nothing-above', text: 'address above' }],
    },
    {
      name: 'a policy calling itself a federal law',
      text: `${ru}# Политика\n\nЛица, виновные в нарушении требований настоящего Федерального закона, несут ответственность.\n`,
      errors: [{ messageId: 'self-law', text: 'настоящего Федерального закона' }],
    },
    {
      name: 'the Privacy Shield relied on, in English',
      text: `${en}# Privacy Policy\n\nData go to the USA under the EU-US Privacy Shield.\n`,
      errors: [{ messageId: 'withdrawn', text: 'EU-US Privacy Shield' }],
    },
    {
      name: 'the Privacy Shield relied on, in a language pplint does not read',
      text: `${de}# Datenschutzerklärung\n\nDie Daten werden nach dem EU-US Privacy Shield übermittelt.\n`,
      errors: [{ messageId: 'withdrawn', text: 'EU-US Privacy Shield' }],
    },
  ],
});

// The place a finding relates is named in the reviewer's language: the word the draft uses for
// "section" («разделе», «бөлімінде») is inflected in its own language and means nothing inside an
// English label.
describe('broken-reference: the related place is named in the interface language', () => {
  const cases = [
    {
      name: 'Russian draft, empty contacts section',
      text: `${ru}# Политика\n\n## 5. Запросы\n\nПишите нам по контактам, указанным в разделе «Связь».\n\n## 6. Связь\n\nТекст появится позже.\n`,
      en: 'The section referred to',
    },
    {
      name: 'Kazakh draft, empty contacts section',
      text: `${kk}# Саясат\n\n## 5. Сұраулар\n\nСұрауларды «Байланыс» бөлімінде көрсетілген байланыс деректеріне жіберіңіз.\n\n## 6. Байланыс\n\nКейін толтырылады.\n`,
      en: 'The section referred to',
    },
    {
      name: 'Russian draft, a title close to a heading',
      text: `${ru}# Политика\n\n## Сроки хранения данных\n\nДанные хранятся пять лет.\n\n## Запросы\n\nОтветы хранятся, как сказано в разделе «Срок хранения данных».\n`,
      en: 'A heading with a similar title',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { findings } = lintWith('broken-reference', { text: c.text });
      const related = findings.flatMap((f) => f.related ?? []);
      assert.equal(related.length, 1);
      const en = render(related[0]!.message!, 'en');
      assert.equal(en, c.en);
      assert.doesNotMatch(render(related[0]!.message!, 'ru'), /[A-Za-z]|\{/);
      assert.doesNotMatch(render(related[0]!.message!, 'kk'), /[A-Za-z]|\{/);
    });
  }
});
