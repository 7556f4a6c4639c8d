// missing-section: Law 94-V items stated in wording that real drafts use and the vocabulary first
// missed. Each statement stands in a section whose heading does not give the topic away, in a
// policy with every other item, so that only its words can state the item: a passive withdrawal
// («согласие может быть отозвано»), a consent given "without a time limit", a transfer to "a third
// party", data "including but not limited to" a list, storage that complies with the localisation
// requirement, a transfer abroad the subject agrees to, requests «по вопросам …» that are considered
// within a time, and data listed under "Composition of data". An agreement with a provider is still
// no ground for a transfer abroad.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, otherSections, policy, section } from '../fixtures/requirements/build.js';
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
  {
    item: 'requests',
    lang: 'ru',
    what: 'requests on a named topic that are considered within a time',
    text: 'Обращения по вопросам защиты персональных данных рассматриваются в срок не более десяти рабочих дней.',
  },
  {
    item: 'requests',
    lang: 'ru',
    what: 'queries on a named topic that are considered within a time',
    text: 'Запросы по вопросам обработки данных рассматриваются в течение недели со дня получения.',
  },
  {
    item: 'data-list',
    lang: 'ru',
    what: 'the personal information collected, listed in brackets',
    text: 'Мы собираем только ту персональную информацию (имя и адрес электронной почты), которую вы сами указываете в форме.',
  },
  {
    item: 'data-list',
    lang: 'en',
    what: 'the personal information collected, listed in brackets',
    text: 'We collect only the personal information (your name and e-mail address) that you type into the form yourself.',
  },
  {
    item: 'purposes',
    lang: 'en',
    what: 'data processed so that something can be done',
    text: 'Request logs are processed so that the site can be served and kept safe from abuse.',
  },
  {
    item: 'purposes',
    lang: 'en',
    what: 'data processed in order to do something',
    text: 'The details you send are processed in order to answer your message.',
  },
  {
    item: 'purposes',
    lang: 'ru',
    what: 'data processed so that something can be done',
    text: 'Журналы запросов обрабатываются для того, чтобы сайт работал надёжно и был защищён от злоупотреблений.',
  },
  {
    item: 'rights',
    lang: 'ru',
    what: 'a customer who may ask for the data to be corrected or deleted',
    text: 'Покупатель может запросить исправление или удаление данных, написав в службу поддержки.',
  },
  {
    item: 'rights',
    lang: 'en',
    what: 'a request for correction or deletion of the data',
    text: 'You may write to the support team to request correction or deletion of your personal data.',
  },
  {
    item: 'rights',
    lang: 'kk',
    what: 'a customer who may ask for the data to be corrected or deleted',
    text: 'Сатып алушы қолдау қызметіне жазып, деректерді түзету немесе жою туралы сұрай алады.',
  },
];

/** Statements under a heading that gives the topic in words real drafts use. */
const UNDER_HEADING: Array<Wording & { heading: string }> = [
  {
    item: 'data-list',
    lang: 'en',
    what: 'the data listed under "Composition of data" (a calque of «Состав данных»)',
    heading: '## 3. Scope. Composition of data',
    text: 'The User gives these details of his own accord:\n\n- surname and given name;\n- e-mail address.',
  },
  {
    item: 'data-list',
    lang: 'kk',
    what: 'the data listed under «Деректердің құрамы»',
    heading: '## 3. Деректердің құрамы',
    text: 'Пайдаланушы өз еркімен мыналарды береді:\n\n- тегі мен аты;\n- электрондық пошта мекенжайы.',
  },
  {
    item: 'purposes',
    lang: 'en',
    what: 'the uses listed under "How your data is used"',
    heading: '## 4. How your data is used',
    text: '- Signing you in and keeping your account;\n- Sending notices about your orders.',
  },
  {
    item: 'purposes',
    lang: 'ru',
    what: 'the uses listed under «Как используются данные»',
    heading: '## 4. Как используются ваши данные',
    text: '- Вход в аккаунт и его поддержка;\n- Уведомления о заказах.',
  },
  {
    item: 'purposes',
    lang: 'kk',
    what: 'the uses listed under «Деректер қалай пайдаланылады»',
    heading: '## 4. Деректер қалай пайдаланылады',
    text: '- Аккаунтқа кіру және оны қолдау;\n- Тапсырыстар туралы хабарламалар.',
  },
  {
    item: 'localisation',
    lang: 'en',
    what: 'the country given under "Server location"',
    heading: '## 7.1 Server location',
    text: '**Primary servers:** Republic of Kazakhstan',
  },
  {
    item: 'localisation',
    lang: 'ru',
    what: 'the country given under «Расположение серверов»',
    heading: '## 7.1 Расположение серверов',
    text: '**Основные серверы:** Республика Казахстан',
  },
];

const valid: Case[] = STATED.map((w) => ({
  name: `kz:${w.item} ${w.lang}: ${w.what}`,
  text: policy(w.lang, 'kz', [...kzWithout(w.lang, w.item), `${OTHER[w.lang]}\n\n${w.text}`]),
}));
for (const w of UNDER_HEADING)
  valid.push({
    name: `kz:${w.item} ${w.lang}: ${w.what}`,
    text: policy(w.lang, 'kz', [...kzWithout(w.lang, w.item), `${w.heading}\n\n${w.text}`]),
  });

// GDPR: the purpose written into the sentence that says what is done with the data.
valid.push(
  {
    name: 'gdpr:purposes en: data stored and used only for the purpose of answering',
    text: policy('en', 'gdpr', [
      ...otherSections('gdpr', 'en', 'purposes'),
      `${OTHER.en}\n\nWhat you type into the support form is stored and used solely for the purpose of answering you.`,
    ]),
  },
  {
    name: 'gdpr:purposes en: data passed on for the purpose of payment processing',
    text: policy('en', 'gdpr', [
      ...otherSections('gdpr', 'en', 'purposes'),
      `${OTHER.en}\n\nYour order details go to the card processor for the purpose of payment processing only.`,
    ]),
  },
);

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
    name: 'kz:data-list en: personal information collected from a source lists no data',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'data-list'),
      `${OTHER.en}\n\nWe collect personal information directly from you and from the devices you use.`,
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:data-list' } }],
  },
  {
    name: 'kz:data-list ru: personal information collected from a source lists no data',
    text: policy('ru', 'kz', [
      ...kzWithout('ru', 'data-list'),
      `${OTHER.ru}\n\nМы собираем персональную информацию непосредственно от вас и с ваших устройств.`,
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:data-list' } }],
  },
  {
    name: 'kz:consent-withdrawal ru: consent that is given says nothing of withdrawing it',
    text: policy('ru', 'kz', [
      ...kzWithout('ru', 'consent-withdrawal'),
      `${OTHER.ru}\n\nСогласие может быть дано в письменной форме.`,
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:consent-withdrawal' } }],
  },
  {
    name: 'kz:requests ru: disputes on a named topic considered in court are no requests procedure',
    text: policy('ru', 'kz', [
      ...kzWithout('ru', 'requests'),
      `${OTHER.ru}\n\nСпоры по вопросам исполнения договора рассматриваются в суде по месту нахождения Оператора.`,
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:requests' } }],
  },
];

ruleTester('missing-section', { valid, invalid });
