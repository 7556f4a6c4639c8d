// Facts that every language version states the same way in meaning: the same fact in different
// writing has one key, and different facts have different keys.
import assert from 'node:assert/strict';
import { blockFacts, extractFacts, type FactType } from '../../server/src/engine/extract/anchors.js';
import { findIdentifiers, linkKey } from '../../server/src/engine/extract/anchors/identifiers.js';
import { createEngine } from '../../server/src/engine/index.js';
import { comparableKey } from '../../server/src/engine/align/compare.js';
import { formatDate, findDates } from '../../server/src/engine/extract/anchors/dates.js';

/** The comparable keys of the facts of one type in a text. */
function keys(text: string, type: FactType): string[] {
  return extractFacts(text, 0, null)
    .filter((f) => f.type === type && !f.weak)
    .map(comparableKey);
}

function sameFact(type: FactType, writings: string[]): void {
  it(`${type}: ${writings.join(' = ')}`, () => {
    const all = writings.map((w) => keys(w, type));
    for (const [i, k] of all.entries())
      assert.equal(k.length, 1, `one ${type} in «${writings[i]}», got ${JSON.stringify(k)}`);
    assert.equal(new Set(all.map((k) => k[0])).size, 1, JSON.stringify(all));
  });
}

function differentFacts(type: FactType, a: string, b: string): void {
  it(`${type}: «${a}» ≠ «${b}»`, () => {
    const ka = keys(a, type);
    const kb = keys(b, type);
    assert.equal(ka.length, 1, JSON.stringify(ka));
    assert.equal(kb.length, 1, JSON.stringify(kb));
    assert.notEqual(ka[0], kb[0]);
  });
}

describe('facts: the same fact written differently', () => {
  sameFact('date', [
    '19.02.2024',
    '19/02/2024',
    '19-02-2024',
    '2024-02-19',
    '02/19/2024',
    '19 February 2024',
    'February 19, 2024',
    '19th of February 2024',
    '«19 ақпан 2024»',
    '«19» февраля 2024 г.',
    '2024 жылғы 19 ақпандағы',
    '19.02.2024 жылғы',
  ]);
  sameFact('date', ['1 марта 2025 г.', '2025 жылғы 1 наурыздағы', 'Version of 1 March 2025.', '01.03.2025']);
  sameFact('phone', [
    '+7 701 540 18 02',
    '8 (701) 540-18-02',
    '+7 (701) 540-18-02',
    '87015401802',
    '+77015401802',
    '8 701 540 1802',
    'тел.: +7-701-540-18-02.',
  ]);
  sameFact('email', ['support@ioka.kz', 'Support@Ioka.KZ.', 'mailto:support@ioka.kz']);
  sameFact('url', ['https://ioka.kz/', 'http://ioka.kz', 'www.ioka.kz', 'https://www.ioka.kz/', 'сайт ioka.kz']);
  // An address written out is localised as a link's target is.
  sameFact('url', ['https://ioka.kz/ru/privacy', 'ioka.kz/en/privacy/', 'https://ioka.kz/kk/privacy#top']);
  sameFact('citation', ['No. 94-V', '№ 94-V', '№94-V', 'No 94-V', 'Law 94-V', '№ 94-В']);
  sameFact('citation', ['№ 395/НҚ', 'No. 395/NK']);
  sameFact('citation', ['№7-О/Д', 'No.7-О/Д', 'No. 7-O/D']);
  sameFact('citation', ['152-ФЗ', '152-FZ']);
  sameFact('period', [
    '5 лет',
    '5 жыл',
    'five (5) years',
    'пяти (5) лет',
    'бес жыл',
    '5 (бес) жыл',
    '60 months',
    '60 месяцев',
  ]);
  sameFact('period', ['10 рабочих дней', '10 working days', '10 жұмыс күні', 'ten (10) business days']);
  sameFact('period', ['30 календарных дней', '30 days', '30 күнтізбелік күн']);
  sameFact('period', ['24 hours', '24 часа', 'в течение суток', '1 day', '24 сағат']);
  sameFact('period', ['2 weeks', '14 дней', '14 күн']);
  sameFact('number', ['1 000 тенге', '1,000 tenge', '1000 теңге']);
  sameFact('number', ['0,5 %', '0.5%']);
  // German and French separate thousands with a dot; English never does.
  sameFact('number', ['10.000 Euro', '10 000 евро', '10,000 euros']);
  // A time of day is its hour, and its minutes unless on the hour.
  sameFact('number', ['from 09:00', 'dès 9 h', 'с 9:00']);
  it('number: a number repeated two words on is stated once («24 heures sur 24»)', () =>
    assert.deepEqual(keys('Nous répondons 24 heures sur 24 et 7 jours sur 7.', 'number'), ['24', '7']));
  it('number: a time with minutes states both («9:30» = «9 h 30»)', () => {
    const all = (t: string): string[] =>
      extractFacts(t, 0, null)
        .filter((f) => f.type === 'number')
        .map((f) => f.key);
    assert.deepEqual(all('from 9:30'), all('dès 9 h 30'));
  });
  it('number: an English «1.500» is a decimal, not fifteen hundred', () =>
    assert.deepEqual(
      extractFacts('It weighs 1.500 kg.', 0, 'en')
        .filter((f) => f.type === 'number')
        .map((f) => f.key),
      ['1.500'],
    ));
});

