// Periods written grammatically: what the retention fix puts into a language version.
import assert from 'node:assert/strict';
import { formatDuration, russianPluralForm } from '../../server/src/engine/language/plural.js';
import { numberToWords, parseNumberWords } from '../../server/src/engine/language/numbers.js';

const digits = { digits: true, words: false };
const words = { digits: false, words: true };
const both = { digits: true, words: true };

describe('formatDuration', () => {
  const rows: Array<[Parameters<typeof formatDuration>, string]> = [
    [[1, 'year', 'ru', digits], '1 год'],
    [[2, 'year', 'ru', digits], '2 года'],
    [[4, 'year', 'ru', digits], '4 года'],
    [[5, 'year', 'ru', digits], '5 лет'],
    [[11, 'year', 'ru', digits], '11 лет'],
    [[14, 'year', 'ru', digits], '14 лет'],
    [[21, 'year', 'ru', digits], '21 год'],
    [[22, 'year', 'ru', digits], '22 года'],
    [[111, 'year', 'ru', digits], '111 лет'],
    [[5, 'year', 'ru', both], 'пять (5) лет'],
    [[5, 'year', 'ru', { ...both, case: 'genitive' }], 'пяти (5) лет'],
    [[1, 'year', 'ru', { ...words, case: 'genitive' }], 'одного года'],
    [[3, 'year', 'ru', { ...digits, case: 'genitive' }], '3 лет'],
    [[21, 'year', 'ru', { ...words, case: 'genitive' }], 'двадцати одного года'],
    [[3, 'month', 'ru', digits], '3 месяца'],
    [[6, 'month', 'ru', both], 'шесть (6) месяцев'],
    [[30, 'calendarDay', 'ru', digits], '30 календарных дней'],
    [[1, 'workingDay', 'ru', digits], '1 рабочий день'],
    [[3, 'workingDay', 'ru', digits], '3 рабочих дня'],
    [[15, 'workingDay', 'ru', { ...digits, case: 'genitive' }], '15 рабочих дней'],
    [[2, 'week', 'ru', words], 'две недели'],
    [[1, 'week', 'ru', words], 'одна неделя'],
    [[5, 'year', 'kk', digits], '5 жыл'],
    [[5, 'year', 'kk', both], 'бес (5) жыл'],
    [[15, 'day', 'kk', words], 'он бес күн'],
    [[6, 'month', 'kk', digits], '6 ай'],
    [[3, 'workingDay', 'kk', digits], '3 жұмыс күні'],
    [[25, 'year', 'kk', words], 'жиырма бес жыл'],
    [[1, 'year', 'en', digits], '1 year'],
    [[5, 'year', 'en', digits], '5 years'],
    [[5, 'year', 'en', both], 'five (5) years'],
    [[30, 'calendarDay', 'en', digits], '30 calendar days'],
    [[21, 'month', 'en', words], 'twenty-one months'],
    [[1, 'workingDay', 'en', words], 'one working day'],
    [[2500, 'day', 'en', both], '2500 days'],
  ];
  for (const [args, expected] of rows)
    it(`${args.slice(0, 3).join(' ')} ${JSON.stringify(args[3])} → ${expected}`, () =>
      assert.equal(formatDuration(...args), expected));
});

describe('Russian count forms', () => {
  it('follows the last two digits', () => {
    assert.deepEqual([1, 2, 5, 11, 12, 21, 24, 25, 101, 112].map(russianPluralForm), [
      'one',
      'few',
      'many',
      'many',
      'many',
      'one',
      'few',
      'many',
      'one',
      'many',
    ]);
  });
});

describe('number words', () => {
  const read: Array<[string, 'en' | 'ru' | 'kk', number | null]> = [
    ['five', 'en', 5],
    ['twenty-five', 'en', 25],
    ['twenty five', 'en', 25],
    ['one hundred', 'en', 100],
    ['one hundred and five', 'en', 105],
    ['ten five', 'en', null],
    ['пяти', 'ru', 5],
    ['пятью', 'ru', 5],
    ['одного', 'ru', 1],
    ['одному', 'ru', 1],
    ['двух', 'ru', 2],
    ['трех', 'ru', 3],
    ['четырех', 'ru', 4],
    ['десяти', 'ru', 10],
    ['двадцати пяти', 'ru', 25],
    ['сто двадцать', 'ru', 120],
    ['двухсот', 'ru', 200],
    ['пять двадцать', 'ru', null],
    ['бір', 'kk', 1],
    ['үш', 'kk', 3],
    ['тоғыз', 'kk', 9],
    ['он бес', 'kk', 15],
    ['жиырма бір', 'kk', 21],
    ['отыз', 'kk', 30],
    ['екі жүз', 'kk', 200],
    ['тоқсан', 'kk', 90],
  ];
  for (const [text, lang, value] of read)
    it(`reads «${text}» (${lang}) as ${value}`, () => assert.equal(parseNumberWords(text, lang), value));
  it('writes numbers back in words', () => {
    assert.equal(numberToWords(99, 'en'), 'ninety-nine');
    assert.equal(numberToWords(45, 'ru'), 'сорок пять');
    assert.equal(numberToWords(45, 'ru', 'genitive'), 'сорока пяти');
    assert.equal(numberToWords(300, 'ru', 'genitive'), 'трехсот');
    assert.equal(numberToWords(100, 'kk'), 'жүз');
    assert.equal(numberToWords(1000, 'en'), null);
  });
  it('reads back every number it writes', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      for (let n = 1; n <= 999; n++) assert.equal(parseNumberWords(numberToWords(n, lang)!, lang), n, `${lang} ${n}`);
    }
  });
});
