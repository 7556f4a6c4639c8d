// The phrase families of vocabulary/placeholders.yaml (drafting markers and promises of contact
// details), each with wording that must and must not be found in English, Russian and Kazakh; and
// a configuration's `vocabulary` that extends them.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { findPlaceholders, type Placeholder } from '../../server/src/engine/extract/placeholders.js';
import { lexicon, type Lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';

const engine = createEngine();

function placeholders(text: string, words?: Lexicon): Placeholder[] {
  const doc = engine.parse('file:///draft.md', text);
  return doc.blocks.flatMap((block) => findPlaceholders(block, words));
}

const describeMarker = (p: Placeholder) => `${p.kind}:${p.text}`;
const describeContact = (p: Placeholder) => `${p.kind}/${p.contact}:${p.text}`;

// [family, text, what is found (empty when nothing must be)]
const ROWS: Array<[string, string, string[], (p: Placeholder) => string]> = [
  ['drafting-markers', 'Data are kept for TODO years.', ['marker:TODO'], describeMarker],
  ['drafting-markers', 'The period is TBD; the DPO is TBC.', ['marker:TBD', 'marker:TBC'], describeMarker],
  ['drafting-markers', 'Our todo list and the fixme tag are ordinary words.', [], describeMarker],
  ['drafting-markers', 'Срок хранения: УТОЧНИТЬ.', ['marker:УТОЧНИТЬ'], describeMarker],
  ['drafting-markers', 'Просим уточнить срок и указать адрес.', [], describeMarker],
  ['drafting-markers', 'Сақтау мерзімі: НАҚТЫЛАУ.', ['marker:НАҚТЫЛАУ'], describeMarker],
  ['drafting-markers', 'Деректерді толтыру тәртібі.', [], describeMarker],
  ['drafting-markers', 'Account number XXXXX, not XX or TODOS.', ['marker:XXXXX'], describeMarker],
  [
    'contact-promise-email',
    'Requests are sent to our e-mail address:',
    ['empty-contact/email:to our e-mail address'],
    describeContact,
  ],
  ['contact-promise-email', 'Requests are sent to privacy@acme.example.', [], describeContact],
  [
    'contact-promise-email',
    'Запросы принимаются по адресу электронной почты.',
    ['empty-contact/email:по адресу электронной почты'],
    describeContact,
  ],
  ['contact-promise-email', 'Запросы принимаются по электронной почте dpo@acme.kz.', [], describeContact],
  [
    'contact-promise-phone',
    'Call us on the phone number',
    ['empty-contact/phone:on the phone number'],
    describeContact,
  ],
  ['contact-promise-phone', 'Call us on the phone number +7 701 555 0101.', [], describeContact],
  ['contact-promise-phone', 'Звоните по номеру телефона:', ['empty-contact/phone:по номеру телефона'], describeContact],
  [
    'contact-promise-address',
    'Write to our registered address.',
    ['empty-contact/address:to our registered address'],
    describeContact,
  ],
  ['contact-promise-address', 'Write to our registered address in Astana, 12 Abay Avenue.', [], describeContact],
  ['contact-promise-address', 'Письма направляйте по адресу:', ['empty-contact/address:по адресу'], describeContact],
  ['contact-promise-label', 'Tel.:', ['empty-contact/any:Tel.'], describeContact],
  ['contact-promise-label', 'The address of our office is in Astana', [], describeContact],
  ['contact-promise-label', 'Эл. почта:', ['empty-contact/any:Эл. почта'], describeContact],
  // A Russian label may end a longer word: the label found is its end.
  ['contact-promise-label', 'Вебсайт:', ['empty-contact/any:сайт'], describeContact],
  [
    'contact-promise-label',
    'Электрондық пошта мекенжайы:',
    ['empty-contact/any:Электрондық пошта мекенжайы'],
    describeContact,
  ],
  ['contact-promise-label', 'Электрондық пошта мекенжайы: info@acme.kz', [], describeContact],
  ['contact-promise-any', 'Өтініштер мекенжайы бойынша', ['empty-contact/any:мекенжайы бойынша'], describeContact],
  ['contact-promise-any', 'Өтініштер заңды мекенжайы бойынша қабылданады.', [], describeContact],
  [
    'contact-promise-by-phone',
    'Reach us by phone or at the email.',
    ['empty-contact/any:by phone or at the email'],
    describeContact,
  ],
  [
    'contact-promise-by-phone',
    'Свяжитесь с нами по телефону или по электронной почте.',
    ['empty-contact/any:по телефону или по электронной почте'],
    describeContact,
  ],
];

describe('placeholder vocabulary', () => {
  for (const [family, text, expected, show] of ROWS) {
    it(`${family}: ${expected.length > 0 ? 'finds' : 'finds nothing in'} «${text}»`, () => {
      const kind = family === 'drafting-markers' ? 'marker' : 'empty-contact';
      assert.deepEqual(
        placeholders(text)
          .filter((p) => p.kind === kind)
          .map(show),
        expected,
      );
    });
  }

  it('every family of placeholders.yaml has a row', () => {
    const tested = new Set(ROWS.map(([family]) => family));
    for (const family of [
      'drafting-markers',
      'contact-promise-email',
      'contact-promise-phone',
      'contact-promise-address',
      'contact-promise-label',
      'contact-promise-any',
      'contact-promise-by-phone',
    ]) {
      assert.ok(lexicon().has(family), family);
      assert.ok(tested.has(family), family);
    }
  });

  it('a configuration adds a drafting marker and a contact label', () => {
    const text = 'Срок хранения: ДОПИСАТЬ.\n\nWhatsApp:';
    assert.deepEqual(placeholders(text).map(describeContact), []);
    const words = lexicon({
      'drafting-markers': { ru: ['ДОПИСАТЬ'] },
      'contact-promise-label': { en: ['WhatsApp'] },
    });
    assert.deepEqual(
      placeholders(text, words).map((p) => `${p.kind}:${p.text}`),
      ['marker:ДОПИСАТЬ', 'empty-contact:WhatsApp'],
    );
  });
});
