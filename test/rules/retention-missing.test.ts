import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string, jurisdictions?: string) =>
  `---\nlang: ${lang}\npolicy: privacy\n${jurisdictions ? `jurisdictions: [${jurisdictions}]\n` : ''}---\n`;

ruleTester('retention-missing', {
  valid: [
    {
      name: 'an English period',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe keep payment records for five (5) years from the date of payment.\n`,
    },
    {
      name: 'a Russian criterion',
      text: `${fm('ru', 'kz')}# Политика\n\nПерсональные данные хранятся до достижения целей обработки.\n`,
    },
    { name: 'a Kazakh period', text: `${fm('kk', 'kz')}# Саясат\n\nТөлем деректері 5 жыл сақталады.\n` },
    {
      name: 'a period in a retention table',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\n| Data | Retention period |\n|---|---|\n| Payment card details | 5 years from the date of payment |\n`,
    },
    {
      name: 'a vague statement is left to retention-vague',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe keep your data for as long as necessary.\n`,
    },
    { name: 'an empty document', text: `${fm('en', 'gdpr')}` },
    {
      name: 'an end alone opening a block under a retention heading, then a deadline on request',
      text: `${fm('ru', 'kz')}# Политика\n\n## Сколько храним\n\nДо отзыва согласия. Когда вы просите об удалении — стираем данные в течение 7 рабочих дней, если закон не требует хранить их дольше.\n`,
    },
    {
      name: 'a criterion under a retention heading',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\n## Retention\n\nRetention periods follow from the purposes of processing and the law.\n`,
    },
    {
      // No retention heading: the sentence alone states the criterion.
      name: 'the end set by the date on which the purposes are achieved',
      text: `${fm('en', 'kz')}# Privacy Policy\n\n## Storage and destruction\n\nRequests are kept in our mailbox. The storage period is determined by the date on which the purposes of processing set out in section 4 are achieved.\n`,
    },
    {
      name: 'the account sets the end',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nData are stored while your account is open.\n`,
    },
    {
      name: 'an end the deletion waits for, in Kazakh',
      text: `${fm('kk', 'kz')}# Саясат\n\nАккаунт жойылғаннан кейін деректер жойылады.\n`,
    },
    {
      // "Goals" for purposes: the period the goals need is a criterion, as the purposes' is.
      name: 'the period necessary for the goals of processing',
      text: `${fm('en', 'kz')}# Privacy Policy\n\nWe keep account details for the period necessary to achieve the goals of processing.\n`,
    },
    {
      name: 'deletion when the account is deleted, in Russian',
      text: `${fm('ru', 'kz')}# Политика\n\nСведения удаляются при удалении учетной записи.\n`,
    },
    {
      name: 'deletion when the account is closed, in Kazakh',
      text: `${fm('kk', 'kz')}# Саясат\n\nДеректер есептік жазба жабылған кезде жойылады.\n`,
    },
    {
      name: 'erasure when the user closes the account',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nYour details are erased when you close your account.\n`,
    },
    {
      name: 'a deletion deadline',
      text: `${fm('ru', 'kz')}# Политика\n\nЖурналы сервера удаляются по истечении 90 дней.\n`,
    },
    {
      name: 'an unlimited term is left to retention-vague',
      text: `${fm('ru', 'ru')}# Политика\n\nОбработка персональных данных осуществляется без ограничения срока.\n`,
    },
    {
      name: 'cookie lifetimes in a table',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\n| Cookie | Purpose | Lifetime |\n|---|---|---|\n| sid | Keeps you signed in | Browser session |\n`,
    },
  ],
  invalid: [
    {
      name: 'no retention at all, a Kazakhstan policy',
      text: `${fm('ru', 'kz')}# Политика конфиденциальности\n\nМы собираем имя и номер телефона.\n\nДанные защищаются шифрованием.\n`,
      errors: [
        {
          messageId: 'missing',
          text: '# Политика конфиденциальности',
          severity: 'error',
          message: 'Law 94-V, Art. 12 p.2',
        },
      ],
    },
    {
      name: 'an opening sentence that gives no end is no retention read on its own',
      text: `${fm('ru', 'kz')}# Политика\n\n## Сколько храним\n\nМы бережно относимся к данным. Вопросы о них присылайте в службу поддержки.\n`,
      errors: [{ messageId: 'missing-in-section', text: '## Сколько храним', severity: 'error' }],
    },
    {
      name: 'a retention heading over text about something else',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe collect your name.\n\n## Data retention\n\nOur office in Almaty answers questions about this policy.\n`,
      errors: [
        {
          messageId: 'missing-in-section',
          text: '## Data retention',
          message: 'GDPR Art. 13(2)(a)',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a retention heading over words of keeping that give no period: only what was recognised, as a warning',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe collect your name.\n\n## Data retention\n\nWe store data on secure servers in Almaty.\n`,
      errors: [
        {
          messageId: 'unread-section',
          text: '## Data retention',
          message: 'No retention period and no criteria were recognised',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a "Data storage and security" heading over where the data are kept: the section is named, as a warning',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe collect your name.\n\n## Data storage and security\n\nWe keep data on encrypted servers that only our staff can reach.\n`,
      errors: [
        {
          messageId: 'unread-section',
          text: '## Data storage and security',
          message: 'No retention period and no criteria were recognised',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'no jurisdiction known: a warning',
      text: `---\nlang: en\npolicy: privacy\n---\n# Privacy Policy\n\nWe collect your name.\n`,
      errors: [{ messageId: 'missing', severity: 'warning' }],
    },
    {
      name: 'storing data as needed for a task says nothing of how long',
      text: `${fm('en', 'gdpr')}# Privacy Policy\n\nWe store your data as necessary for evaluating your loan application.\n`,
      errors: [{ messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a deadline to delete on request is no retention period',
      text: `${fm('kk', 'kz')}# Құпиялылық саясаты\n\nДеректер сұрау бойынша 10 жұмыс күні ішінде жойылады.\n`,
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a deadline to answer requests is no retention period',
      text: `${fm('kk', 'kz')}# Құпиялылық саясаты\n\nОператор сұрауға үш жұмыс күні ішінде жауап береді.\n`,
      errors: [{ messageId: 'missing' }],
    },
  ],
});
