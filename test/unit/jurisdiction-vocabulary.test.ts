// The phrase families of vocabulary/jurisdictions.yaml: for each, wording that must and must not
// be found, in English, Russian and Kazakh; then how a block reads what it finds (a law applied,
// said not to apply, named in passing; a number after an identifier; a domain; a calling code).
import assert from 'node:assert/strict';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';
import { JURISDICTION_FAMILIES, read } from '../../server/src/engine/extract/jurisdictions/signals.js';

const vocabulary = lexicon();

// family → [must be found, must not be found]
const TABLE: Record<string, [string[], string[]]> = {
  'kz-law': [
    [
      'under Law No. 94-V of 21 May 2013',
      'Закон «О персональных данных и их защите»',
      '«Дербес деректер және оларды қорғау туралы» Заң',
      'Order No. 395/НҚ',
      'Дербес деректерді жинау, өңдеу қағидалары',
    ],
    ['Law No. 194-V', 'the Law on Personal Data', 'Федеральный закон «О персональных данных»'],
  ],
  'kz-legislation': [
    [
      'the laws of the Republic of Kazakhstan',
      'законодательством Республики Казахстан',
      'Закон РК',
      'Қазақстан Республикасының заңнамасына',
      'ҚР дербес деректер туралы заңнамасы',
    ],
    ['the Republic of Kazakhstan', 'Республика Казахстан, г. Алматы', 'Қазақстан Республикасының азаматтары'],
  ],
  'kz-body': [
    [
      'the Ministry of Digital Development, Innovations and Aerospace Industry',
      'Министерство цифрового развития, инноваций и аэрокосмической промышленности',
      'Ақпараттық қауіпсіздік комитеті',
    ],
    ['the Ministry of Finance', 'Министерство цифрового развития, связи и массовых коммуникаций'],
  ],
  'kz-country': [
    ['based in Kazakhstan', 'в Казахстане', 'законы РК', 'Қазақстандағы серверлер', 'ҚР азаматтары'],
    ['a Kazakh keyboard', 'казахский язык'],
  ],
  'kz-cities': [
    ['Almaty, Dostyk Avenue 5', 'г. Алматы, пр. Достык, 5', 'Астана қаласы', 'Шымкент'],
    ['Moscow', 'многие семьи'],
  ],
  'kz-currency': [['a fee of 500 tenge', '500 тенге', '500 теңге', 'KZT 500'], ['500 roubles']],
  'kz-identifier-names': [
    [
      'your IIN',
      'ИИН указывается в профиле',
      'индивидуальный идентификационный номер',
      'ЖСН',
      'жеке сәйкестендіру нөмірі',
    ],
    ['ИНН', 'a waste bin', 'Мистер Бин'],
  ],
  'kz-identifiers': [
    ['BIN', 'ИИН', 'БСН'],
    ['ИНН', 'a recycle box'],
  ],
  'gdpr-law': [
    [
      'Regulation (EU) 2016/679',
      'the General Data Protection Regulation',
      'Общего регламента ЕС по защите персональных данных',
      'Деректерді қорғаудың жалпы регламенті',
      'Art. 6 DSGVO',
      'where UK data-protection law applies',
      'under the UK data protection laws',
      'the Data Protection Act 2018',
    ],
    ['the data protection regulations', 'Регламент обработки данных', 'the data protection law of Kazakhstan'],
  ],
  'gdpr-body': [
    [
      'the European Data Protection Board',
      'EDPB guidelines',
      'Европейского совета по защите данных',
      "the UK Information Commissioner's Office",
    ],
    ['the data protection authority', 'the Information Commissioner of Albania'],
  ],
  'ru-law': [
    [
      'Federal Law No. 152-FZ',
      'Федерального закона от 27.07.2006 № 152-ФЗ',
      'Федеральный закон «О персональных данных»',
      '№ 152-ФЗ Федералдық заң',
    ],
    ['Law No. 94-V', 'Федеральный закон № 115-ФЗ'],
  ],
  'ru-legislation': [
    ['the legislation of the Russian Federation', 'законодательством РФ', 'Ресей Федерациясының заңнамасы'],
    ['the Russian version'],
  ],
  'ru-body': [['Роскомнадзор', 'Roskomnadzor', 'в Роскомнадзоре'], ['the supervisory authority']],
  'ru-federal-law': [['настоящего Федерального закона'], ['the Federal Law of the Republic of Kazakhstan']],
  'ru-country': [['the Russian Federation', 'в России', 'РФ', 'Ресейде'], ['the Russian version']],
  'ru-cities': [['Moscow', 'г. Москва', 'Екатеринбург'], ['Алматы']],
  'ru-currency': [['1 000 рублей', 'RUB 100'], ['1 000 тенге']],
  'ru-identifiers': [
    ['ИНН', 'OGRN', 'ОГРНИП'],
    ['ИИН', 'the inner circle'],
  ],
  'ccpa-law': [
    [
      'the California Consumer Privacy Act',
      'CCPA',
      'Cal. Civ. Code §1798.100',
      '§ 1798.185',
      'Закон Калифорнии о защите конфиденциальности потребителей',
    ],
    ['Section 1798 of the Code', 'consumer privacy'],
  ],
  'ccpa-body': [['the California Privacy Protection Agency'], ['the Privacy Agency']],
  'ccpa-state': [['California residents', 'жители Калифорнии', 'Калифорния тұрғындары'], ['Canada']],
  'foreign-law': [
    [
      'the legislation of the Republic of Uzbekistan',
      'Закона Республики Узбекистан № ЗРУ-547',
      'законодательством Кыргызской Республики',
      'Өзбекстан Республикасының заңы',
    ],
    ['the Republic of Kazakhstan'],
  ],
  'foreign-country': [['Uzbekistan', 'Узбекистан', 'Өзбекстан', "O'zbekiston"], ['Kazakhstan']],
  'foreign-cities': [['Tashkent', 'г. Ташкент', 'Toshkent shahri'], ['Almaty']],
  'law-negation': [
    ['does not apply to us', 'we are not subject to', 'на нас не распространяется', 'бізге қолданылмайды'],
    ['applies to you', 'распространяется на всех'],
  ],
  'law-conditional-before': [
    [
      'Depending on where you live,',
      'where applicable',
      'В зависимости от места проживания',
      'Тұратын жеріңізге байланысты',
    ],
    ['where you live'],
  ],
  'law-conditional-after': [['may also apply', 'могут применяться', 'қолданылуы мүмкін'], ['applies']],
  'law-comparison': [
    ['similar to the GDPR', 'unlike', 'аналогично GDPR', 'в отличие от', 'GDPR-ға ұқсас'],
    ['in accordance with'],
  ],
  'transfer-context': [
    [
      'Cross-border transfer',
      'data transferred outside Kazakhstan',
      'standard contractual clauses',
      'Трансграничная передача',
      'шекараалды беру',
      'шетелге беру',
    ],
    ['transfer to a processor'],
  ],
};

