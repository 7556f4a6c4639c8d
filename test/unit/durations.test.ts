// Periods in digits, in words and in both, in English, Russian and Kazakh, and what is not a period.
import assert from 'node:assert/strict';
import { findDurations } from '../../server/src/engine/extract/durations.js';
import type { Lang } from '../../server/src/engine/types.js';

type Row = [
  text: string,
  lang: Lang | null,
  found: string,
  iso: string,
  unit: string,
  style: 'digits' | 'words' | 'both',
];

const FOUND: Row[] = [
  ['kept for five (5) years', 'en', 'five (5) years', 'P5Y', 'year', 'both'],
  ['for 5 (five) years', 'en', '5 (five) years', 'P5Y', 'year', 'both'],
  ['up to 90 days', 'en', '90 days', 'P90D', 'day', 'digits'],
  ['within 30 calendar days', 'en', '30 calendar days', 'P30D', 'calendarDay', 'digits'],
  ['within 10 business days', 'en', '10 business days', 'P10D', 'workingDay', 'digits'],
  ['six (6) months', 'en', 'six (6) months', 'P6M', 'month', 'both'],
  ['twenty-five years', 'en', 'twenty-five years', 'P25Y', 'year', 'words'],
  ['one hundred and twenty days', 'en', 'one hundred and twenty days', 'P120D', 'day', 'words'],
  ['a 5-year period', 'en', '5-year', 'P5Y', 'year', 'digits'],
  ['within 24 hours', 'en', '24 hours', 'PT24H', 'hour', 'digits'],
  ['two weeks', 'en', 'two weeks', 'P2W', 'week', 'words'],
  ['пять (5) лет', 'ru', 'пять (5) лет', 'P5Y', 'year', 'both'],
  ['в течение 5 (пяти) лет', 'ru', '5 (пяти) лет', 'P5Y', 'year', 'both'],
  ['не менее пяти лет', 'ru', 'пяти лет', 'P5Y', 'year', 'words'],
  ['3 года', 'ru', '3 года', 'P3Y', 'year', 'digits'],
  ['1 год', 'ru', '1 год', 'P1Y', 'year', 'digits'],
  ['двадцати одного года', 'ru', 'двадцати одного года', 'P21Y', 'year', 'words'],
  ['в течение трёх лет', 'ru', 'трёх лет', 'P3Y', 'year', 'words'],
  ['в течение 30 календарных дней', 'ru', '30 календарных дней', 'P30D', 'calendarDay', 'digits'],
  ['15 рабочих дней', 'ru', '15 рабочих дней', 'P15D', 'workingDay', 'digits'],
  ['одного рабочего дня', 'ru', 'одного рабочего дня', 'P1D', 'workingDay', 'words'],
  ['в течение 5-ти лет', 'ru', '5-ти лет', 'P5Y', 'year', 'digits'],
  ['6 месяцев', 'ru', '6 месяцев', 'P6M', 'month', 'digits'],
  ['полгода', 'ru', 'полгода', 'P6M', 'month', 'words'],
  ['в течение года', 'ru', 'года', 'P1Y', 'year', 'words'],
  ['5-летнего срока', 'ru', '5-летнего', 'P5Y', 'year', 'digits'],
  ['5 жыл', 'kk', '5 жыл', 'P5Y', 'year', 'digits'],
  ['бес жыл', 'kk', 'бес жыл', 'P5Y', 'year', 'words'],
  ['бес (5) жыл', 'kk', 'бес (5) жыл', 'P5Y', 'year', 'both'],
  ['бес жылға', 'kk', 'бес жылға', 'P5Y', 'year', 'words'],
  ['жиырма бес жыл', 'kk', 'жиырма бес жыл', 'P25Y', 'year', 'words'],
  ['он бес күн ішінде', 'kk', 'он бес күн', 'P15D', 'day', 'words'],
  ['30 күн', 'kk', '30 күн', 'P30D', 'day', 'digits'],
  ['3 жұмыс күні ішінде', 'kk', '3 жұмыс күні', 'P3D', 'workingDay', 'digits'],
  ['30 күнтізбелік күн ішінде', 'kk', '30 күнтізбелік күн', 'P30D', 'calendarDay', 'digits'],
  ['алты ай', 'kk', 'алты ай', 'P6M', 'month', 'words'],
  ['5 лет (язык не указан)', null, '5 лет', 'P5Y', 'year', 'digits'],
  ['б\u0065с жыл (a Latin «e» typed in a Kazakh word)', 'kk', 'б\u0065с жыл', 'P5Y', 'year', 'words'],
];

const NOT_PERIODS: Array<[string, Lang]> = [
  ['приказ от 19.02.2024 года', 'ru'],
  ['19.02.2024 жылғы бұйрығымен', 'kk'],
  ['in the 2024 year', 'en'],
  ['2-3 года', 'ru'],
  ['one of the purposes', 'en'],
  ['пять двадцать лет', 'ru'],
  ['clause 5.1 years ago', 'en'],
  ['at 10:30 hours', 'en'],
];

describe('findDurations', () => {
  for (const [text, lang, found, iso, unit, style] of FOUND) {
    it(`reads «${text}»`, () => {
      const durations = findDurations(text, lang);
      assert.equal(durations.length, 1, JSON.stringify(durations));
      const d = durations[0]!;
      assert.equal(text.slice(d.start, d.end), found);
      assert.equal(d.iso, iso);
      assert.equal(d.unit, unit);
      assert.deepEqual(d.style, { digits: style !== 'words', words: style !== 'digits' });
    });
  }
  for (const [text, lang] of NOT_PERIODS) {
    it(`finds no period in «${text}»`, () =>
      assert.deepEqual(
        findDurations(text, lang).map((d) => text.slice(d.start, d.end)),
        [],
      ));
  }
  it('finds two periods in one sentence, in order', () => {
    const text = 'Payment data are kept for 5 years and chat logs for six (6) months.';
    assert.deepEqual(
      findDurations(text, 'en').map((d) => d.iso),
      ['P5Y', 'P6M'],
    );
  });
  it('marks where the number and the unit stand', () => {
    const text = 'в течение пяти (5) календарных лет';
    const [d] = findDurations(text, 'ru');
    assert.equal(text.slice(d!.number.start, d!.number.end), 'пяти (5)');
    assert.equal(text.slice(d!.unitSpan.start, d!.unitSpan.end), 'календарных лет');
  });
});
