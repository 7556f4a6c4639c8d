// Facts that state a requirement by their form: contacts, a company with its legal form, a BIN,
// and the policy's own date (not the date of a law it cites).
import assert from 'node:assert/strict';
import { findFacts } from '../../server/src/engine/extract/requirements/facts.js';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';

const kinds = (text: string) => findFacts(text).map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);

describe('requirement facts', () => {
  const cases: Array<[string, string, string[]]> = [
    ['an e-mail address', 'Write to privacy@dalapay.kz.', ['email: privacy@dalapay.kz']],
    ['a Kazakhstan mobile number', 'Телефон: +7 701 555 12 34', ['phone: +7 701 555 12 34']],
    ['a toll-free number with dashes', 'Звоните 8-800-080-12-34.', ['phone: 8-800-080-12-34']],
    ['an English street address', 'We are at 12 Abay Avenue, Almaty.', ['postal-address: 12 Abay Avenue']],
    ['a Russian street address', 'Адрес: г. Алматы, ул. Абая, 12.', ['postal-address: ул. Абая, 12']],
    ['a Kazakh avenue', 'Мекенжайы: Алматы қ., Абай даңғылы, 12 үй.', ['postal-address: даңғылы, 12']],
    [
      'a postcode before the country',
      '050000, Republic of Kazakhstan, Almaty',
      ['postal-address: 050000, Republic of Kazakhstan'],
    ],
    ['a company in English', 'Dala Pay LLP processes the data.', ['legal-entity: Pay LLP']],
    ['a company in Russian', 'Оператор — ТОО «Dala Pay».', ['legal-entity: ТОО «']],
    ['a company in Kazakh', 'Оператор — «Dala Pay» ЖШС.', ['legal-entity: » ЖШС']],
    ['a state school in Russian', 'Оператор — КГУ «Средняя школа № 7».', ['legal-entity: КГУ «']],
    ['a state school in Kazakh', 'Оператор — «№ 7 орта мектеп» КММ.', ['legal-entity: » КММ']],
    ['a state clinic in Kazakh', '«Қалалық емхана» ШЖҚ МКҚК', ['legal-entity: » ШЖҚ']],
    ['a university abbreviation is no form', 'Студенты МГУ «Ломоносов» пишут нам.', []],
    [
      'a legal form in words',
      'Товарищество с ограниченной ответственностью «Dala Pay»',
      ['legal-entity: Товарищество с ограниченной ответственностью'],
    ],
    ['a BIN', 'БИН: 123456789012', ['bin: БИН: 123456789012']],
    [
      'a BIN after the label written out',
      'business identification number (BIN) 123456789012',
      ['bin: business identification number (BIN) 123456789012'],
    ],
    ['a BIN label in brackets', 'бизнес-идентификационный номер (БИН) 123456789012', ['bin: БИН) 123456789012']],
    ['a number in brackets is not a label', 'BIN (see the annex) 123456789012', []],
    ['the policy’s date', 'Last updated: 1 December 2026.', ['update-date: 1 December 2026']],
    ['a Russian approval date', 'Утверждена приказом от 19.02.2026 года.', ['update-date: 19.02.2026']],
    [
      'a Kazakh approval date after the date',
      '2026 жылғы 19 ақпандағы бұйрықпен бекітілген.',
      ['update-date: 2026 жылғы 19 ақпандағы'],
    ],
    [
      'the date of a cited law is not the policy’s',
      'Law of the Republic of Kazakhstan dated 21 May 2013 No. 94-V.',
      [],
    ],
    ['a sum of money is not a phone', 'Payments of 8 000 000 tenge are checked.', []],
    // Contacts as real drafts write them, in US, Kazakh and Russian formats.
    [
      'a US street with a suite and a ZIP code',
      'Write to us at 500 Harbor Drive, Suite 210, San Diego, CA 92101.',
      ['postal-address: 500 Harbor Drive', 'postal-address: Suite 210', 'postal-address: CA 92101'],
    ],
    ['a US street abbreviated', 'Mail us at 75 Market St., Boston.', ['postal-address: 75 Market St']],
    ['a US toll-free number with dots', 'Call 1.888.555.0142 on weekdays.', ['phone: 1.888.555.0142']],
    ['a US number with an area code in brackets', 'Phone: (415) 555-0177', ['phone: (415) 555-0177']],
    ['an Astana landline with a four-digit code', 'Тел.: +7 (7172) 55-10-20', ['phone: +7 (7172) 55-10-20']],
    ['a Kazakh toll-free number', 'Байланыс орталығы: 8 800 080 12 34', ['phone: 8 800 080 12 34']],
    [
      'a Russian address with an office',
      '650000, г. Кемерово, пр. Ленина, д. 5, офис 12',
      ['postal-address: 650000, г', 'postal-address: офис 12'],
    ],
    ['a Kazakh microdistrict', 'Астана қ., Самал шағын ауданы, 15 үй', ['postal-address: шағын ауданы, 15']],
    [
      'a Russian operator with INN and OGRN',
      'ООО «Лес», ИНН 4205331875, ОГРН 1164205071436',
      ['legal-entity: ООО «', 'bin: ИНН 4205331875', 'bin: ОГРН 1164205071436'],
    ],
    ['years of storage are not an address', 'Data are kept for 5 years of the office lease.', []],
    ['a legal form must be written as such', 'We inc. the data in our index.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(kinds(text), expected));

  it('a legal form in words that a configuration adds is found', () => {
    const text = 'Общественное объединение «Dala» обрабатывает данные.';
    assert.deepEqual(kinds(text), []);
    const words = lexicon({ 'contact-legal-form-words': { ru: ['общественн* объединени*'] } });
    assert.deepEqual(
      findFacts(text, words).map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`),
      ['legal-entity: Общественное объединение'],
    );
  });
});

// An individual entrepreneur's form written after the name, as before it, in the operator's sentence.
describe('requirement facts: an entrepreneur named with the form after the name', () => {
  const entrepreneur = (text: string) =>
    findFacts(text)
      .filter((f) => f.kind === 'individual-operator')
      .map((f) => text.slice(f.start, f.end));
  const cases: Array<[string, string, string[]]> = [
    ['ЖК after a Latin name (kk)', 'Дербес деректердің операторы — Brightline ЖК, Алматы қ.', ['ЖК']],
    ['ИП after a Latin name (ru)', 'Оператор персональных данных — Brightline ИП, г. Алматы.', ['ИП']],
    ['IP after a name (en)', 'The operator of personal data is Brightline IP, Almaty.', ['IP']],
    [
      'the form in words after a comma (en)',
      'The operator of personal data is Ermekov, individual entrepreneur, Pavlodar.',
      ['individual entrepreneur'],
    ],
    [
      'the form in words after a quoted name (ru)',
      'Оператор — «Тундра» индивидуальный предприниматель.',
      ['индивидуальный предприниматель'],
    ],
    ['the form before the name is read once', 'Оператор — ИП Ермеков, г. Павлодар.', ['ИП']],
    // Guards: a network address, a sentence that names no operator, a company beside the entrepreneur.
    ['an IP address is no entrepreneur', 'The operator logs the Brightline IP address of each visit.', []],
    ['no word for the operator', 'Delivery is done by Brightline IP in Almaty.', []],
    ['a company in the paragraph', 'Оператор — ТОО «Дала», доставку выполняет Ермеков ИП.', []],
    ['plural entrepreneurs name no one', 'The operator serves Companies, individual entrepreneurs and others.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(entrepreneur(text), expected));
});
