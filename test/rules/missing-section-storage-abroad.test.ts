// missing-section: Law 94-V storage in Kazakhstan (Art. 12 p.2) missing where the policy keeps the
// data abroad. The finding quotes the statement of storage abroad: servers in a named country, a
// foreign cloud region by its code (ap-southeast-1, europe-west1) or by its name beside a cloud
// provider (Azure "West Europe"). A region at home (kz1), a version number, a copy abroad or a
// mere possibility is no statement of storage abroad: the plain finding stands.
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';

/** Every Kazakhstan item under its own heading, except storage in Kazakhstan. */
const others = (lang: Lang): string[] =>
  checkedItems('kz')
    .filter((i) => i.id !== 'localisation')
    .map((i) => section(KZ[i.id]![lang]));

const HEADING: Record<Lang, string> = { en: '## Hosting', ru: '## Хостинг', kk: '## Хостинг' };

const withHosting = (lang: Lang, sentence: string): string =>
  policy(lang, 'kz', [...others(lang), `${HEADING[lang]}\n\n${sentence}`]);

const abroad = (quote: string): InvalidCase['errors'][number] => ({
  messageId: 'missing-stored-abroad',
  data: { requirement: 'kz:localisation' },
  message: `it says the data are kept abroad («${quote}»)`,
});

const plain: InvalidCase['errors'][number] = {
  messageId: 'missing',
  data: { requirement: 'kz:localisation' },
};

/** Statements of storage abroad, each quoted whole or by the words read. */
const ABROAD: Array<[Lang, string, string]> = [
  [
    'en',
    'Our database is hosted with AWS in the eu-central-1 region.',
    'Our database is hosted with AWS in the eu-central-1 region',
  ],
  [
    'en',
    'The service is hosted on Google Cloud in europe-west1.',
    'The service is hosted on Google Cloud in europe-west1',
  ],
  [
    'en',
    'Customer records are stored in Microsoft Azure, West Europe.',
    'Customer records are stored in Microsoft Azure, West Europe',
  ],
  ['en', 'Accounts are kept on servers based in Ireland.', 'kept on servers based in Ireland'],
  [
    'ru',
    'Данные хранятся на серверах облачного провайдера AWS (регион ap-southeast-1).',
    'Данные хранятся на серверах облачного провайдера AWS (регион ap-southeast-1)',
  ],
  [
    'ru',
    'Учётные записи размещены в Yandex Cloud, зона ru-central1-a.',
    'Учётные записи размещены в Yandex Cloud, зона ru-central1-a',
  ],
  ['ru', 'Данные хранятся на серверах в Германии.', 'хранятся на серверах в Германии'],
  ['kk', 'Деректер AWS бұлтында (us-east-1 аймағы) сақталады.', 'Деректер AWS бұлтында (us-east-1 аймағы) сақталады'],
];

/** No statement of storage abroad: a region at home, a version number, a copy, a possibility. */
const NOT_ABROAD: Array<[Lang, string]> = [
  ['en', 'Customer records are stored with Yandex Cloud in the kz1 region.'],
  ['en', 'Customer records are stored in the kz-almaty-1 zone of our provider.'],
  ['en', 'Customer records are stored by release v1-2 of our software.'],
  ['en', 'Encrypted backups are stored in AWS eu-west-1.'],
  ['en', 'Customer records may be stored in AWS eu-west-1.'],
  ['en', 'Customer records are stored in the west europe office archive.'],
  ['ru', 'Данные хранятся в облаке провайдера, версия api-v2-1.'],
  ['kk', 'Деректер kz1 аймағындағы бұлтта сақталады.'],
];

ruleTester('missing-section', {
  valid: [],
  invalid: [
    ...ABROAD.map(([lang, sentence, quote]) => ({
      name: `${lang}: ${sentence}`,
      text: withHosting(lang, sentence),
      errors: [abroad(quote)],
    })),
    ...NOT_ABROAD.map(([lang, sentence]) => ({
      name: `${lang} (guard): ${sentence}`,
      text: withHosting(lang, sentence),
      errors: [plain],
    })),
  ],
});
