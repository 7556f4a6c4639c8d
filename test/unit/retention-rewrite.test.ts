// The harmonising fix: a period rewritten to another value in the statement's own language,
// grammar and style.
import assert from 'node:assert/strict';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';
import { rewritePeriod } from '../../server/src/engine/extract/retention/rewrite.js';
import { describeRetention } from '../../server/src/engine/extract/retention/describe.js';
import type { DurationUnit } from '../../server/src/engine/extract/durations.js';
import { applyEdits } from '../helpers/rule-tester.js';

const engine = createEngine();

function rewrite(lang: 'en' | 'ru' | 'kk', sentence: string, value: number, unit: DurationUnit): string {
  const text = `---\nlang: ${lang}\n---\n${sentence}\n`;
  const doc = engine.parse(`file:///cases/p.${lang}.md`, text);
  const [statement] = documentRetention(doc);
  assert.ok(statement, `no statement in «${sentence}»`);
  const result = rewritePeriod(statement, value, unit);
  return result ? applyEdits(text, [result.edit]).slice(text.indexOf(sentence)).trimEnd() : sentence;
}

describe('rewritePeriod', () => {
  const rows: Array<['en' | 'ru' | 'kk', string, number, DurationUnit, string]> = [
    ['ru', 'Данные хранятся 3 года.', 5, 'year', 'Данные хранятся 5 лет.'],
    ['ru', 'Данные хранятся 5 лет.', 1, 'year', 'Данные хранятся 1 год.'],
    ['ru', 'Данные хранятся 5 лет.', 21, 'year', 'Данные хранятся 21 год.'],
    ['ru', 'Данные хранятся 5 лет.', 2, 'year', 'Данные хранятся 2 года.'],
    ['ru', 'Данные хранятся в течение 5 лет.', 1, 'year', 'Данные хранятся в течение 1 года.'],
    ['ru', 'Данные хранятся в течение трех (3) лет.', 5, 'year', 'Данные хранятся в течение пяти (5) лет.'],
    ['ru', 'Данные хранятся 5 (пять) лет.', 3, 'year', 'Данные хранятся 3 (три) года.'],
    ['ru', 'Данные хранятся пять (5) лет.', 11, 'year', 'Данные хранятся одиннадцать (11) лет.'],
    ['ru', 'Данные хранятся 6 месяцев.', 1, 'year', 'Данные хранятся 1 год.'],
    ['ru', 'Обращения хранятся 30 календарных дней.', 2, 'calendarDay', 'Обращения хранятся 2 календарных дня.'],
    ['kk', 'Деректер 3 жыл сақталады.', 5, 'year', 'Деректер 5 жыл сақталады.'],
    ['kk', 'Деректер үш (3) жылға дейін сақталады.', 5, 'year', 'Деректер бес (5) жылға дейін сақталады.'],
    ['kk', 'Деректер 6 ай сақталады.', 1, 'year', 'Деректер 1 жыл сақталады.'],
    ['en', 'Data are kept for 3 years.', 5, 'year', 'Data are kept for 5 years.'],
    ['en', 'Data are kept for 3 years.', 1, 'year', 'Data are kept for 1 year.'],
    ['en', 'Data are kept for one (1) year.', 7, 'year', 'Data are kept for seven (7) years.'],
    ['en', 'Data are kept for Three (3) years.', 5, 'year', 'Data are kept for Five (5) years.'],
    [
      'ru',
      '## Срок хранения\n\nПять (5) лет с момента платежа',
      3,
      'year',
      '## Срок хранения\n\nТри (3) года с момента платежа',
    ],
    ['en', 'Data are kept for 90 days.', 6, 'month', 'Data are kept for 6 months.'],
  ];
  for (const [lang, sentence, value, unit, expected] of rows)
    it(`${sentence.replace(/\n/g, ' ')} → ${expected.replace(/\n/g, ' ')}`, () =>
      assert.equal(rewrite(lang, sentence, value, unit), expected));
  it('changes nothing when the period already agrees', () => {
    const doc = engine.parse('file:///cases/p.ru.md', '---\nlang: ru\n---\nДанные хранятся 5 лет.\n');
    assert.equal(rewritePeriod(documentRetention(doc)[0]!, 5, 'year'), null);
  });
});

describe('describeRetention', () => {
  const read = (lang: 'en' | 'ru' | 'kk', text: string) =>
    documentRetention(engine.parse(`file:///cases/p.${lang}.md`, `---\nlang: ${lang}\n---\n${text}\n`))[0]!;
  it('says a minimum has no end, unless an end is given', () => {
    assert.equal(
      describeRetention(read('en', 'Data are kept for at least 5 years.'), 'en'),
      '5 years; at least (no upper limit stated); covers: Data',
    );
    assert.equal(
      describeRetention(
        read('en', 'Data are kept until the purposes of processing are achieved, but for no less than 5 years.'),
        'en',
      ),
      '5 years, until purposes of processing are achieved; at least; covers: Data',
    );
  });
  it('describes a criterion and a vague statement', () => {
    assert.equal(
      describeRetention(read('ru', 'Данные для рассылок хранятся до момента отзыва согласия.'), 'en'),
      'no fixed period; criteria: until «момента отзыва согласия»; covers: «Данные для рассылок»',
    );
    assert.equal(
      describeRetention(read('ru', 'Данные для рассылок хранятся до момента отзыва согласия.'), 'ru'),
      'срок не указан; критерий: до момента отзыва согласия; относится к: Данные для рассылок',
    );
    assert.equal(
      describeRetention(read('en', 'We keep your data for as long as necessary.'), 'kk'),
      'мерзім де, өлшем де жоқ; қамтиды: «your data»',
    );
  });
  it('is what the hover shows on the statement, in the interface language', () => {
    const text =
      '---\nlang: kk\n---\n| Дербес деректер | Сақтау мерзімі |\n|---|---|\n| Төлем карточкасының деректемелері | Төлем жүргізілген кезден 5 жыл |\n';
    const doc = engine.parse('file:///cases/p.kk.md', text);
    const config = engine.resolveConfig([]);
    const hover = engine.explain(doc, config, text.indexOf('5 жыл'), 'en');
    assert.deepEqual(hover?.lines, [
      '**Retention as read:** 5 years from «Төлем жүргізілген кезден»; exact; covers: «Төлем карточкасының деректемелері»',
    ]);
    assert.equal(engine.explain(doc, config, text.indexOf('Дербес'), 'en'), null);
  });
});
