// missing-section: Law 94-V storage in Kazakhstan (Art. 12 p.2) missing where the policy keeps the
// data abroad. The finding quotes the statement of storage abroad: servers in a named country, a
// foreign cloud region by its code (ap-southeast-1, europe-west1) or by its name beside a cloud
// provider (Azure "West Europe"). A region at home (kz1), a version number, a copy abroad or a
// mere possibility is no statement of storage abroad: the plain finding stands.
// A statement of storage abroad does not state storage in Kazakhstan though it has the words of a
// place of storage ("servers located in Germany"): it is reported, quoted, not taken as the item.
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
  // Servers placed in a country abroad by name: once taken for storage in Kazakhstan.
  ['en', 'We keep all accounts on servers located in Germany.', 'We keep all accounts on servers located in Germany'],
  ['en', 'Our servers are located in the Netherlands.', 'Our servers are located in the Netherlands'],
  ['en', 'The customer database is located in Dublin, Ireland.', 'The customer database is located in Dublin, Ireland'],
  ['ru', 'Наши серверы расположены в Германии.', 'Наши серверы расположены в Германии'],
  ['ru', 'База данных клиентов находится в Нидерландах.', 'База данных клиентов находится в Нидерландах'],
  ['kk', 'Біздің серверлеріміз Германияда орналасқан.', 'Біздің серверлеріміз Германияда орналасқан'],
  // A cloud region named by its city, beside the provider.
  ['en', 'Accounts are hosted on AWS in the Frankfurt region.', 'Accounts are hosted on AWS in the Frankfurt region'],
  ['en', 'We store order history in AWS Frankfurt.', 'We store order history in AWS Frankfurt'],
  ['ru', 'Данные клиентов размещены в AWS, регион Франкфурт.', 'Данные клиентов размещены в AWS, регион Франкфурт'],
  ['kk', 'Деректер AWS Франкфурт аймағында сақталады.', 'Деректер AWS Франкфурт аймағында сақталады'],
  // The provider in another cell of the region's table row.
  [
    'en',
    '| Provider | Role |\n|---|---|\n| Hetzner Online | Hosting of the app (Helsinki region) |',
    'Hosting of the app (Helsinki region)',
  ],
  [
    'ru',
    '| Поставщик | Роль |\n|---|---|\n| DigitalOcean | Хостинг приложения (регион Амстердам) |',
    'Хостинг приложения (регион Амстердам)',
  ],
];

/** Storage in Kazakhstan in the words of a place of storage: the item is stated, nothing is reported. */
const AT_HOME: Array<[Lang, string]> = [
  ['en', 'Our servers are located in Kazakhstan.'],
  ['en', 'We keep all accounts on servers located in the Republic of Kazakhstan.'],
  ['en', 'The customer database is located in Almaty, Kazakhstan.'],
  ['ru', 'Наши серверы расположены в Республике Казахстан.'],
  ['kk', 'Біздің серверлеріміз Қазақстан Республикасында орналасқан.'],
  // A copy abroad beside the database at home is a transfer, not storage abroad.
  ['en', 'The customer database is located in Kazakhstan; encrypted backups are kept in Germany.'],
];

/** No statement of storage abroad: a region at home, a version number, a copy, a possibility. */
const NOT_ABROAD: Array<[Lang, string]> = [
  ['en', 'Customer records are stored with Yandex Cloud in the kz1 region.'],
  ['en', 'Customer records are stored in the kz-almaty-1 zone of our provider.'],
  ['en', 'Customer records are stored by release v1-2 of our software.'],
  ['en', 'Encrypted backups are stored in AWS eu-west-1.'],
  ['en', 'Customer records may be stored in AWS eu-west-1.'],
  ['en', 'Customer records are stored in the west europe office archive.'],
  ['en', 'Our support office is located in Frankfurt.'],
  // A city in a row that names no cloud provider.
  ['en', '| Office | Role |\n|---|---|\n| Sales team | Hosting of events (Frankfurt region) |'],
  ['en', 'Our servers may be located in Germany.'],
  ['kk', 'Біздің серверлеріміз Қазақстан Республикасынан тыс жерде орналасуы мүмкін.'],
  ['en', 'Encrypted backups are kept on servers located in Ireland.'],
  ['ru', 'Данные хранятся в облаке провайдера, версия api-v2-1.'],
  ['kk', 'Деректер kz1 аймағындағы бұлтта сақталады.'],
];

const STORAGE_HEADING: Record<Lang, string> = {
  en: '## Where we store data',
  ru: '## Место хранения данных',
  kk: '## Деректерді сақтау орны',
};

const underStorageHeading = (lang: Lang, text: string): string =>
  policy(lang, 'kz', [...others(lang), `${STORAGE_HEADING[lang]}\n\n${text}`]);

ruleTester('missing-section', {
  valid: [
    ...AT_HOME.map(([lang, sentence]) => ({
      name: `${lang} (at home): ${sentence}`,
      text: withHosting(lang, sentence),
    })),
    // A section of its own that names Kazakhstan beside a copy abroad keeps its heading's word.
    {
      name: 'en (at home, heading): a database in Almaty and backups abroad',
      text: underStorageHeading(
        'en',
        'Our main database is in Almaty. Backups are kept on servers located in Germany.',
      ),
    },
  ],
  invalid: [
    ...ABROAD.map(([lang, sentence, quote]) => ({
      name: `${lang}: ${sentence}`,
      text: withHosting(lang, sentence),
      errors: [abroad(quote)],
    })),
    // The heading of a section on where data are stored does not state the item when the section keeps them abroad.
    ...(
      [
        ['en', 'Our servers are located in the Netherlands.', 'Our servers are located in the Netherlands'],
        ['ru', 'Наши серверы расположены в Германии.', 'Наши серверы расположены в Германии'],
        ['kk', 'Біздің серверлеріміз Германияда орналасқан.', 'Біздің серверлеріміз Германияда орналасқан'],
      ] as Array<[Lang, string, string]>
    ).map(([lang, sentence, quote]) => ({
      name: `${lang} (heading): ${sentence}`,
      text: underStorageHeading(lang, sentence),
      errors: [abroad(quote)],
    })),
    ...NOT_ABROAD.map(([lang, sentence]) => ({
      name: `${lang} (guard): ${sentence}`,
      text: withHosting(lang, sentence),
      errors: [plain],
    })),
  ],
});
