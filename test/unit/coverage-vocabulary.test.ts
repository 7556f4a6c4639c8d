// The phrase families of vocabulary/coverage.yaml: what data a retention period covers and what
// event it runs from, each with wording that must and must not be found in English, Russian and
// Kazakh, read through coverKeys and eventKey.
import assert from 'node:assert/strict';
import { coverKeys, eventKey } from '../../server/src/engine/extract/retention/covers.js';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';

// [category, wording that names it, wording that does not]
const CATEGORIES: Array<[string, string[], string[]]> = [
  ['payment', ['payment card details', 'реквизиты платежной карты', 'төлем деректері'], ['discarded records']],
  ['transaction', ['transaction history', 'история операций'], ['операционная система']],
  [
    'identity',
    ['passport details', 'ИИН и данные удостоверения личности', 'жеке куәлік деректері'],
    ['identical copies'],
  ],
  [
    'contact',
    ['e-mail and phone number', 'адрес электронной почты', 'байланыс деректері'],
    ['предпочтения клиента', 'microphone sensors'],
  ],
  ['account', ['user account data', 'данные учетной записи', 'есептік жазба'], ['on account of the law']],
  ['communications', ['call recordings', 'переписка и обращения', 'өтініштер'], ['recordkeeping rules']],
  ['technical', ['server logs and cookies', 'технические данные', 'құрылғы деректері'], ['login page', 'blog posts']],
  ['marketing', ['newsletter subscriptions', 'данные для рассылки новостей', 'жарнама'], ['market prices']],
  ['biometric', ['biometric templates', 'биометрические данные'], ['metric units']],
  ['video', ['CCTV footage', 'видеозаписи', 'бейнежазбалар'], ['provider records']],
  ['staff', ['CVs of candidates', 'резюме соискателей', 'қызметкерлер деректері'], ['CVV codes']],
];

// [event, wording of the start of a period, wording that does not name it]
const EVENTS: Array<[string, string[], string[]]> = [
  ['consent-withdrawal', ['withdrawal of consent', 'отзыва согласия', 'келісімді кері қайтарып алу'], []],
  ['payment', ['the date of payment', 'момента осуществления платежа', 'төлем күні'], []],
  ['account-closure', ['closing your account', 'закрытия учетной записи', 'шотты жабу'], ['расчета']],
  ['contract-end', ['the end of the contract', 'прекращения договора', 'шарт аяқталған'], []],
  [
    'purposes',
    ['the purposes are achieved', 'достижения цели обработки', 'мақсаттарға қол жеткізу'],
    ['целесообразности'],
  ],
  ['consent', ['consent is given', 'получения согласия', 'келісім берілген'], []],
  ['collection', ['collection of the data', 'сбора данных', 'деректерді жинау'], []],
  ['last-activity', ['your last login', 'последнего входа', 'соңғы кіру'], []],
];

describe('coverage vocabulary', () => {
  for (const [category, found, notFound] of CATEGORIES)
    describe(`covers-${category}`, () => {
      for (const text of found)
        it(`«${text}» is ${category}`, () => assert.ok(coverKeys(text).categories.includes(category)));
      for (const text of notFound)
        it(`«${text}» is not ${category}`, () => assert.ok(!coverKeys(text).categories.includes(category)));
    });

  describe('covers-generic-words', () => {
    for (const text of ['your personal data', 'персональные данные пользователей', 'сіздің дербес деректеріңіз'])
      it(`«${text}» is data in general`, () =>
        assert.deepEqual(coverKeys(text), { categories: [], generic: true, rest: '' }));
    it('«data of unsuccessful applicants» is narrower', () =>
      assert.deepEqual(coverKeys('data of unsuccessful applicants'), {
        categories: [],
        generic: false,
        rest: 'unsuccessful applicants',
      }));
  });

  for (const [event, found, notFound] of EVENTS)
    describe(`runs-from-${event}`, () => {
      for (const text of found) it(`«${text}» is ${event}`, () => assert.equal(eventKey(text), event));
      for (const text of notFound) it(`«${text}» is not ${event}`, () => assert.notEqual(eventKey(text), event));
    });

  describe('retention-keeper', () => {
    const engine = createEngine();
    const covers = (lang: string, sentence: string) =>
      documentRetention(engine.parse(`file:///p.${lang}.md`, `---\nlang: ${lang}\n---\n${sentence}\n`)).map(
        (s) => s.covers,
      );
    const rows: Array<[string, string, string]> = [
      ['en', 'Our company also keeps payment records for 5 years.', 'payment records'],
      ['ru', 'Оператор хранит платежные данные 5 лет.', 'платежные данные'],
      ['kk', 'Біз төлем деректерін 5 жыл сақтаймыз.', 'төлем деректерін'],
      ['en', "Operators' logs are kept for 5 years.", "Operators' logs"],
    ];
    for (const [lang, sentence, expected] of rows)
      it(`«${sentence}» covers «${expected}»`, () => assert.deepEqual(covers(lang, sentence), [expected]));
  });

  it('a configuration adds a word to a category and to an event', () => {
    const words = lexicon({ 'covers-marketing': { ru: ['рассылок'] }, 'runs-from-payment': { en: ['checkout'] } });
    assert.deepEqual(coverKeys('данные для рассылок').categories, []);
    assert.deepEqual(coverKeys('данные для рассылок', words).categories, ['marketing']);
    assert.notEqual(eventKey('the checkout'), 'payment');
    assert.equal(eventKey('the checkout', words), 'payment');
  });

  it('every family of coverage.yaml has rows', () => {
    const families = [
      ...CATEGORIES.map(([c]) => `covers-${c}`),
      'covers-generic-words',
      ...EVENTS.map(([e]) => `runs-from-${e}`),
    ];
    for (const family of families) assert.ok(lexicon().has(family), family);
  });
});