describe('facts: different facts', () => {
  differentFacts('date', '19.02.2024', '20.02.2024');
  differentFacts('date', '19 февраля 2024 г.', '19 марта 2024 г.');
  differentFacts('date', '19.02.2024', '19.02.2023');
  differentFacts('phone', '+7 701 540 18 02', '+7 701 540 18 03');
  differentFacts('phone', '+7 701 540 18 02', '+7 702 540 18 02');
  differentFacts('email', 'support@ioka.kz', 'support@ioka.com');
  differentFacts('url', 'https://ioka.kz/privacy', 'https://ioka.kz/terms');
  differentFacts('citation', 'No. 94-V', '№ 95-V');
  differentFacts('period', '5 лет', '3 жыл');
  differentFacts('period', '5 years', '5 months');
  differentFacts('period', '10 working days', '10 days');
  differentFacts('number', '2 раза', '4 раза');
});

describe('facts: what is not a fact of its own', () => {
  it('a clause number is no number', () => assert.deepEqual(extractFacts('4.1. Пользователь вправе', 4, 'ru'), []));
  it('the parts of a date, a phone or a period are no numbers', () => {
    const facts = extractFacts('С 19.02.2024 звоните +7 701 540 18 02; срок — 5 лет.', 0, 'ru');
    assert.deepEqual(
      facts.filter((f) => !f.weak).map((f) => f.type),
      ['date', 'phone', 'period'],
    );
  });
  it('a 12-digit BIN is a number, not a phone', () => assert.deepEqual(keys('БИН 870101300123', 'phone'), []));
  it('a number in words is kept only to match a number in figures', () => {
    const facts = extractFacts('не чаще десяти раз', 0, 'ru');
    assert.deepEqual(
      facts.map((f) => [f.type, f.key, f.weak]),
      [['number', '10', true]],
    );
  });
  it('Latin names in Cyrillic text are facts, English words are not', () => {
    assert.deepEqual(
      extractFacts('ТОО «ioka fintech» работает', 0, 'ru')
        .filter((f) => f.type === 'name')
        .map((f) => f.key),
      ['ioka', 'fintech'],
    );
    assert.deepEqual(
      extractFacts('ioka fintech LLP operates', 0, 'en').filter((f) => f.type === 'name'),
      [],
    );
  });
});

describe('dates written back in the style of a version', () => {
  const [date] = findDates('19.02.2024');
  it('in figures with the version’s separator', () =>
    assert.equal(formatDate(date!, { kind: 'numeric', separator: '/' }), '19/02/2024'));
  it('in words, in each language', () => {
    assert.equal(formatDate(date!, { kind: 'words', lang: 'en' }), '19 February 2024');
    assert.equal(formatDate(date!, { kind: 'words', lang: 'ru' }), '19 февраля 2024');
    assert.equal(formatDate(date!, { kind: 'words', lang: 'kk' }), '19 ақпан 2024');
  });
});

describe('facts: link targets', () => {
  it('language segments, parameters, scheme, www and fragments do not count', () => {
    assert.equal(linkKey('https://www.dalapay.kz/ru/terms/?lang=ru#usloviya'), 'dalapay.kz/terms');
    assert.equal(linkKey('https://dalapay.kz/en-US/terms'), 'dalapay.kz/terms');
    assert.equal(linkKey('/kk/faq?id=4&hl=kk'), '/faq?id=4');
  });
  it('an address written in the text is keyed alike: its language segment does not count', () => {
    const keys = (text: string) => findIdentifiers(text).map((f) => `${f.type}:${f.key}`);
    assert.deepEqual(keys('See https://dalapay.kz/kk/privacy/ now.'), ['url:dalapay.kz/privacy']);
    assert.deepEqual(keys('See dalapay.kz/privacy now.'), ['url:dalapay.kz/privacy']);
    assert.notDeepEqual(keys('See dalapay.kz/old-privacy now.'), ['url:dalapay.kz/privacy']);
  });
  it('different pages differ', () =>
    assert.notEqual(linkKey('https://dalapay.kz/terms'), linkKey('https://dalapay.kz/old-terms')));
  it('a link to a heading, an e-mail link, a slug in another alphabet are no address of their own', () => {
    assert.equal(linkKey('#contacts'), null);
    assert.equal(linkKey('mailto:privacy@dalapay.kz'), null);
    assert.equal(linkKey('https://wiki.example.org/wiki/Куки'), null);
    assert.equal(linkKey('https://wiki.example.org/wiki/%D0%9A%D1%83%D0%BA%D0%B8'), null);
  });
  it('a parsed link is a web-address fact over its words; a link written as its address is one fact', () => {
    const doc = createEngine().parse(
      'file:///p.en.md',
      'Read [the terms](https://dalapay.kz/terms) or https://dalapay.kz/faq and [https://dalapay.kz/faq](https://dalapay.kz/faq).\n',
    );
    const facts = blockFacts(doc.blocks[0]!).filter((f) => f.type === 'url');
    assert.deepEqual(
      facts.map((f) => [f.key, doc.blocks[0]!.text.slice(f.start, f.end), Boolean(f.link)]),
      [
        ['dalapay.kz/terms', 'the terms', true],
        ['dalapay.kz/faq', 'https://dalapay.kz/faq', false],
        ['dalapay.kz/faq', 'https://dalapay.kz/faq', false],
      ],
    );
  });
  it('a link whose words are one address and whose target is another states both', () => {
    const doc = createEngine().parse(
      'file:///p.en.md',
      'See [dalapay.kz/en/terms](https://dalapay.kz/en/terms-2024) and [dalapay.kz/ru/faq](https://dalapay.kz/ru/faq).\n',
    );
    const facts = blockFacts(doc.blocks[0]!).filter((f) => f.type === 'url');
    assert.deepEqual(
      facts.map((f) => [f.key, Boolean(f.link)]),
      [
        ['dalapay.kz/terms', false],
        ['dalapay.kz/terms-2024', true],
        ['dalapay.kz/faq', false],
      ],
    );
  });
});
