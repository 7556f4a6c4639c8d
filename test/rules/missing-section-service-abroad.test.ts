// missing-section: cross-border transfer missing where a clause sends personal data to a named
// service operated abroad (foreign-services.yaml): the finding names the service and quotes the
// clause. Each law counts its own abroad: Russian services are not abroad for 152-FZ, US clouds not
// for the GDPR (the region may be in the EU). A service of Kazakhstan, a service named only as a
// link or as a channel to write through, a denial or a possibility gives the plain finding.
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

type Lang = 'en' | 'ru' | 'kk';

const HEADING: Record<Lang, string> = {
  en: '## Tools we use',
  ru: '## Используемые сервисы',
  kk: '## Қолданылатын сервистер',
};

/** A policy of the law with every item but cross-border transfer, and a section holding the sentence. */
const withTools = (profile: string, item: string, lang: Lang, sentence: string): string =>
  policy(lang, profile, [...otherSections(profile, lang, item), `${HEADING[lang]}\n\n${sentence}`]);

const service = (requirement: string, name: string, quote: string): InvalidCase['errors'][number] => ({
  messageId: 'missing-service-abroad',
  data: { requirement },
  message: `sends personal data to «${name}», a service operated abroad («${quote}»)`,
});

const plain = (requirement: string, messageId = 'missing'): InvalidCase['errors'][number] => ({
  messageId,
  data: { requirement },
});

/** Law 94-V: [language, sentence, service as written, quoted clause]. */
const KZ_SERVICES: Array<[Lang, string, string, string]> = [
  [
    'en',
    'Contact requests from the website form are passed to amoCRM for follow-up.',
    'amoCRM',
    'Contact requests from the website form are passed to amoCRM for follow-up',
  ],
  [
    'en',
    'Visit statistics are collected through Google Analytics.',
    'Google Analytics',
    'Visit statistics are collected through Google Analytics',
  ],
  [
    'ru',
    'Заявки клиентов обрабатываются в AmoCRM и Telegram.',
    'AmoCRM',
    'Заявки клиентов обрабатываются в AmoCRM и Telegram',
  ],
  [
    'ru',
    'Сведения о посещениях передаются сервису Яндекс Метрика.',
    'Яндекс Метрика',
    'Сведения о посещениях передаются сервису Яндекс Метрика',
  ],
  ['kk', 'Өтінімдер Telegram ботына жіберіледі.', 'Telegram', 'Өтінімдер Telegram ботына жіберіледі'],
  [
    'en',
    'Account data are stored with Amazon Web Services.',
    'Amazon Web Services',
    'Account data are stored with Amazon Web Services',
  ],
];

/** Nothing sent to a service abroad: the plain finding. */
const KZ_GUARDS: Array<[Lang, string]> = [
  // A service of Kazakhstan.
  ['en', 'Card payments are processed by Kaspi Bank.'],
  ['ru', 'Платежи обрабатываются через Kaspi.kz.'],
  // Named only as a link, or as a channel the user may write through.
  ['en', 'Links to WhatsApp and Telegram lead to third-party websites that process data under their own rules.'],
  ['en', 'You can contact us on Telegram and send your question there.'],
  ['ru', 'Вы можете связаться с нами в Telegram и отправить вопрос.'],
  // A denial, a possibility, no verb of data going to the service.
  ['en', 'We do not share your data with Google Analytics.'],
  ['en', 'Visit statistics may be collected through Google Analytics.'],
  ['en', 'Follow our news on Telegram.'],
  ['ru', 'Вы вправе запросить удаление данных, которые мы обрабатываем, обратившись к менеджеру в WhatsApp.'],
  // The service far from the verb: a sentence on the policy's scope that names the app's platform.
  [
    'en',
    'This policy explains the processing of personal details that our company collects when you use the website and our Telegram bot.',
  ],
  // Data received from a service, not sent to it.
  ['en', 'When you sign in with Google, we receive your name and e-mail address.'],
];

const recipient = (requirement: string, name: string): InvalidCase['errors'][number] => ({
  messageId: 'missing-recipient-abroad',
  data: { requirement },
  message: `sends personal data to recipients abroad («${name}»`,
});

