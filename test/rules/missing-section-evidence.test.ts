// missing-section: words on the item's topic that do not state the item. A form the user fills in
// to give data is no way to contact the operator; an invitation to use a form is one.
import { ruleTester } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

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

ruleTester('missing-section', {
  valid: (['en', 'ru', 'kk'] as const).map((lang) => ({
    name: `kz:contacts ${lang}: an invitation to use a form is a way to contact the operator`,
    text: policy(lang, 'kz', [...kzWithout(lang, 'contacts'), channel[lang]]),
  })),
  invalid: (['en', 'ru', 'kk'] as const).map((lang) => ({
    name: `kz:contacts ${lang}: a form the user fills in to give data is not a way to contact the operator`,
    text: policy(lang, 'kz', [...kzWithout(lang, 'contacts'), filledIn[lang]]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:contacts' } }],
  })),
});
