// Text in another language than its version's: Kazakh against Russian precision matters most,
// since the two share an alphabet and many words.
import assert from 'node:assert/strict';
import { findForeignText } from '../../server/src/engine/language/foreign.js';
import type { Lang } from '../../server/src/engine/types.js';

function found(text: string, expected: Lang, heading = false): string[] {
  return findForeignText(text, expected, heading).map((f) => `${f.scope}:${f.found}:${text.slice(f.start, f.end)}`);
}

const NOTHING: Array<[string, Lang, string]> = [
  [
    'Оператор транзакциялық деректерді Компанияның интернет-ресурсы арқылы өңдейді.',
    'kk',
    'Kazakh with loanwords Russian shares',
  ],
  ['Пайдаланушы дербес деректерді өңдеуге келісімін береді.', 'kk', 'plain Kazakh'],
  [
    'Осы Саясат Қазақстан Республикасының «О персональных данных и их защите» Заңына сәйкес әзірленді.',
    'kk',
    'a quoted Russian law title',
  ],
  [
    'Ответственное лицо — Жұмашев Ерлан, адрес: Алматы, проспект Достық, 91/2.',
    'ru',
    'Kazakh names and an address in Russian',
  ],
  ['Директор ТОО «ioka fintech» Жумашева М.А. утвердил Политику.', 'ru', 'a brand in quotes and initials'],
  ['Оплата картами Visa и Mastercard через Kaspi Pay.', 'ru', 'brand names'],
  ['Мы используем файлы cookie и технологию single sign-on.', 'ru', 'a few English words'],
  ['«Dala Pay» ЖШС (БСН 190340027418) GDPR талаптарын сақтайды.', 'kk', 'abbreviations'],
  [
    'The Law "On Personal Data and Their Protection" (О персональных данных и их защите) applies.',
    'en',
    'a Russian title in brackets',
  ],
  ['Payments are processed by Kaspi Bank JSC in Almaty.', 'en', 'names in English'],
  ['в) уничтожения персональных данных;', 'ru', 'a lettered list item'],
];

describe('foreign text: nothing to report', () => {
  for (const [text, lang, why] of NOTHING) it(`${why} (${lang})`, () => assert.deepEqual(found(text, lang), []));
  it('a Kazakh heading', () => assert.deepEqual(found('Құпиялылық саясатының қатыстылығы', 'kk', true), []));
  it('a heading that is a brand name', () => assert.deepEqual(found('Kaspi Pay', 'ru', true), []));
});

describe('foreign text: what is reported', () => {
  it('Russian words in a Kazakh heading', () =>
    assert.deepEqual(found('3. Политики конфиденциальности Құпиялылық саясатының қатыстылығы', 'kk', true), [
      'words:ru:Политики конфиденциальности',
    ]));
  it('a Russian paragraph in the Kazakh version', () =>
    assert.deepEqual(
      found('Оператор ежегодно проводит внутреннюю проверку соответствия обработки персональных данных.', 'kk'),
      ['block:ru:Оператор ежегодно проводит внутреннюю проверку соответствия обработки персональных данных.'],
    ));
  it('a Kazakh paragraph in the Russian version', () =>
    assert.deepEqual(found('Оператор дербес деректерді қорғау үшін қажетті шараларды қабылдайды.', 'ru'), [
      'block:kk:Оператор дербес деректерді қорғау үшін қажетті шараларды қабылдайды.',
    ]));
  it('an English paragraph in the Russian version', () =>
    assert.deepEqual(found('We may keep anonymised statistics for longer periods.', 'ru'), [
      'block:en:We may keep anonymised statistics for longer periods.',
    ]));
  it('an English sentence inside a Kazakh paragraph', () =>
    assert.deepEqual(
      found(
        'Деректер бес жыл сақталады. This period may be extended by the regulator. Содан кейін деректер жойылады.',
        'kk',
      ),
      ['sentence:en:This period may be extended by the regulator.'],
    ));
  it('a Russian run inside a Kazakh sentence', () =>
    assert.deepEqual(found('Біз деректерді в соответствии с требованиями законодательства өңдейміз.', 'kk'), [
      'words:ru:в соответствии с требованиями законодательства',
    ]));
  it('a Russian paragraph in the English version', () =>
    assert.deepEqual(found('Данные для рассылок хранятся до отзыва согласия.', 'en'), [
      'block:ru:Данные для рассылок хранятся до отзыва согласия.',
    ]));
  it('an English heading in a Kazakh version', () =>
    assert.deepEqual(found('Data retention', 'kk', true), ['block:en:Data retention']));
});
