import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('placeholder', {
  valid: [
    {
      name: 'a filled-in operator',
      text: `${fm('en')}# Privacy Policy\n\nDala Pay LLP (BIN 123456789012) is the operator.\n`,
    },
    {
      // The operator writes to the subject: the address is the subject's, not one the policy owes.
      name: 'ru: the operator will notify the subject by e-mail',
      text: `${fm('ru')}О важных изменениях мы уведомим вас на сайте или по электронной почте.\n`,
    },
    {
      name: 'en: the operator will notify the subject by e-mail',
      text: `${fm('en')}Before a change takes effect, we will notify you via email.\n`,
    },
    {
      // The registered address is stated in the same policy: the sentence refers to it.
      name: 'our registered address, stated elsewhere',
      text: `${fm('en')}# Privacy Policy\n\nDala Pay LLP, 12 Abay Avenue, Almaty 050000, Republic of Kazakhstan.\n\nYou may send a written request to our registered address.\n`,
    },
    {
      name: 'a table cell that describes a feature by phone number',
      text: `${fm('ru')}# Политика\n\n| Разрешение | Зачем нужно |\n|---|---|\n| Контакты | выбор получателя перевода по номеру телефона |\n`,
    },
    { name: 'a link is not a blank', text: `${fm('en')}See [our cookie notice](https://dalapay.kz/cookies).\n` },
    { name: 'references and [sic]', text: `${fm('en')}As the regulator put it [1], the data "is processed [sic]".\n` },
    {
      name: 'escaped brackets in a link reference',
      text: `${fm('ru')}Смотрите [раздел 4][s4].\n\n[s4]: https://dalapay.kz/policy#4\n`,
    },
    { name: 'lower-case todo is a word', text: `${fm('en')}A list of things to do: update records.\n` },
    {
      name: 'contact given after the colon',
      text: `${fm('en')}You can write to us at the e-mail address: privacy@dalapay.kz.\n`,
    },
    {
      name: 'Russian contact given',
      text: `${fm('ru')}Запрос направляется по адресу электронной почты: privacy@dalapay.kz.\n`,
    },
    {
      name: 'address referred to elsewhere',
      text: `${fm('ru')}Пользователь вправе направить запрос по адресу, указанному в разделе 13.\n`,
    },
    { name: 'Kazakh phone given', text: `${fm('kk')}Телефон: +7 727 355 10 20\n` },
    {
      name: 'a plain "contact us by e-mail" promises nothing more',
      text: `${fm('en')}You may contact us by e-mail.\n`,
    },
    { name: 'a task list box', text: `${fm('en')}- [x] consent form signed\n` },
    { name: 'a real short name is not a template word', text: `${fm('en')}Atyn LLP runs the Store.\n\nStore: Atyn\n` },
    {
      name: 'template words inside a sentence are ordinary words',
      text: `${fm('ru')}Название магазина указывается на главной странице сайта.\n`,
    },
    {
      name: 'a capitalised template word that names a field of the form',
      text: `${fm('en')}Enter your Company Name and e-mail to get the newsletter.\n`,
    },
    {
      name: 'a capitalised page title the analytics records is data, not a template word',
      text: `${fm('en')}We record the Page Title and address of each page you visit.\n`,
    },
    {
      name: 'a capitalised template word in a list of data, after a comma',
      text: `${fm('ru')}Мы получаем ФИО, Название организации, телефон.\n`,
    },
    {
      name: 'a template word that begins a clause after a web address and a comma',
      text: `${fm('ru')}Наш сайт — www.atyn.kz, адрес магазина указан в разделе «Контакты».\n`,
    },
    {
      name: 'a template word after a city written with a dot is no web address',
      text: `${fm('ru')}Офис находится в г.Алматы адрес компании знают все клиенты.\n`,
    },
    {
      name: 'a template word after other words about a domain',
      text: `${fm('en')}The domain is registered to us; the store address is on the contacts page.\n`,
    },
    {
      name: 'a template word at the start of a sentence',
      text: `${fm('ru')}Клиент выбирает товар. Название магазина указано в чеке.\n`,
    },
    {
      name: 'a column header is not a blank',
      text: `${fm('kk')}| Атауы | Мерзімі |\n|---|---|\n| Төлем деректері | 5 жыл |\n`,
    },
    {
      name: 'an example domain in a sentence about examples',
      text: `${fm('en')}Write the address in full, for example name@example.com.\n`,
    },
    {
      name: 'a real domain that begins like an example',
      text: `${fm('en')}Write to privacy@examplebank.kz or visit www.sitepay.kz.\n`,
    },
    { name: 'a real phone number', text: `${fm('ru')}Телефон: +7 (727) 355-10-20.\n` },
    { name: 'an amount with spaces is not a phone', text: `${fm('ru')}Штраф составляет до 1 000 000 тенге.\n` },
    {
      name: 'a label with its value on the same line',
      text: `${fm('ru')}Ответственное лицо: Серікова А. Б.\nБИН: 123456789012\n`,
    },
    {
      name: 'a label that introduces a list',
      text: `${fm('en')}Responsible person:\n\n- Aigerim Serikova, head of compliance\n`,
    },
    {
      name: 'a template word for a section named in a sentence about templates of forms',
      text: `${fm('en')}We keep e-mail templates for notices.\n`,
    },
    { name: 'code is not text', text: `${fm('en')}\`\`\`\nTODO [x] ___\n\`\`\`\n` },
    {
      name: 'a link whose text wraps over two lines',
      text: `${fm('en')}Read [the notice on\ncookies](https://dalapay.kz/cookies) and [section\nfour][s4].\n\n[s4]: https://dalapay.kz/p#4\n`,
    },
    { name: 'a reference number that wraps', text: `${fm('en')}As the court held [12\n], consent must be clear.\n` },
    {
      name: 'a bracket opened and not closed before the paragraph ends',
      text: `${fm('ru')}Сроки хранения [см. таблицу\nниже указаны в разделе 6.\n\nДанные хранятся 5 лет].\n`,
    },
    { name: 'ticked boxes on wrapped lines', text: `${fm('en')}[x] consent form signed\n[ ] retention agreed\n` },
  ],
  invalid: [
    {
      name: 'ru: the subject asked to write to the operator by e-mail, with no address, is still a blank',
      text: `${fm('ru')}Вопросы о ваших данных присылайте нам по электронной почте.\n`,
      errors: [{ messageId: 'empty-contact', text: 'по электронной почте' }],
    },
    {
      name: 'bracketed blank',
      text: `${fm('en')}# Privacy Policy of [Company name]\n`,
      errors: [{ messageId: 'bracketed', text: '[Company name]', line: 5 }],
    },
    {
      name: 'Russian bracketed blank',
      text: `${fm('ru')}Оператор — ТОО «[наименование]», БИН [●].\n`,
      errors: [
        { messageId: 'bracketed', text: '[наименование]' },
        { messageId: 'bracketed', text: '[●]' },
      ],
    },
    {
      // A requisites template pasted into a paragraph and wrapped by the editor is one blank.
      name: 'a bracketed blank that wraps over a line break',
      text: `${fm('ru')}Оператор: ["Дала ТОО", г. Алматы, ул. Абая, 10,\nБИН 123456789012, info@dala.kz].\n`,
      errors: [
        {
          messageId: 'bracketed',
          text: '["Дала ТОО", г. Алматы, ул. Абая, 10,\nБИН 123456789012, info@dala.kz]',
          line: 5,
          message: '10, БИН',
        },
      ],
    },
    {
      name: 'escaped bracket in the source still reads as a blank',
      text: `${fm('en')}Operator: \\[Company name\\].\n`,
      errors: [{ messageId: 'bracketed', text: '\\[Company name\\]' }],
    },
    {
      name: 'drafting notes',
      text: `${fm('en')}Retention: TODO agree with finance. TBD.\n`,
      errors: [
        { messageId: 'marker', text: 'TODO' },
        { messageId: 'marker', text: 'TBD' },
      ],
    },
    {
      name: 'Russian drafting note',
      text: `${fm('ru')}Срок хранения: УТОЧНИТЬ у бухгалтерии.\n`,
      errors: [{ messageId: 'marker', text: 'УТОЧНИТЬ' }],
    },
    {
      name: 'underscores',
      text: `${fm('ru')}Дата вступления в силу: «___» ________ 2025 г.\n`,
      errors: [
        { messageId: 'blank', text: '___' },
        { messageId: 'blank', text: '________' },
      ],
    },
    {
      name: 'template variable',
      text: `${fm('en')}Contact {{company_email}} for requests.\n`,
      errors: [{ messageId: 'template-variable', text: '{{company_email}}' }],
    },
    {
      name: 'empty contact in English',
      text: `${fm('en')}All questions should be reported to the Company by phone at the email\n`,
      errors: [{ messageId: 'empty-contact', text: 'by phone at the email', message: 'contact details' }],
    },
    {
      name: 'our registered address, given nowhere',
      text: `${fm('en')}# Privacy Policy\n\nYou may send a written request to our registered address.\n`,
      errors: [{ messageId: 'empty-contact', text: 'to our registered address' }],
    },
    {
      name: 'a table cell that invites contact and stops',
      text: `${fm('en')}# Privacy Policy\n\n| Topic | How |\n|---|---|\n| Complaints | Contact us by phone on the phone number |\n`,
      errors: [{ messageId: 'empty-contact' }],
    },
    {
      name: 'empty e-mail label',
      text: `${fm('en')}For requests, write to us at the e-mail address:\n\nWe answer within ten days.\n`,
      errors: [{ messageId: 'empty-contact', text: 'at the e-mail address' }],
    },
    {
      name: 'an empty e-mail is offered the address the policy states elsewhere',
      text: `${fm('en')}For requests, write to us at the e-mail address:\n\nOur data protection officer answers at dpo@dalapay.kz.\n`,
      errors: [
        {
          messageId: 'empty-contact',
          text: 'at the e-mail address',
          suggestions: [
            `${fm('en')}For requests, write to us at the e-mail address: dpo@dalapay.kz\n\nOur data protection officer answers at dpo@dalapay.kz.\n`,
          ],
        },
      ],
    },
    {
      name: 'empty contact in Russian',
      text: `${fm('ru')}Вопросы можно задать по телефону.\n`,
      errors: [{ messageId: 'empty-contact', text: 'по телефону' }],
    },
    {
      name: 'empty Kazakh label',
      text: `${fm('kk')}Электрондық пошта мекенжайы:\n`,
      errors: [{ messageId: 'empty-contact', text: 'Электрондық пошта мекенжайы' }],
    },
    {
      name: 'blank in a table cell',
      text: `${fm('en')}| Purpose | Period |\n|---|---|\n| Payments | [N] years |\n`,
      errors: [{ messageId: 'bracketed', text: '[N]' }],
    },
    {
      name: 'a store-name stand-in after a label',
      text: `${fm('en')}Operator: Store Name\n`,
      errors: [{ messageId: 'template-word', text: 'Store Name' }],
    },
    {
      name: 'a Russian template word in quotes',
      text: `${fm('ru')}Оператор — ТОО «Название компании», г. Алматы.\n`,
      errors: [{ messageId: 'template-word', text: 'Название компании' }],
    },
    {
      name: 'a Kazakh template word alone on its line',
      text: `${fm('kk')}Оператор:\nҰйымның атауы\n`,
      errors: [{ messageId: 'template-word', text: 'Ұйымның атауы' }],
    },
    {
      name: 'a Russian template word capitalised as a name inside a sentence',
      text: `${fm('ru')}Данные обрабатывают сотрудники, действующие от имени Название организации, по поручению руководства.\n`,
      errors: [{ messageId: 'template-word', text: 'Название организации' }],
    },
    {
      name: 'Russian template words for a store and a section of its site, inside a sentence',
      text: `${fm('ru')}Форма заполняется на сайте Название магазина в разделе Название раздела.\n`,
      errors: [
        { messageId: 'template-word', text: 'Название магазина' },
        { messageId: 'template-word', text: 'Название раздела' },
      ],
    },
    {
      name: 'an English template name capitalised inside a sentence',
      text: `${fm('en')}Staff act on behalf of the Name of the organization when they process data.\n`,
      errors: [{ messageId: 'template-word', text: 'Name of the organization' }],
    },
    {
      name: 'a Russian stand-in for the address right after the web address the drafter wrote',
      text: `${fm('ru')}Политика опубликована на странице по адресу www.atyn.kz адрес магазина.\n`,
      errors: [{ messageId: 'template-word', text: 'адрес магазина' }],
    },
    {
      name: 'a Russian stand-in for the address right after «на доменном имени»',
      text: `${fm('ru')}Магазин www.atyn.kz, расположенный на доменном имени адрес магазина, получает данные Пользователя.\n`,
      errors: [{ messageId: 'template-word', text: 'адрес магазина' }],
    },
    {
      name: 'an English stand-in for the address right after "the domain name"',
      text: `${fm('en')}The web shop www.atyn.kz located on the domain name address of the store may receive data about you.\n`,
      errors: [{ messageId: 'template-word', text: 'address of the store' }],
    },
    {
      name: 'a Kazakh stand-in for the address right after the web address',
      text: `${fm('kk')}Саясат www.atyn.kz дүкеннің мекенжайы бетінде жарияланған.\n`,
      errors: [{ messageId: 'template-word', text: 'дүкеннің мекенжайы' }],
    },
    {
      name: 'an English store-name stand-in after the word it names',
      text: `${fm('en')}This notice covers the web shop Store Name only.\n`,
      errors: [{ messageId: 'template-word', text: 'Store Name' }],
    },
    {
      name: 'a note to the drafter',
      text: `${fm('en')}## Contacts\n\nReplace in the final version: give the operator's address. This is a template document.\n`,
      errors: [
        {
          messageId: 'instruction',
          text: "Replace in the final version: give the operator's address. This is a template document.",
        },
      ],
    },
    {
      name: 'a Russian note to the drafter',
      text: `${fm('ru')}Это шаблон документа.\n`,
      errors: [{ messageId: 'instruction', text: 'Это шаблон документа.' }],
    },
    {
      name: 'an example domain left in a link',
      text: `${fm('en')}The policy is published at [our site](https://www.example.com/privacy).\n\nWrite to info@yoursite.kz.\n`,
      errors: [{ messageId: 'example-domain', text: 'yoursite.kz' }],
    },
    {
      name: 'a stand-in domain in Russian',
      text: `${fm('ru')}Сайт оператора: site.ru.\n`,
      errors: [{ messageId: 'example-domain', text: 'site.ru' }],
    },
    {
      name: 'a dummy phone',
      text: `${fm('ru')}Телефон для обращений: +7 (701) 123-45-67.\n`,
      errors: [{ messageId: 'dummy-phone', text: '+7 (701) 123-45-67' }],
    },
    {
      name: 'a zero phone',
      text: `${fm('kk')}Телефон: 8 (727) 000-00-00\n`,
      errors: [{ messageId: 'dummy-phone', text: '8 (727) 000-00-00' }],
    },
    {
      name: 'a token a translation tool left',
      text: `${fm('ru')}Мы также поддерживаем __PROTECTED_LINK_12__0.\n`,
      errors: [{ messageId: 'pipeline-token', text: '__PROTECTED_LINK_12__0' }],
    },
    {
      name: 'an empty label among details',
      text: `${fm('ru')}Ответственное лицо:\nАдрес: г. Алматы, ул. Абая, 10\n`,
      errors: [{ messageId: 'empty-label', text: 'Ответственное лицо' }],
    },
    {
      name: 'a configured value fills the blank',
      text: `${fm('en')}# Privacy Policy of [Company name]\n\n[Company name] is the operator.\n`,
      options: { values: { 'company name': 'Dala Pay LLP' } },
      errors: [
        { messageId: 'bracketed', text: '[Company name]' },
        { messageId: 'bracketed', text: '[Company name]' },
      ],
      output: `${fm('en')}# Privacy Policy of Dala Pay LLP\n\nDala Pay LLP is the operator.\n`,
    },
  ],
});
