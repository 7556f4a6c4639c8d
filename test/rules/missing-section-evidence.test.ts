// missing-section: words on the item's topic that do not state the item. A form the user fills in
// to give data is no way to contact the operator; an invitation to use a form is one. A sentence
// that points elsewhere states an item only if the place it points to does. And the note on a
// guessed law says which laws the text cites only in passing.
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';
import { TITLES } from '../fixtures/requirements/types.js';

type Lang = 'en' | 'ru' | 'kk';
const kzWithout = (lang: Lang, ...absent: string[]): string[] =>
  checkedItems('kz')
    .filter((i) => !absent.includes(i.id))
    .map((i) => section(KZ[i.id]![lang]));

const filledIn: Record<Lang, string> = {
  en: '## Feedback\n\nWhen you submit the feedback form on our website, we collect your name and phone number.',
  ru: '## Обратная связь\n\nПри заполнении формы обратной связи на сайте мы обрабатываем ваше имя и номер телефона.',
  kk: '## Кері байланыс\n\nСайттағы кері байланыс нысанын толтырған кезде біз сіздің атыңызды өңдейміз.',
};
const channel: Record<Lang, string> = {
  en: '## Feedback\n\nYou can contact us by submitting the feedback form on our website.',
  ru: '## Обратная связь\n\nЗапросы можно направить через форму обратной связи на сайте.',
  kk: '## Кері байланыс\n\nСұрауларды сайттағы кері байланыс нысаны арқылы жіберіңіз.',
};

const guessed = (sentence: string): string =>
  `---\nlang: en\n---\n# ${TITLES.en}\n\nDala Pay LLP (BIN 123456789012) is registered in Almaty, Kazakhstan.\n\n${kzWithout('en').join('\n\n')}\n\n${sentence}\n`;

const invalid: InvalidCase[] = (['en', 'ru', 'kk'] as const).map((lang) => ({
  name: `kz:contacts ${lang}: a form the user fills in to give data is not a way to contact the operator`,
  text: policy(lang, 'kz', [...kzWithout(lang, 'contacts'), filledIn[lang]]),
  errors: [{ messageId: 'missing', data: { requirement: 'kz:contacts' } }],
}));
invalid.push({
  // A law cited under a condition is a mention: the note says so rather than that no law is named.
  name: 'a guess beside laws cited under a condition says what it read',
  text: guessed(
    'Depending on where you live, including under Law No. 94-V and the GDPR, you may ask for a copy of your data.',
  ),
  errors: [
    {
      messageId: 'guessed-jurisdiction-cited',
      severity: 'info',
      message: 'it cites «94-V» (line 84), «GDPR» (line 84) only in passing or under a condition',
    },
  ],
});

// A promise that points elsewhere ("whose contact details are given in section 11") states the
// responsible person only if section 11 does.
const pointer: Record<Lang, string> = {
  en: '## 9. Organisation\n\nWe have appointed a person responsible for organising the processing of personal data, whose contact details are given in section 11.',
  ru: '## 9. Организация работы\n\nКомпания назначила лицо, ответственное за организацию обработки персональных данных, контакты которого указаны в разделе 11.',
  kk: '## 9. Жұмысты ұйымдастыру\n\nДербес деректерді өңдеуді ұйымдастыруға жауапты тұлға тағайындалды, оның байланыс деректері 11-бөлімде көрсетілген.',
};
const contactsOnly: Record<Lang, string> = {
  en: '## 11. Contacts\n\nDala Pay LLP, privacy@dalapay.kz.',
  ru: '## 11. Контакты\n\nТОО «Dala Pay», privacy@dalapay.kz.',
  kk: '## 11. Байланыс\n\n«Dala Pay» ЖШС, privacy@dalapay.kz.',
};
const personThere: Record<Lang, string> = {
  en: 'The person responsible for organising the processing of personal data: Aigerim Serikova, dpo@dalapay.kz.',
  ru: 'Лицо, ответственное за организацию обработки персональных данных: Айгерим Серикова, dpo@dalapay.kz.',
  kk: 'Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға: Әйгерім Серікова, dpo@dalapay.kz.',
};
const withPointer = (lang: Lang, target: string): string =>
  policy(lang, 'kz', [...kzWithout(lang, 'responsible-person', 'contacts'), pointer[lang], target]);
for (const lang of ['en', 'ru', 'kk'] as const)
  invalid.push({
    name: `kz:responsible-person ${lang}: a promise that points to a section that names no person`,
    text: withPointer(lang, contactsOnly[lang]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:responsible-person' } }],
  });

ruleTester('missing-section', {
  valid: (['en', 'ru', 'kk'] as const)
    .map((lang) => ({
      name: `kz:contacts ${lang}: an invitation to use a form is a way to contact the operator`,
      text: policy(lang, 'kz', [...kzWithout(lang, 'contacts'), channel[lang]]),
    }))
    .concat(
      (['en', 'ru', 'kk'] as const).map((lang) => ({
        name: `kz:responsible-person ${lang}: a promise that points to a section that names the person`,
        text: withPointer(lang, `${contactsOnly[lang]}\n\n${personThere[lang]}`),
      })),
      [
        {
          // No pointing word: the sentence names the person and adds where to find more.
          name: 'kz:responsible-person ru: a named person with a reference beside the name',
          text: policy('ru', 'kz', [
            ...kzWithout('ru', 'responsible-person', 'contacts'),
            '## 9. Организация работы\n\nЛицо, ответственное за организацию обработки персональных данных, — Айгерим Серикова (контакты в разделе 11).',
            contactsOnly.ru,
          ]),
        },
      ],
    ),
  invalid,
});