/** Recipients in a named foreign state: [profile, item, language, sentence, recipient as written]. */
const RECIPIENTS: Array<[string, string, Lang, string, string]> = [
  [
    'kz',
    'cross-border',
    'ru',
    'Заявки на полис передаются страховым организациям Республики Узбекистан для расчёта тарифа.',
    'страховым организациям Республики Узбекистан',
  ],
  [
    'kz',
    'cross-border',
    'en',
    'Claims are passed to partner insurers of the Republic of Belarus for settlement.',
    'insurers of the Republic of Belarus',
  ],
  [
    'kz',
    'cross-border',
    'kk',
    'Өтінімдер Өзбекстан Республикасының серіктес ұйымдарына беріледі.',
    'Өзбекстан Республикасының серіктес ұйымдарына',
  ],
  [
    'kz',
    'cross-border',
    'ru',
    'Резервные копии хранятся на серверах в Российской Федерации.',
    'серверах в Российской Федерации',
  ],
  [
    'ru',
    'cross-border',
    'ru',
    'Данные о заказах передаются партнёрам в Республике Беларусь.',
    'партнёрам в Республике Беларусь',
  ],
];

/** A foreign state named without a recipient, or a state that is home to the law: the plain finding. */
const RECIPIENT_GUARDS: Array<[string, string, Lang, string, string]> = [
  ['kz', 'cross-border', 'ru', 'Данные обрабатываются с учётом законодательства Российской Федерации.', 'missing'],
  [
    'ru',
    'cross-border',
    'ru',
    'Данные о заказах передаются партнёрам в Российской Федерации.',
    'missing-where-applicable',
  ],
];

ruleTester('missing-section', {
  valid: [],
  invalid: [
    ...KZ_SERVICES.map(([lang, sentence, name, quote]) => ({
      name: `kz ${lang}: ${sentence}`,
      text: withTools('kz', 'cross-border', lang, sentence),
      errors: [service('kz:cross-border', name, quote)],
    })),
    ...KZ_GUARDS.map(([lang, sentence]) => ({
      name: `kz ${lang} (guard): ${sentence}`,
      text: withTools('kz', 'cross-border', lang, sentence),
      errors: [plain('kz:cross-border')],
    })),
    ...RECIPIENTS.map(([profile, item, lang, sentence, name]) => ({
      name: `${profile} ${lang}: a recipient in a foreign state: ${sentence}`,
      text: withTools(profile, item, lang, sentence),
      errors: [recipient(`${profile}:${item}`, name)],
    })),
    ...RECIPIENT_GUARDS.map(([profile, item, lang, sentence, messageId]) => ({
      name: `${profile} ${lang} (guard): ${sentence}`,
      text: withTools(profile, item, lang, sentence),
      errors: [plain(`${profile}:${item}`, messageId)],
    })),
    // 152-FZ: a Russian service is at home, a US one abroad.
    {
      name: 'ru: a service run from Russia is not abroad for 152-FZ',
      text: withTools('ru', 'cross-border', 'ru', 'Заявки клиентов обрабатываются в AmoCRM.'),
      errors: [plain('ru:cross-border', 'missing-where-applicable')],
    },
    {
      name: 'ru: a service run from the USA is abroad for 152-FZ',
      text: withTools('ru', 'cross-border', 'ru', 'Заявки клиентов передаются в HubSpot.'),
      errors: [service('ru:cross-border', 'HubSpot', 'Заявки клиентов передаются в HubSpot')],
    },
    // GDPR: a US cloud may keep the data in the EU; a US analytics service sends them to the USA.
    {
      name: 'gdpr: a US cloud is not shown to be outside the EU',
      text: withTools('gdpr', 'transfers', 'en', 'Account data are stored with Amazon Web Services.'),
      errors: [plain('gdpr:transfers', 'missing-where-applicable')],
    },
    {
      name: 'gdpr: a US analytics service',
      text: withTools('gdpr', 'transfers', 'en', 'Usage events are sent to Mixpanel.'),
      errors: [service('gdpr:transfers', 'Mixpanel', 'Usage events are sent to Mixpanel')],
    },
  ],
});
