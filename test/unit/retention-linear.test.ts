// Retention reading runs in linear time on hostile text: long runs of spaces, commas, brackets and
// dashes, endless words with Kazakh endings, a thousand "until"s. No time is asserted (the machine
// may be busy): a quadratic pattern on 200 K characters runs for many minutes and so still fails
// on mocha's generous timeout, while the figures themselves belong to `npm run bench`
// (bench/adversarial.ts).
import assert from 'node:assert/strict';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';

const N = 200_000;
const CASES: Array<[string, string, string]> = [
  ['a run of spaces before a period', 'ru', `Данные хранятся ${' '.repeat(N)}5 лет.`],
  ['a run of commas after a word of keeping', 'en', `We keep data ${','.repeat(N)} for 5 years.`],
  ['a run of dashes before a label', 'ru', `Платёжные данные ${'—'.repeat(N)} 5 лет`],
  [
    'an endless Kazakh word with an ablative ending',
    'kk',
    `Деректер ${'жабылғаннан'.repeat(N / 11)} кейін 5 жыл сақталады.`,
  ],
  ['a thousand ends after a word of keeping', 'en', `Data are kept ${'until the end of '.repeat(N / 17)}the year.`],
  ['brackets opened and never closed', 'en', `Data are deleted ${'('.repeat(N)} after 90 days.`],
  ['deletion verbs all the way', 'ru', `${'удаляются '.repeat(N / 10)}через 90 дней.`],
  [
    'periods and ends in one endless sentence',
    'ru',
    `Данные хранятся ${'5 лет до отзыва согласия и '.repeat(N / 27)}далее.`,
  ],
  ['words of keeping everywhere', 'en', `${'kept stored retained '.repeat(N / 21)}for 5 years.`],
  ['bounds and periods without end', 'kk', `Деректер ${'кемінде 5 жылдан аспайтын '.repeat(N / 26)}сақталады.`],
  ['a Kazakh verb with its event, over and over', 'kk', `${'төлем аяқталғаннан кейін жойылады '.repeat(N / 34)}`],
];

describe('retention reading on hostile text', () => {
  const engine = createEngine();
  for (const [name, lang, body] of CASES) {
    it(`${name} (${(body.length / 1000).toFixed(0)} K characters)`, function () {
      this.timeout(120_000);
      const doc = engine.parse(
        `file:///linear/privacy.${lang}.md`,
        `---\nlang: ${lang}\npolicy: privacy\n---\n${body}\n`,
      );
      assert.ok(Array.isArray(documentRetention(doc)));
    });
  }
});
