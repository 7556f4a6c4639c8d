import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string, jurisdictions?: string) =>
  `---\nlang: ${lang}\npolicy: privacy\n${jurisdictions ? `jurisdictions: [${jurisdictions}]\n` : ''}---\n`;

ruleTester('law-citation', {
  valid: [
    {
      name: 'the words of a known wrong title, not quoted, are ordinary words',
      text: `${fm('kk')}Жеке деректер және оларды қорғау туралы ережелер осы бөлімде берілген.\n`,
    },
    {
      name: 'Law 94-V in full, in English',
      text: `${fm('en')}We follow the Law of the Republic of Kazakhstan dated 21 May 2013 No. 94-V "On Personal Data and Their Protection".\n`,
    },
    {
      name: 'Law 94-V in full, in Russian, title before the number',
      text: `${fm('ru')}Политика составлена по Закону РК «О персональных данных и их защите» от 21 мая 2013 года № 94-V.\n`,
    },
    {
      name: 'Law 94-V in Kazakh, with a Cyrillic В and a Latin ə in the title',
      text: `${fm('kk')}2013 жылғы 21 мамырдағы № 94-В «Дербес деректер жəне оларды қорғау туралы» Заңы.\n`,
    },
    {
      name: '152-FZ written as 152-FL in English',
      text: `${fm('en')}The Federal Law of July 27, 2006 No. 152-FL "On Personal Data" applies.\n`,
    },
    {
      name: 'two laws in one sentence, each with its own date',
      text: `${fm('en')}We apply the Law dated 21 May 2013 No. 94-V and the Law dated 28 August 2009 No. 191-IV.\n`,
    },
    {
      name: "a date after one law is not the next law's",
      text: `${fm('en')}We apply Law No. 94-V of 21 May 2013 and Law No. 191-IV.\n`,
    },
    {
      name: "another country's law of the same title, its country named",
      text: `${fm('ru')}Обработка ведётся по Закону Республики Узбекистан «О персональных данных» от 02.07.2019 № ЗРУ-547.\n`,
    },
    {
      name: 'a number that is not a catalogued law',
      text: `${fm('ru')}Согласно Закону РК от 10 января 2020 года № 999-VI «О чём-то».\n`,
    },
    {
      name: 'a defined term in quotes beside the number is not a title',
      text: `${fm('ru')}Закон РК от 21 мая 2013 года № 94-V (далее — «Закон»).\n`,
    },
    {
      name: 'the Civil Code is cited by name in many forms',
      text: `${fm('ru')}Гражданский кодекс РК от 27 декабря 1994 года № 268-XIII «Общая часть».\n`,
    },
    {
      name: 'the Privacy Shield named as no longer valid',
      text: `${fm('en', 'gdpr')}We no longer rely on the EU-US Privacy Shield; transfers rest on standard contractual clauses.\n`,
    },
    {
      name: "a children's safe harbor programme is not the Safe Harbor principles",
      text: `${fm('en', 'ccpa')}We take part in a COPPA safe harbor program.\n`,
    },
  ],
  invalid: [
    {
      name: 'wrong year of Law 94-V',
      text: `${fm('en')}We follow the Law of the Republic of Kazakhstan dated 21 May 2014 No. 94-V "On Personal Data and Their Protection".\n`,
      errors: [{ messageId: 'date', text: '21 May 2014' }],
      output: `${fm('en')}We follow the Law of the Republic of Kazakhstan dated 21 May 2013 No. 94-V "On Personal Data and Their Protection".\n`,
    },
    {
      name: 'wrong numeric date in Russian',
      text: `${fm('ru')}Закон РК от 21.05.2012 № 94-V «О персональных данных и их защите».\n`,
      errors: [{ messageId: 'date', text: '21.05.2012' }],
      output: `${fm('ru')}Закон РК от 21.05.2013 № 94-V «О персональных данных и их защите».\n`,
    },
    {
      name: 'wrong Kazakh title of Law 94-V',
      text: `${fm('kk')}№ 94-V «Жеке деректер және оларды қорғау туралы» Заңы.\n`,
      errors: [{ messageId: 'title', text: 'Жеке деректер және оларды қорғау туралы' }],
      output: `${fm('kk')}№ 94-V «Дербес деректер және оларды қорғау туралы» Заңы.\n`,
    },
    {
      name: 'the known wrong Kazakh title of Law 94-V without its number, the country after it',
      text: `${fm('kk')}Саясат «Жеке деректер және оларды қорғау туралы» ҚР Заңына сәйкес жасалды.\n`,
      errors: [{ messageId: 'title', text: 'Жеке деректер және оларды қорғау туралы' }],
      output: `${fm('kk')}Саясат «Дербес деректер және оларды қорғау туралы» ҚР Заңына сәйкес жасалды.\n`,
    },
    {
      name: 'the known wrong Kazakh title of Law 94-V with the date before it',
      text: `${fm('kk')}Қазақстан Республикасының 2013 жылғы 21 мамырдағы «Жеке деректер және оларды қорғау туралы» Заңы.\n`,
      errors: [{ messageId: 'title', text: 'Жеке деректер және оларды қорғау туралы' }],
      output: `${fm('kk')}Қазақстан Республикасының 2013 жылғы 21 мамырдағы «Дербес деректер және оларды қорғау туралы» Заңы.\n`,
    },
    {
      name: "the Russian law's title for the Kazakh law, by number",
      text: `${fm('ru')}Закон РК от 21 мая 2013 года № 94-V «О персональных данных».\n`,
      errors: [{ messageId: 'title', text: 'О персональных данных' }],
      output: `${fm('ru')}Закон РК от 21 мая 2013 года № 94-V «О персональных данных и их защите».\n`,
    },
    {
      name: "the Russian law's title for a law said to be Kazakhstan's",
      text: `${fm('ru')}Оператор действует по Закону Республики Казахстан «О персональных данных».\n`,
      errors: [{ messageId: 'foreign-title', text: 'О персональных данных' }],
      output: `${fm('ru')}Оператор действует по Закону Республики Казахстан «О персональных данных и их защите».\n`,
    },
    {
      name: 'a title with the wrong number',
      text: `${fm('ru')}Закон Республики Казахстан «Об информатизации» № 418-IV.\n`,
      errors: [{ messageId: 'number', text: '418-IV' }],
      output: `${fm('ru')}Закон Республики Казахстан «Об информатизации» № 418-V.\n`,
    },
    {
      name: 'number and title of two different laws',
      text: `${fm('ru')}Закон РК № 94-V «Об информатизации».\n`,
      errors: [{ messageId: 'number-title', text: 'Об информатизации' }],
    },
    {
      name: 'wrong date of 152-FZ',
      text: `${fm('ru')}Федеральный закон от 27.07.2007 № 152-ФЗ «О персональных данных».\n`,
      errors: [{ messageId: 'date', text: '27.07.2007' }],
      output: `${fm('ru')}Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных».\n`,
    },
    {
      name: 'a transfer resting on the Privacy Shield',
      text: `${fm('en', 'gdpr')}Crash reports go to the USA under the EU-US Privacy Shield certification of the provider.\n`,
      errors: [{ messageId: 'privacy-shield', text: 'Privacy Shield', message: '16 July 2020' }],
    },
    {
      name: 'the Privacy Shield in a German version',
      text: `---\nlang: de\npolicy: privacy\n---\nDurch die Zertifizierung nach dem EU-US-Datenschutzschild („EU-US Privacy Shield“) ist ein angemessenes Datenschutzniveau gewährleistet.\n`,
      errors: [{ messageId: 'privacy-shield', text: 'Privacy Shield' }],
    },
  ],
});

describe('law-citation and broken-reference on a withdrawn instrument', () => {
  it('report it once, as law-citation, when both rules are on', () => {
    const engine = createEngine();
    const text = `${fm('en')}# Privacy Policy\n\nCrash reports go to servers in the USA under the EU-US Privacy Shield.\n`;
    const doc = engine.parse('file:///cases/privacy.md', text);
    const findings = engine
      .lint(doc, engine.resolveConfig([]))
      .filter((f) => f.ruleId === 'law-citation' || f.ruleId === 'broken-reference');
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} «${text.slice(f.span.start, f.span.end)}»`),
      ['law-citation «Privacy Shield»'],
    );
  });
});
