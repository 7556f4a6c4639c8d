// missing-section: Law 94-V items stated in wording that real drafts use and the vocabulary first
// missed. Each statement stands in a section whose heading does not give the topic away, in a
// policy with every other item, so that only its words can state the item: a passive withdrawal
// («согласие может быть отозвано»), a consent given "without a time limit", a transfer to "a third
// party", data "including but not limited to" a list, storage that complies with the localisation
// requirement, and a transfer abroad the subject agrees to. An agreement with a provider is still
// no ground for a transfer abroad.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';

/** Every Kazakhstan item under its own heading, except those named. */
const kzWithout = (lang: Lang, ...absent: string[]): string[] =>
  checkedItems('kz')
    .filter((i) => !absent.includes(i.id))
    .map((i) => section(KZ[i.id]![lang]));

/** The statement under a heading that names no topic. */
const OTHER: Record<Lang, string> = {
  en: '## 12. Other terms',
  ru: '## 12. Прочие условия',
  kk: '## 12. Өзге шарттар',
};

interface Wording {
  item: string;
  lang: Lang;
  what: string;
  text: string;
}

const STATED: Wording[] = [
  {
    item: 'consent-withdrawal',
    lang: 'ru',
    what: 'consent that may be withdrawn, in the passive',
    text: 'Согласие может быть отозвано субъектом в любое время путём письменного уведомления Оператора.',
  },
  {
    item: 'consent-withdrawal',
    lang: 'en',
    what: 'consent that may be withdrawn, in the passive',
    text: 'Your consent may be withdrawn at any time by a written notice to us.',
  },
  {
    item: 'consent-withdrawal',
    lang: 'kk',
    what: 'consent that may be withdrawn, in the passive',
    text: 'Келісім кез келген уақытта жазбаша хабарлама арқылы кері қайтарып алынуы мүмкін.',
  },
  {
    item: 'consent-term',
    lang: 'ru',
    what: 'consent given without a time limit',
    text: 'Субъект дает согласие на обработку своих персональных данных без ограничения срока.',
  },
  {
    item: 'consent-term',
    lang: 'en',
    what: 'consent given without a time limit',
    text: 'You give consent to the processing of your personal data without any time limit.',
  },
  {
    item: 'consent-term',
    lang: 'kk',
    what: 'consent given without a time limit',
    text: 'Дербес деректерді өңдеуге келісім мерзімсіз беріледі.',
  },
  {
    item: 'third-parties',
    lang: 'ru',
    what: 'data passed to a third party',
    text: 'Персональные данные могут быть переданы третьей стороне только с согласия субъекта или по требованию закона.',
  },
  {
    item: 'data-list',
    lang: 'ru',
    what: 'the data processed, including but not limited to a list',
    text: 'Оператор осуществляет обработку персональных данных, включая, но не ограничиваясь:\n\n- фамилия и имя;\n- номер телефона;\n- адрес электронной почты.',
  },
  {
    item: 'data-list',
    lang: 'en',
    what: 'the data processed, including but not limited to a list',
    text: 'We process personal data, including but not limited to:\n\n- your name;\n- your phone number;\n- your e-mail address.',
  },
  {
    item: 'localisation',
    lang: 'ru',
    what: 'storage that complies with the localisation requirement',
    text: 'Хранение персональных данных осуществляется с соблюдением требований законодательства о локализации.',
  },
  {
    item: 'localisation',
    lang: 'en',
    what: 'storage that complies with the localisation requirement',
    text: 'Personal data are stored in compliance with the data localisation requirements of the Law.',
  },
  {
    item: 'cross-border',
    lang: 'ru',
    what: 'a transfer abroad the subject agrees to',
    text: 'Пользователь соглашается на передачу своих данных за пределы Республики Казахстан для хостинга.',
  },
  {
    item: 'cross-border',
    lang: 'en',
    what: 'a transfer abroad the subject agrees to',
    text: 'You agree that your data may be transferred outside Kazakhstan for hosting.',
  },
  {
    item: 'cross-border',
    lang: 'kk',
    what: 'a transfer abroad the subject agrees to',
    text: 'Сіз деректеріңіздің хостинг үшін Қазақстаннан тыс жерге берілуіне келісесіз.',
  },
];

const valid: Case[] = STATED.map((w) => ({
  name: `kz:${w.item} ${w.lang}: ${w.what}`,
  text: policy(w.lang, 'kz', [...kzWithout(w.lang, w.item), `${OTHER[w.lang]}\n\n${w.text}`]),
}));

// An agreement is a contract with the provider, not the subject's consent: still no ground.
const invalid: InvalidCase[] = [
  {
    name: 'kz:cross-border ru: a transfer abroad under an agreement with a provider has no ground',
    text: policy('ru', 'kz', [
      ...kzWithout('ru', 'cross-border'),
      `${OTHER.ru}\n\nДанные передаются за пределы Республики Казахстан по соглашению с хостинг-провайдером.`,
    ]),
    errors: [{ messageId: 'missing-ungrounded', data: { requirement: 'kz:cross-border' } }],
  },
  {
    name: 'kz:consent-withdrawal ru: consent that is given says nothing of withdrawing it',
    text: policy('ru', 'kz', [
      ...kzWithout('ru', 'consent-withdrawal'),
      `${OTHER.ru}\n\nСогласие может быть дано в письменной форме.`,
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:consent-withdrawal' } }],
  },
];

ruleTester('missing-section', { valid, invalid });
