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
  ],
  invalid: [
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
