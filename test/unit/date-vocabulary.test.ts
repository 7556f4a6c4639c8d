// The phrase families of vocabulary/dates.yaml, each with wording that must and must not be found
// in English, Russian and Kazakh; and the dates they let the engine read and write.
import assert from 'node:assert/strict';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import { findDates, formatDate } from '../../server/src/engine/extract/anchors/dates.js';
import { foldForMatch } from '../../server/src/engine/language/normalize.js';

const vocabulary = lexicon();
const MONTHS: Array<[string, string[], string[]]> = [
  ['month-01', ['January', 'Jan. 5', 'января', 'январе', 'қаңтар', 'қаңтардағы'], ['Janet']],
  ['month-02', ['February', 'Feb', 'февраля', 'ақпан', 'ақпандағы'], ['Febreze']],
  ['month-03', ['March', 'марта', 'наурыз'], ['Marchant']],
  ['month-04', ['April', 'апреля', 'сәуір'], ['Aprilia']],
  ['month-05', ['May', 'мая', 'мае', 'мамыр'], ['маяк']],
  ['month-06', ['June', 'июня', 'маусым'], ['Juneau']],
  ['month-07', ['July', 'июля', 'шілде'], ['Julius']],
  ['month-08', ['August', 'августа', 'тамыз'], ['Augusta']],
  ['month-09', ['September', 'Sept', 'сентября', 'қыркүйек'], ['Septic']],
  ['month-10', ['October', 'октября', 'қазан'], ['Octopus']],
  ['month-11', ['November', 'ноября', 'қараша'], ['Novell']],
  ['month-12', ['December', 'декабря', 'желтоқсан'], ['Decimal']],
  ['date-year-words', ['2024 г.', '2024 года', '2024 ж.', '2024 жылғы'], ['годовой']],
  ['date-day-words', ['19th of May'], ['19 May']],
  ['date-ordinal-endings', ['st', 'th'], ['19']],
  [
    'date-update-labels',
    [
      'Last updated:',
      'Effective as of',
      'Дата последнего обновления',
      'в редакции от',
      'Жаңартылған күні',
      'күшіне енеді',
    ],
    ['Law of 21 May 2013', 'Закон от 21 мая 2013 года'],
  ],
];

describe('date vocabulary', () => {
  for (const [family, found, notFound] of MONTHS) {
    describe(family, () => {
      for (const text of found) it(`finds «${text}»`, () => assert.ok(vocabulary.test(family, text)));
      for (const text of notFound) it(`does not find «${text}»`, () => assert.ok(!vocabulary.test(family, text)));
    });
  }

  describe('reads dates with these words', () => {
    const cases: Array<[string, string[]]> = [
      ['Last updated: 19 February 2024.', ['2024-02-19']],
      ['Updated on Feb. 19, 2024 and on the 1st of March 2024.', ['2024-02-19', '2024-03-01']],
      ['Редакция от «19» февраля 2024 г.', ['2024-02-19']],
      ['2024 жылғы 19 ақпандағы редакция; 5 мамыр 2023 ж.', ['2024-02-19', '2023-05-05']],
      ['The Mayor of 19 Marchant 2024 Street', []],
    ];
    for (const [text, iso] of cases)
      it(text, () =>
        assert.deepEqual(
          findDates(foldForMatch(text)).map((d) => d.iso),
          iso,
        ),
      );
  });

  it('writes a date in a fix with the first phrase of its month', () => {
    const date = { year: 2024, month: 2, day: 19 };
    assert.deepEqual(
      (['en', 'ru', 'kk'] as const).map((lang) => formatDate(date, { kind: 'words', lang })),
      ['19 February 2024', '19 февраля 2024', '19 ақпан 2024'],
    );
  });
});
