import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\njurisdictions: [kz]\n---\n`;

ruleTester('retention-inconsistent', {
  valid: [
    {
      name: 'the same period twice',
      text: `${fm('en')}Payment card details are kept for 5 years.\n\nWe retain payment card details for five (5) years.\n`,
    },
    {
      name: 'two periods in one sentence for different data',
      text: `${fm('en')}We keep payment data for 5 years and chat logs for six (6) months.\n`,
    },
    {
      name: 'at least 5 years and 5 years agree',
      text: `${fm('en')}Payment data are stored for at least 5 years.\n\nPayment data are stored for 5 years.\n`,
    },
    {
      name: 'different data',
      text: `${fm('ru')}Данные платежных карт хранятся 5 лет.\n\nДанные для рекламных рассылок хранятся 1 год.\n`,
    },
    {
      name: 'different start events',
      text: `${fm('en')}Payment data are kept for 5 years from the date of payment.\n\nPayment data are kept for 1 year after account closure.\n`,
    },
    {
      // The sentence is about the chat history row, not the call recordings row of the same category.
      name: 'a sentence agrees with the table row that names its data best',
      text: `${fm('ru')}| Данные | Срок хранения |\n|---|---|\n| Записи разговоров с контакт-центром | 1 год |\n| История переписки с чат-ботом | 6 месяцев |\n\nВ чат-боте мы храним историю переписки 6 месяцев.\n`,
    },
    {
      name: 'the sentence first, the table after it',
      text: `${fm('en')}We keep the chat history with the bot for 6 months.\n\n| Data | Retention |\n|---|---|\n| Call recordings | 1 year |\n| Chat history with the bot | 6 months |\n`,
    },
    {
      // Both rows name logs: the words do not tell which one the sentence means, and one agrees.
      name: 'a sentence two rows match equally, one of them agreeing',
      text: `${fm('kk')}| Деректер | Сақтау мерзімі |\n|---|---|\n| Жарнамалық хабарламалар журналы | 3 жыл |\n| Қосымшаға кіру журналдары | 12 ай |\n\nӘрекеттер журналда тіркеледі, журнал 1 жыл сақталады.\n`,
    },
    {
      name: 'rows of one table are separate entries',
      text: `${fm('en')}| Purpose | Data | Retention period |\n|---|---|---|\n| Payments | Name, e-mail | 5 years |\n| Newsletters | Name, e-mail | 1 year |\n`,
    },
    {
      name: 'a sentence that agrees with the table row of its own data, beside another row of the same kind',
      text: `${fm('ru')}| Данные | Срок хранения |\n|---|---|\n| Записи разговоров с колл-центром | 1 год |\n| История переписки в чате поддержки | 6 месяцев |\n\nИсторию переписки в чате мы храним 6 месяцев.\n`,
    },
    {
      name: 'the same, with the sentence before the table',
      text: `${fm('en')}We keep the chat history for 6 months.\n\n| Data | Retention period |\n|---|---|\n| Call recordings | 1 year |\n| Chat history with support | 6 months |\n`,
    },
    {
      name: 'working days against calendar days',
      text: `${fm('ru')}Записи звонков хранятся 30 календарных дней.\n\nЗаписи звонков хранятся 20 рабочих дней.\n`,
    },
    {
      name: 'data narrowed down by other words are other data',
      text: `${fm('en')}Personal data are stored for 5 years from the end of the contract.\n\nPersonal data of unsuccessful applicants are stored for 6 months.\n`,
    },
    {
      name: 'a deletion deadline is no retention period',
      text: `${fm('en')}Payment data are kept for 5 years.\n\nWe will delete stored payment data within 30 days of a justified request.\n`,
    },
    {
      name: 'a cookie lifetime is no retention period of other data',
      text: `${fm('en')}Technical logs are kept for 90 days.\n\n| Cookie | Purpose | Lifetime |\n|---|---|---|\n| sid | Keeps you signed in | 1 year |\n\nAnalytics cookies are stored for up to 2 years.\n`,
    },
    {
      name: 'a deadline to delete after the contract ends is no period of keeping',
      text: `${fm('en')}Payment data are kept for 5 years.\n\nAfter the contract ends, payment data are deleted within 30 days.\n`,
    },
    {
      name: 'a default the user may change is an exception, not a second rule',
      text: `${fm('en')}We store outbound e-mails for 30 days.\n\nIf you would like outbound e-mails kept longer than the default of 7 days, change the setting.\n`,
    },
    {
      name: 'the versions of one file agree',
      text: `${fm('ru')}<!-- lang: ru -->\n\nДанные платежных карт хранятся 5 лет.\n\n<!-- lang: kk -->\n\nТөлем карталарының деректері 5 жыл сақталады.\n`,
    },
  ],
  invalid: [
    {
      name: 'two English periods for the same data',
      text: `${fm('en')}## Retention\n\nPayment card details are kept for five (5) years.\n\n## Security\n\nWe retain payment card details for seven years.\n`,
      errors: [{ messageId: 'conflict', text: 'seven years', message: 'line 8 (5 years)' }],
    },
    {
      name: 'a table row and a sentence',
      text: `${fm('ru')}| Персональные данные | Срок хранения |\n|---|---|\n| Реквизиты платежной карточки | 5 лет |\n\nРеквизиты платежной карточки хранятся 3 года.\n`,
      errors: [{ messageId: 'conflict', text: '3 года' }],
    },
    {
      name: 'a sentence against the row that names its data best',
      text: `${fm('ru')}| Данные | Срок хранения |\n|---|---|\n| Записи разговоров с контакт-центром | 1 год |\n| История переписки с чат-ботом | 6 месяцев |\n\nВ чат-боте мы храним историю переписки 1 год.\n`,
      errors: [{ messageId: 'conflict', text: '1 год', message: 'line 9 (6 months)' }],
    },
    {
      name: 'a sentence that agrees with no row of the table covering its data',
      text: `${fm('ru')}| Данные | Срок хранения |\n|---|---|\n| Записи разговоров с колл-центром | 1 год |\n| История переписки в чате поддержки | 6 месяцев |\n\nИсторию переписки в чате мы храним 2 года.\n`,
      errors: [{ messageId: 'conflict', text: '2 года' }],
    },
    {
      name: 'the same narrowed-down data, two periods',
      text: `${fm('en')}Data of unsuccessful applicants are stored for 6 months.\n\nData of unsuccessful applicants are stored for 1 year.\n`,
      errors: [{ messageId: 'conflict', text: '1 year' }],
    },
    {
      name: 'two lifetimes of the same cookie',
      text: `${fm('en')}The sid cookie is stored for 30 days.\n\nThe sid cookie is stored for 90 days.\n`,
      errors: [{ messageId: 'conflict', text: '90 days' }],
    },
    {
      name: 'two deadlines to delete the same logs',
      text: `${fm('ru')}Журналы сервера удаляются по истечении 90 дней.\n\nЖурналы сервера удаляются по истечении 30 дней.\n`,
      errors: [{ messageId: 'conflict', text: '30 дней' }],
    },
    {
      name: 'a minimum that the other falls short of',
      text: `${fm('en')}Personal data are stored for at least 5 years.\n\nPersonal data are stored for 3 years.\n`,
      errors: [{ messageId: 'conflict', text: '3 years' }],
    },
    {
      name: 'a Kazakh version that disagrees with the primary Russian one, fixed',
      text: `${fm('ru')}<!-- lang: ru -->\n\nДанные платежных карт хранятся 5 лет.\n\n<!-- lang: kk -->\n\nТөлем карталарының деректері 3 жыл сақталады.\n`,
      errors: [{ messageId: 'version-conflict', text: '3 жыл', message: 'primary (Russian) version' }],
      output: `${fm('ru')}<!-- lang: ru -->\n\nДанные платежных карт хранятся 5 лет.\n\n<!-- lang: kk -->\n\nТөлем карталарының деректері 5 жыл сақталады.\n`,
    },
    {
      // A word a lawyer adds to `period-genitive-before` reaches the fix: «в продолжение 3 лет», not
      // the nominative «3 года» the built-in list would give.
      name: 'a configured genitive word reaches the rewritten period',
      text: `${fm('en')}<!-- lang: en -->\n\nPayment card details are kept for 3 years.\n\n<!-- lang: ru -->\n\nДанные платежных карт хранятся в продолжение 5 лет.\n`,
      config: { primaryLanguage: 'en', vocabulary: { 'period-genitive-before': { ru: ['в продолжение'] } } },
      errors: [{ messageId: 'version-conflict', text: '5 лет' }],
      output: `${fm('en')}<!-- lang: en -->\n\nPayment card details are kept for 3 years.\n\n<!-- lang: ru -->\n\nДанные платежных карт хранятся в продолжение 3 лет.\n`,
    },
    {
      name: 'a Russian version rewritten in its own words-and-digits style and case',
      text: `${fm('en')}<!-- lang: en -->\n\nPayment card details are kept for five (5) years.\n\n<!-- lang: ru -->\n\nДанные платежных карт хранятся в течение трех (3) лет.\n`,
      config: { primaryLanguage: 'en' },
      errors: [{ messageId: 'version-conflict', text: 'трех (3) лет' }],
      output: `${fm('en')}<!-- lang: en -->\n\nPayment card details are kept for five (5) years.\n\n<!-- lang: ru -->\n\nДанные платежных карт хранятся в течение пяти (5) лет.\n`,
    },
  ],
});