describe('jurisdiction vocabulary', () => {
  it('every family has a table row', () => {
    const rowless = JURISDICTION_FAMILIES.filter((f) => !(f in TABLE) && !f.endsWith('-domains'));
    assert.deepEqual(rowless, []);
  });
  for (const [family, [found, notFound]] of Object.entries(TABLE)) {
    describe(family, () => {
      for (const text of found) it(`finds «${text}»`, () => assert.ok(vocabulary.test(family, text)));
      for (const text of notFound) it(`does not find «${text}»`, () => assert.ok(!vocabulary.test(family, text)));
    });
  }

  describe('domains, numbers and calling codes (grammar in code)', () => {
    const signs = (text: string) =>
      read(text, vocabulary).signals.map((s) => `${s.jurisdiction}/${s.kind} ${text.slice(s.start, s.end)}`);
    const cases: Array<[string, string[]]> = [
      ['Write to privacy@dalapay.kz.', ['kz/domain privacy@dalapay.kz']],
      ['See tamshy.kz or shop.ru for details.', ['kz/domain tamshy.kz', 'ru/domain shop.ru']],
      ['Versions: privacy.ru.md and privacy.kz.md', []],
      ['BIN 123456789012', ['kz/identifier BIN 123456789012']],
      ['БИН: 1234 5678 9012', ['kz/identifier БИН: 1234 5678 9012']],
      ['BIN pending', []],
      ['ИНН 7701234567, ОГРН 1027700132195', ['ru/identifier ИНН 7701234567', 'ru/identifier ОГРН 1027700132195']],
      ['Call +7 (727) 355-10-20 or +7 495 123 45 67', ['kz/phone +7 (7', 'ru/phone +7 4']],
      ['Тел.: +998 71 200 00 00', ['foreign/phone +998 7']],
    ];
    for (const [text, expected] of cases)
      it(text, () =>
        assert.deepEqual(
          signs(text).filter((s) => !/country|city/.test(s)),
          expected,
        ),
      );
  });

  describe('how a sentence names a law', () => {
    const citations = (text: string) =>
      read(text, vocabulary).citations.map(
        (c) => `${c.jurisdiction} ${c.negated ? 'negated' : (c.passing ?? 'applied')}`,
      );
    const cases: Array<[string, string[]]> = [
      ['We process data under Law No. 94-V.', ['kz applied']],
      ['The GDPR does not apply to us. We follow Law No. 94-V.', ['gdpr negated', 'kz applied']],
      [
        'Depending on where you live, under Law No. 94-V and the GDPR, you may ask us.',
        ['kz conditional', 'gdpr conditional'],
      ],
      ['We follow Law No. 94-V and, where applicable, the GDPR.', ['kz applied', 'gdpr conditional']],
      ['We follow Law No. 94-V; the GDPR may also apply to EU visitors.', ['kz applied', 'gdpr conditional']],
      ['Similar to the GDPR, Law No. 94-V gives you rights.', ['gdpr comparison', 'kz applied']],
      [
        'Our servers in Sweden are protected under the GDPR. Cross-border transfers follow the GDPR.',
        ['gdpr applied', 'gdpr transfer'],
      ],
      [
        'Согласно ст. 5 Закона РК № 94-V. Действие GDPR на нас не распространяется.',
        ['kz applied', 'kz applied', 'gdpr negated'],
      ],
      ['Cal. Civ. Code § 1798.100 applies.', ['ccpa applied', 'ccpa applied']],
      ["You may complain to the UK Information Commissioner's Office.", ['gdpr applied']],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(citations(text), expected));
  });

  // No time is asserted (the machine may be busy): a quadratic reading of 8,000 repetitions runs
  // for minutes and fails on the timeout; the growth figures are the bench's (bench/adversarial.ts).
  it('reads a long block full of laws, conditions and addresses whole', function () {
    this.timeout(120_000);
    const unit =
      'Unlike the GDPR, Law No. 94-V may apply where applicable to info@a.kz, BIN 123456789012, +7 701 000 00 00; ';
    for (const n of [2_000, 8_000]) {
      const text = unit.repeat(n);
      const reading = read(text, vocabulary);
      assert.ok(reading.citations.length >= n, 'read them all');
    }
  });
});
