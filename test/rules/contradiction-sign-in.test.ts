// contradiction: "we never share data with third parties" beside sign-in through another
// company's account (Google, Apple, Telegram): the company learns of each sign-in and passes data
// on, so it receives data. Info, as the third-party finding. A denial narrowed by its own words, a
// sign-in denied, or a named recipient (reported as third-party) gives no sign-in finding.
import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('contradiction', {
  valid: [
    {
      name: 'a denial narrowed to marketing',
      text: `${fm('en')}We do not share your data with third parties for their marketing.\n\nYou can sign in with Google or Apple.\n`,
    },
    {
      name: 'a denial with an exception',
      text: `${fm('en')}We never share your details with third parties except as this policy describes.\n\nYou may log in with Google.\n`,
    },
    {
      name: 'sign-in through a third party denied',
      text: `${fm('en')}We do not share your details with any third parties.\n\nWe do not offer sign in with Google or Facebook.\n`,
    },
    {
      name: 'a sign-in of the operator’s own',
      text: `${fm('en')}We do not share your details with any third parties.\n\nYou sign in with your e-mail address and a password.\n`,
    },
    {
      name: 'Russian: a denial without consent',
      text: `${fm('ru')}Мы не передаём данные третьим лицам без вашего согласия.\n\nДоступен вход через Google.\n`,
    },
  ],
  invalid: [
    {
      name: 'a denial and sign-in with Google',
      text: `${fm('en')}## Sharing\n\nWe never share your details with third parties.\n\n## Accounts\n\nYou can create an account or sign in with Google.\n`,
      errors: [
        {
          messageId: 'third-party-sign-in',
          text: 'never share your details with third parties',
          severity: 'info',
          message: 'sign-in through another company’s account («You can create an account or sign in with Google»)',
        },
      ],
    },
    {
      name: 'a sign-in offered under a condition is still offered',
      text: `${fm('en')}Your personal data are not disclosed to third parties.\n\nIf you choose Apple sign-in, Apple sends us your name.\n`,
      errors: [{ messageId: 'third-party-sign-in', text: 'are not disclosed to third parties' }],
    },
    {
      name: 'Russian: a denial and sign-in through Telegram',
      text: `${fm('ru')}Оператор не передаёт персональные данные третьим лицам.\n\nАвторизация через Telegram занимает несколько секунд.\n`,
      errors: [{ messageId: 'third-party-sign-in', text: 'не передаёт персональные данные третьим лицам' }],
    },
    {
      name: 'Kazakh: a denial and sign-in with a Google account',
      text: `${fm('kk')}Дербес деректер үшінші тұлғаларға берілмейді.\n\nСайтқа Google аккаунты арқылы кіруге болады.\n`,
      errors: [{ messageId: 'third-party-sign-in', text: 'үшінші тұлғаларға берілмейді' }],
    },
    {
      name: 'a named recipient is reported as such, once',
      text: `${fm('en')}We never share your details with third parties.\n\nPayments are processed by Stripe. You can also sign in with Google.\n`,
      errors: [{ messageId: 'third-party', text: 'never share your details with third parties' }],
    },
  ],
});
