// The phrase families the requirement evidence reads (vocabulary/contacts.yaml, negation.yaml,
// dates.yaml): for each family, phrases that must and must not be found, in English, Russian and
// Kazakh. How the grammar around the words reads them is tested in requirement-facts.test.ts.
import assert from 'node:assert/strict';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';

type Row = [lang: 'en' | 'ru' | 'kk', text: string, found: boolean];

const TABLE: Record<string, Row[]> = {
  'contact-street': [
    ['en', 'at 500 Harbor Drive', true],
    ['en', 'Suite 210', true],
    ['en', 'a drive to improve the service', true],
    ['en', 'our strategy', false],
    ['ru', 'ул. Абая, 10', true],
    ['ru', 'проспект Абая', true],
    ['ru', 'в улучшенном виде', false],
    ['kk', 'Достық даңғылы, 91', true],
    ['kk', 'Самал шағын ауданы', true],
    ['kk', 'даңғыл жол', false],
  ],
  'contact-street-name-end': [
    ['en', '75 Market St', true],
    ['en', '12 Abay Avenue', true],
    ['en', 'the market state', false],
  ],
  'contact-place': [
    ['en', '010000, Astana', true],
    ['en', 'Republic of Kazakhstan', true],
    ['en', 'the capital', false],
    ['ru', '050000, г. Алматы', true],
    ['ru', 'Российская Федерация', true],
    ['ru', 'городской', false],
    ['kk', 'Алматы қаласы', true],
    ['kk', 'Қазақстан', true],
    ['kk', 'қалалық', false],
  ],
  'contact-invitation': [
    ['en', 'please contact us through', true],
    ['en', 'write to us at', true],
    ['en', 'contact the bank', false],
    ['ru', 'свяжитесь с нами через', true],
    ['ru', 'напишите нам', true],
    ['ru', 'связь с банком', false],
    ['kk', 'бізбен байланысыңыз', true],
    ['kk', 'бізге жазыңыз', true],
    ['kk', 'байланыс орталығы', false],
  ],
  'contact-form': [
    ['en', 'use the contact form in the app', true],
    ['en', 'the form of consent', false],
    ['ru', 'через форму обратной связи', true],
    ['ru', 'в письменной форме', false],
    ['kk', 'кері байланыс нысаны арқылы', true],
    ['kk', 'жазбаша нысанда', false],
  ],
  'contact-legal-form-words': [
    ['en', 'a limited liability partnership', true],
    ['en', 'limited liability', false],
    ['ru', 'товарищество с ограниченной ответственностью', true],
    ['ru', 'ограниченная ответственность', false],
    ['kk', 'жауапкершілігі шектеулі серіктестігі', true],
    ['kk', 'жауапкершілік', false],
  ],
  'contact-individual-form': [
    ['en', 'Individual Entrepreneur Serikov', true],
    ['en', 'an individual customer', false],
    ['ru', 'ИП Сериков', true],
    ['ru', 'индивидуальный предприниматель Сериков', true],
    ['ru', 'типовой договор', false],
    ['kk', 'жеке кәсіпкер Серіков', true],
    ['kk', 'жеке деректер', false],
  ],
  'contact-operator': [
    ['en', 'the data controller is', true],
    ['en', 'the cooperation', false],
    ['ru', 'Оператором является', true],
    ['ru', 'операция', false],
    ['kk', 'Дербес деректердің операторы', true],
    ['kk', 'өңдеу', false],
  ],
  'contact-operator-acts': [
    ['en', 'collects and uses the personal data of players', true],
    ['en', 'delivers parcels to customers', false],
    ['ru', 'собирает, хранит и использует персональные данные участников', true],
    ['ru', 'доставляет заказы покупателям', false],
    ['kk', 'дербес деректерін қалай жинайтынын', true],
    ['kk', 'тапсырыстарды жеткізеді', false],
  ],
  'contact-request': [
    ['en', 'Requests can be sent to', true],
    ['en', 'enquiries go to', true],
    ['en', 'we may change this notice', false],
    ['ru', 'направьте запрос', true],
    ['ru', 'ваше обращение', true],
    ['ru', 'мы храним данные', false],
    ['kk', 'сұрауларды жіберіңіз', true],
    ['kk', 'өтінішіңізді', true],
    ['kk', 'деректерді сақтаймыз', false],
  ],
  'not-subject-rights': [
    ['en', 'we reserve the right to change', true],
    ['en', 'this does not reduce your rights', true],
    ['en', 'nothing in it reduces your rights', true],
    ['en', 'you have the right to access', false],
    ['ru', 'Оператор вправе изменить', true],
    ['ru', 'оставляем за собой право', true],
    ['ru', 'не ограничивает ваших прав', true],
    ['ru', 'вы вправе требовать', false],
    ['kk', 'Оператор осы Саясатқа өзгерістер енгізуге құқылы', true],
    ['kk', 'құқықтарыңызды шектемейді', true],
    ['kk', 'сіз білуге құқылысыз', false],
  ],
  'drafting-instruction': [
    ['en', 'Replace in the final version: state the name', true],
    ['en', 'the final version of the policy', false],
    ['ru', 'Замените в финальной версии: укажите', true],
    ['ru', 'в финальной версии политики', false],
    ['kk', 'Қорытынды нұсқада ауыстырыңыз: көрсетіңіз', true],
    ['kk', 'саясаттың қорытынды нұсқасы', false],
  ],
  'date-update-labels': [
    ['en', 'Last updated:', true],
    ['en', 'Effective 2 October 2026', true],
    ['en', 'the Law of 21 May 2013', false],
    ['ru', 'Редакция от 1 марта', true],
    ['ru', 'вступает в силу', true],
    ['ru', 'Закон от 21 мая 2013 года', false],
    ['kk', 'Жаңартылған күні', true],
    ['kk', 'күшіне енді', true],
    ['kk', '2013 жылғы 21 мамырдағы Заң', false],
  ],
};

describe('requirement vocabulary: phrase families', () => {
  const words = lexicon();
  for (const [family, rows] of Object.entries(TABLE)) {
    describe(family, () => {
      it('is a built-in family with phrases in English, Russian and Kazakh', () => {
        assert.ok(words.has(family));
        for (const lang of new Set(rows.map((r) => r[0]))) assert.ok(words.phrases(family, lang).length > 0, lang);
      });
      for (const [lang, text, found] of rows) {
        it(`${found ? 'finds' : 'does not find'} «${text}» (${lang})`, () =>
          assert.equal(words.test(family, text), found));
      }
    });
  }

  it('a configuration extends a family by its id', () => {
    const extended = lexicon({ 'contact-request': { ru: ['жалоб*'] } });
    assert.equal(extended.test('contact-request', 'ваша жалоба'), true);
    assert.equal(lexicon().test('contact-request', 'ваша жалоба'), false);
  });
});
