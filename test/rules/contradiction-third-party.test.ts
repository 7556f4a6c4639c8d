import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('contradiction', {
  valid: [
    {
      name: 'no sale, and a payment processor',
      text: `${fm('en')}We do not sell or rent your personal data to third parties.\n\nCard payments are processed by our payment processor.\n`,
    },
    {
      name: 'no sharing for marketing, and a cloud provider',
      text: `${fm('en')}We do not share your data with third parties for their marketing.\n\nAccount data are stored with our cloud provider.\n`,
    },
    {
      name: 'an exception lets service providers in',
      text: `${fm('en')}We do not share your data with third parties except with service providers acting for us.\n\nPayments are processed by Stripe.\n`,
    },
    {
      name: 'no disclosure without consent',
      text: `${fm('en')}We do not disclose your personal data to any third party without your consent.\n\nBackups are stored on Hetzner servers.\n`,
    },
    {
      name: 'a recipient named with no verb of data going to it',
      text: `${fm('en')}We do not share your information with any third parties.\n\nOur website is protected by Cloudflare.\n`,
    },
    {
      name: 'a negated recipient clause',
      text: `${fm('en')}We do not share your information with any third parties.\n\nWe do not use any analytics service that receives your data.\n`,
    },
    {
      name: 'Russian: no transfer without consent',
      text: `${fm('ru')}Мы не передаём персональные данные третьим лицам без вашего согласия.\n\nОплата обрабатывается платёжной системой.\n`,
    },
    {
      name: 'Kazakh: no sale',
      text: `${fm('kk')}Біз дербес деректерді сатпаймыз және үшінші тұлғаларға бермейміз.\n\nТөлемдерді төлем жүйесі өңдейді.\n`,
    },
    // A denial narrowed by a purpose denies sharing for that purpose only: no processor contradicts it.
    {
      name: 'no sharing for commercial purposes, and a payment processor by brand',
      text: `${fm('en')}We do not share your data with third parties for commercial purposes.\n\nPayments are processed by Stripe.\n`,
    },
    {
      name: 'no sharing to send spam, and a payment processor',
      text: `${fm('en')}We will not pass your details to third parties to send you spam.\n\nCard details are sent to our payment processor.\n`,
    },
    {
      name: 'no sale and no use for advertising, and a payment processor',
      text: `${fm('en')}We never sell your data or use it for advertising.\n\nPayments are processed by Stripe.\n`,
    },
    {
      name: 'Russian: no transfer for commercial purposes, and a hosting provider',
      text: `${fm('ru')}Сервис не передаёт персональные данные третьим лицам в коммерческих целях.\n\nДанные учётных записей хранятся у хостинг-провайдера.\n`,
    },
    {
      name: 'Russian: no transfer for mailings, and a hosting provider',
      text: `${fm('ru')}Мы не передаём ваши контакты третьим лицам для рассылок.\n\nДанные учётных записей хранятся у хостинг-провайдера.\n`,
    },
    {
      name: 'Russian: no sale and no use for advertising, and a payment system',
      text: `${fm('ru')}Мы не продаём ваши данные и не используем их для рекламы.\n\nПлатежи обрабатывает платёжная система.\n`,
    },
    {
      name: 'Kazakh: no transfer for commercial purposes, and a payment system',
      text: `${fm('kk')}Сервис дербес деректерді коммерциялық мақсатта үшінші тұлғаларға бермейді.\n\nТөлемдерді төлем жүйесі өңдейді.\n`,
    },
  ],
  invalid: [
    // Guards: a denial for any purpose stays absolute.
    {
      name: 'no sharing for any purpose, and a payment processor',
      text: `${fm('en')}We do not share your data with third parties for any purpose.\n\nCard details are sent to our payment processor to charge your subscription.\n`,
      errors: [{ messageId: 'third-party', text: 'do not share your data with third parties' }],
    },
    {
      name: 'Russian: no transfer for any purpose, and a hosting provider',
      text: `${fm('ru')}Мы ни в каких целях не передаём персональные данные третьим лицам.\n\nДанные учётных записей хранятся у хостинг-провайдера.\n`,
      errors: [{ messageId: 'third-party', text: 'не передаём персональные данные третьим лицам' }],
    },
    {
      name: 'no third parties, and a cloud provider by brand',
      text: `${fm('en')}## Sharing\n\nWe do not share your information with any third parties.\n\n## Storage\n\nEncrypted archives of your mailbox are stored on Cloudflare R2.\n`,
      errors: [
        {
          messageId: 'third-party',
          text: 'do not share your information with any third parties',
          severity: 'info',
        },
      ],
    },
    {
      name: 'no third parties, and a payment processor by category',
      text: `${fm('en')}Your personal data are not disclosed to third parties.\n\nCard details are sent to our payment processor to charge your subscription.\n`,
      errors: [{ messageId: 'third-party', text: 'are not disclosed to third parties' }],
    },
    {
      name: 'Russian: no third parties, and a hosting provider',
      text: `${fm('ru')}Оператор не передаёт персональные данные третьим лицам.\n\nДанные учётных записей хранятся у хостинг-провайдера.\n`,
      errors: [{ messageId: 'third-party', text: 'не передаёт персональные данные третьим лицам' }],
    },
    {
      name: 'Kazakh: no third parties, and an analytics service',
      text: `${fm('kk')}Дербес деректер үшінші тұлғаларға берілмейді.\n\nСайтқа кіру деректерін аналитикалық қызмет өңдейді.\n`,
      errors: [{ messageId: 'third-party', text: 'үшінші тұлғаларға берілмейді' }],
    },
  ],
});
