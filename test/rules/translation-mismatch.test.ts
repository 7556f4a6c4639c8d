import { ruleTester } from '../helpers/rule-tester.js';

// Versions one after another in one file; the Russian one is the primary (the first configured language).
const file = (...parts: Array<[string, string]>): string =>
  `---\npolicy: privacy\n---\n${parts.map(([lang, text]) => `\n<!-- lang: ${lang} -->\n\n${text.trim()}\n`).join('')}`;

const RU_CONTACTS =
  '## 6. Контакты\n\n6.1. Запросы направляются на адрес privacy@dalapay.kz или по телефону +7 727 350 41 86; сайт: https://dalapay.kz/.';
const EN_CONTACTS =
  '## 6. Contacts\n\n6.1. Requests are sent to privacy@dalapay.kz or by phone at 8 (727) 350-41-86; website: www.dalapay.kz.';
const RU_RETENTION = '## 4. Сроки хранения\n\n4.1. Платежные данные хранятся 5 лет с даты платежа.';
const KK_RETENTION = '## 4. Сақтау мерзімдері\n\n4.1. Төлем деректері төлем күнінен бастап 5 жыл сақталады.';
const RU_LAW =
  '## 1. Общие положения\n\n1.1. Политика принята в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V и действует с 19.02.2024.';
const EN_LAW =
  '## 1. General provisions\n\n1.1. The Policy follows Law of the Republic of Kazakhstan No. 94-V of 21 May 2013 and applies from 19 February 2024.';

// Three sections translated sentence for sentence: they give the usual length of a paragraph in each language.
const RU_BASE =
  '## 1. Общие положения\n\n1.1. Настоящая Политика описывает, как Оператор собирает, использует и защищает персональные данные пользователей мобильного приложения.\n\n1.2. Используя приложение, Пользователь подтверждает, что ознакомился с Политикой и принимает ее условия.\n\n## 2. Данные\n\n2.1. Оператор собирает имя, номер телефона и адрес электронной почты Пользователя, а также сведения об устройстве.';
const EN_BASE =
  "## 1. General provisions\n\n1.1. This Policy describes how the Operator collects, uses and protects the personal data of the users of the mobile application.\n\n1.2. By using the application, the User confirms having read the Policy and accepts its terms.\n\n## 2. Data\n\n2.1. The Operator collects the User's name, phone number and e-mail address, as well as information about the device.";
const KK_BASE =
  '## 1. Жалпы ережелер\n\n1.1. Осы Саясат Оператордың мобильді қосымша пайдаланушыларының дербес деректерін қалай жинайтынын, пайдаланатынын және қорғайтынын сипаттайды.\n\n1.2. Қосымшаны пайдалана отырып, Пайдаланушы Саясатпен танысқанын және оның шарттарын қабылдайтынын растайды.\n\n## 2. Деректер\n\n2.1. Оператор Пайдаланушының атын, телефон нөмірін және электрондық пошта мекенжайын, сондай-ақ құрылғы туралы мәліметтерді жинайды.';
const RU_PURPOSE =
  'Оператор обрабатывает персональные данные Пользователя только для исполнения договора об оказании платежных услуг и для выполнения требований законодательства о платежах.';
const EN_PURPOSE =
  "The Operator processes the User's personal data only to perform the payment services agreement and to meet the requirements of the law on payments.";
const KK_PURPOSE =
  'Оператор Пайдаланушының дербес деректерін тек төлем қызметтерін көрсету шартын орындау және төлемдер туралы заңнаманың талаптарын орындау үшін өңдейді.';
const RU_CARD =
  'При привязке банковской карты эмитент карты также получает сведения о каждом платеже через приложение.';
const EN_CARD =
  'Where the User links a bank card, the card issuer also receives the details of each payment made through the application.';
const RU_LAWFUL =
  'Оператор обрабатывает персональные данные Пользователя в соответствии с Законом Республики Казахстан «О персональных данных и их защите», иными нормативными правовыми актами Республики Казахстан и внутренними документами Оператора о защите данных.';
const EN_LAWFUL =
  "The Operator processes the User's personal data in accordance with the Law of the Republic of Kazakhstan on Personal Data and Their Protection, other regulatory legal acts of the Republic of Kazakhstan and the Operator's internal data protection documents.";
const EN_TEMPLATE = 'These rules were drafted along the lines of a well-known international template.';
/** A version: the base sections, then section 3 with one paragraph. */
const purposes = (lang: 'ru' | 'en' | 'kk', paragraph: string): [string, string] => [
  lang,
  `${{ ru: RU_BASE, en: EN_BASE, kk: KK_BASE }[lang]}\n\n## 3. ${{ ru: 'Цели', en: 'Purposes', kk: 'Мақсаттар' }[lang]}\n\n3.1. ${paragraph}`,
];

ruleTester('translation-mismatch', {
  valid: [
    {
      // The same district in both scripts: a residential area here and a street there may be one building.
      name: 'one district, written with a residential area in one version and a street in the other',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. Адрес: г. Астана, Есильский район, жилой массив Коктал, 5.'],
        ['en', '## 9. Operator\n\n9.1. Address: Astana, Yesil district, Kabanbay Batyr Ave., 11.'],
      ),
    },
    {
      // A third longer, but no sentence alone matches the whole primary paragraph: a looser translation.
      name: 'a wordier translation that splits a sentence in two adds none',
      text: file(
        purposes('ru', RU_LAWFUL),
        purposes(
          'en',
          "The Operator processes the User's personal data in accordance with the Law of the Republic of Kazakhstan on Personal Data and Their Protection. In doing so, it also follows all the other regulatory legal acts of the Republic of Kazakhstan and the Operator's own internal documents on the protection of personal data.",
        ),
      ),
    },
    {
      name: 'contacts written differently are the same contacts',
      text: file(['ru', RU_CONTACTS], ['en', EN_CONTACTS]),
    },
    {
      name: 'each version writes the address of its own language page',
      text: file(
        ['ru', '## 6. Контакты\n\n6.1. Текст Политики опубликован по адресу https://dalapay.kz/privacy/.'],
        ['kk', '## 6. Байланыс\n\n6.1. Саясат мәтіні https://dalapay.kz/kk/privacy/ мекенжайында жарияланған.'],
      ),
    },
    {
      name: 'one version cites the law by its number, the other by its official title and date',
      text: file(
        ['ru', RU_LAW],
        [
          'kk',
          '## 1. Жалпы ережелер\n\n1.1. Саясат 2013 жылғы 21 мамырдағы «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес қабылданды және 2024 жылғы 19 ақпаннан бастап қолданылады.',
        ],
      ),
    },
    {
      name: 'a detail only one version gives, numbered «No. 1», is no citation the other lacks',
      text: file(
        ['ru', '## 5. Споры\n\n5.2. Споры рассматриваются в суде по месту нахождения Администратора.'],
        [
          'en',
          '## 5. Disputes\n\n5.2. Disputes are heard by the court at the Administrator’s location (judicial district No. 1 of the city).',
        ],
      ),
    },
    {
      name: 'periods in figures, words or both',
      text: file(
        ['ru', RU_RETENTION],
        ['kk', KK_RETENTION.replace('5 жыл', 'бес (5) жыл')],
        ['en', '## 4. Retention\n\n4.1. Payment data are kept for five (5) years from the date of payment.'],
      ),
    },
    {
      name: 'dates and citations written differently',
      text: file(
        ['ru', RU_LAW],
        ['en', EN_LAW],
        [
          'kk',
          '## 1. Жалпы ережелер\n\n1.1. Саясат Қазақстан Республикасының 2013 жылғы 21 мамырдағы №94-V Заңына сәйкес қабылданды және 2024 жылғы 19 ақпаннан бастап қолданылады.',
        ],
      ),
    },
    {
      name: 'a Russian federal law cited by its letters transliterated or translated',
      text: file(
        [
          'ru',
          '## 2. Основания\n\n2.1. Обработка ведется в соответствии с Федеральным законом № 152-ФЗ «О персональных данных».',
        ],
        ['en', '## 2. Grounds\n\n2.1. Processing follows Federal Law No. 152-FL "On Personal Data".'],
      ),
    },
    {
      name: 'a number in words against the same number in figures',
      text: file(
        ['ru', '## 5. Запросы\n\n5.1. Оператор отвечает в течение 10 рабочих дней и не более 2 раз в год.'],
        [
          'en',
          '## 5. Requests\n\n5.1. The operator answers within ten working days and no more than twice, 2 times a year.',
        ],
      ),
    },
    {
      name: 'a contact given elsewhere in the version',
      text: file(
        ['ru', `${RU_CONTACTS}\n\n6.2. Жалобы также принимаются по адресу privacy@dalapay.kz.`],
        ['en', `${EN_CONTACTS}\n\n6.2. Complaints are also accepted at the same address.`],
      ),
    },
    {
      name: 'a phone number in its local form is the same number',
      text: file(['ru', RU_CONTACTS], ['en', EN_CONTACTS.replace('8 (727) 350-41-86', '(727) 350-41-86')]),
    },
    {
      name: 'names spelt in Cyrillic are not compared',
      text: file(
        ['ru', '## 7. Ответственное лицо\n\n7.1. Ответственное лицо — Жумашева Алия.'],
        ['kk', '## 7. Жауапты тұлға\n\n7.1. Жауапты тұлға — Жұмашева Әлия.'],
      ),
    },
    {
      name: 'a capitalised word opening an English sentence is no name',
      text: file(
        ['ru', '## 2. Оплата\n\n2.1. Оплата через Apple Pay.'],
        ['en', '## 2. Payment\n\n2.1. Apply for the payment in the wallet.'],
      ),
    },
    {
      name: 'clauses that are not counterparts are not compared',
      text: file(
        ['ru', RU_RETENTION],
        ['kk', `${KK_RETENTION}\n\n## 8. Өзгерістер\n\n8.1. Саясат 3 жыл сайын қайта қаралады.`],
      ),
    },
    {
      name: 'links to the same page in each language’s own part of the site',
      text: file(
        [
          'ru',
          '## 6. Контакты\n\n6.1. Условия приведены на [странице условий](https://dalapay.kz/ru/terms?lang=ru#usloviya).',
        ],
        ['en', '## 6. Contacts\n\n6.1. The terms are on [the terms page](https://dalapay.kz/en-US/terms#terms).'],
        ['kk', '## 6. Байланыс\n\n6.1. Шарттар [шарттар бетінде](https://www.dalapay.kz/kk/terms/) берілген.'],
      ),
    },
    {
      name: 'a link that shows its address, localised in each language',
      text: file(
        ['ru', '## 6. Архив\n\n6.1. Прежние редакции — на [dalapay.kz/ru/archive](https://dalapay.kz/ru/archive).'],
        ['en', '## 6. Archive\n\n6.1. Earlier versions are at [dalapay.kz/en/archive](https://dalapay.kz/en/archive).'],
      ),
    },
    {
      name: 'a link to a page of its own in each language (a slug in its alphabet) is not compared',
      text: file(
        ['ru', '## 2. Cookie\n\n2.1. О файлах cookie читайте в [статье](https://wiki.example.org/wiki/Куки).'],
        ['en', '## 2. Cookies\n\n2.1. Read about cookies in [the article](https://wiki.example.org/wiki/HTTP_cookie).'],
      ),
    },
    {
      name: 'a value stated as often on both sides',
      text: file(
        ['ru', '## 4. Сроки\n\n4.1. Ответ дается в течение тридцати (30) дней; продление — еще на 30 дней.'],
        ['en', '## 4. Periods\n\n4.1. We answer within thirty (30) days and may extend this by 30 days.'],
      ),
    },
    {
      name: 'an age as a period on one side and a bare number on the other',
      text: file(
        ['ru', '## 9. Дети\n\n9.1. Сервис не предназначен для лиц, не достигших 18 лет.'],
        ['en', '## 9. Children\n\n9.1. The service is not meant for persons under 18.'],
      ),
    },
    {
      name: 'a plural, a possessive or a lower-case term is no misspelt name',
      text: file(
        [
          'ru',
          '## 3. Cookie\n\n3.1. Сайт использует файлы cookie и CAPTCHA; инициатива Lumen Initiative поддерживает проект.',
        ],
        [
          'en',
          '## 3. Cookies\n\n3.1. The site uses Cookies and CAPTCHAs; the Lumen Initiative’s support keeps the project going.',
        ],
      ),
    },
    {
      name: 'numbers in words that agree with their figures',
      text: file(
        ['ru', '## 4. Сроки\n\n4.1. Ответ дается в течение тридцати (30) дней, не более двадцати одного (21) запроса.'],
        ['kk', '## 4. Мерзімдер\n\n4.1. Жауап отыз (30) күн ішінде беріледі, жиырма бір (21) сұраудан артық емес.'],
        ['en', '## 4. Periods\n\n4.1. We answer within thirty (30) days, to no more than twenty-one (21) requests.'],
      ),
    },
    {
      // The issue's rule: a near spelling is reported only where the primary's spelling appears nowhere in the other version.
      name: 'a near spelling of a name the other version spells as the primary does elsewhere',
      text: file(
        [
          'ru',
          '## 1. Оператор\n\n1.1. Оператор — ТОО «Qazaq Pay».\n\n## 2. Контакты\n\n2.1. Служба поддержки Qazaq Pay отвечает по адресу help@qazaqpay.kz.',
        ],
        [
          'en',
          '## 1. Operator\n\n1.1. The operator is Qazak Pay LLP.\n\n## 2. Contacts\n\n2.1. Qazaq Pay support answers at help@qazaqpay.kz.',
        ],
      ),
    },
    {
      name: 'paragraphs translated sentence for sentence',
      text: file(purposes('ru', `${RU_PURPOSE} ${RU_CARD}`), purposes('en', `${EN_PURPOSE} ${EN_CARD}`)),
    },
    {
      name: 'a translation that splits one sentence in two adds no sentence',
      text: file(
        purposes('ru', RU_PURPOSE),
        purposes(
          'en',
          "The Operator processes the User's personal data only to perform the payment services agreement. It also processes them to meet the requirements of the law on payments.",
        ),
      ),
    },
    {
      name: 'a translation that joins two sentences in one drops none',
      text: file(
        purposes('ru', `${RU_PURPOSE} ${RU_CARD}`),
        purposes(
          'en',
          `${EN_PURPOSE.slice(0, -1)}; where the User links a bank card, its issuer also receives the details of each payment.`,
        ),
      ),
    },
    {
      name: 'a longer paragraph where either sentence could be the added one is not judged',
      text: file(purposes('ru', RU_PURPOSE), purposes('en', `${EN_CARD} ${EN_CARD}`)),
    },
    {
      name: 'calendar days written out in one version and left plain in the other are the same days',
      text: file(
        ['ru', '## 5. Запросы\n\n5.1. Оператор отвечает в течение 10 календарных дней.'],
        ['en', '## 5. Requests\n\n5.1. The operator answers within 10 days.'],
      ),
    },
    {
      name: 'working and business days are the same kind of day',
      text: file(
        ['ru', '## 5. Запросы\n\n5.1. Оператор отвечает в течение 10 рабочих дней.'],
        ['kk', '## 5. Сұраулар\n\n5.1. Оператор 10 жұмыс күні ішінде жауап береді.'],
        ['en', '## 5. Requests\n\n5.1. The operator answers within 10 business days.'],
      ),
    },
    {
      name: 'the house number of a street only one version names is added text, not a changed number',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. Адрес: г. Шымкент, жилой массив Нурсат, 3.'],
        ['en', '## 9. Operator\n\n9.1. Address: Shymkent, Turan district, Baidibek Bi str., 9.'],
      ),
    },
    {
      name: 'a street named in both scripts keeps its house number',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. Адрес: г. Алматы, ул. Абая, 10.'],
        ['en', '## 9. Operator\n\n9.1. Address: 10 Abay Street, Almaty.'],
      ),
    },
  ],
  invalid: [
    {
      name: 'a phone number that differs',
      text: file(['ru', RU_CONTACTS], ['en', EN_CONTACTS.replace('350-41-86', '350-47-86')]),
      errors: [
        {
          messageId: 'differs',
          text: '8 (727) 350-47-86',
          message:
            'This phone number is «8 (727) 350-47-86», but the Russian version of this clause has «+7 727 350 41 86»',
        },
      ],
      output: file(['ru', RU_CONTACTS], ['en', EN_CONTACTS.replace('8 (727) 350-41-86', '+7 727 350 41 86')]),
    },
    {
      name: 'a period that differs, fixed in the version’s own language',
      text: file(['ru', RU_RETENTION], ['kk', KK_RETENTION.replace('5 жыл', '3 жыл')]),
      errors: [{ messageId: 'differs', text: '3 жыл' }],
      output: file(['ru', RU_RETENTION], ['kk', KK_RETENTION]),
    },
    {
      name: 'a Russian period rewritten with its grammar',
      text: file(['kk', KK_RETENTION], ['ru', RU_RETENTION.replace('5 лет', '3 года')]),
      config: { languages: ['kk', 'ru', 'en'] },
      errors: [{ messageId: 'differs', text: '3 года' }],
      output: file(['kk', KK_RETENTION], ['ru', RU_RETENTION]),
    },
    {
      // «сроком три года», not «сроком трёх лет»: after «сроком» the period stays in the nominative.
      name: 'a Russian period after «сроком» rewritten in the nominative',
      text: file(
        ['kk', KK_RETENTION.replace('5 жыл', '3 жыл')],
        ['ru', RU_RETENTION.replace('хранятся 5 лет', 'хранятся сроком 5 лет')],
      ),
      config: { languages: ['kk', 'ru', 'en'] },
      errors: [{ messageId: 'differs', text: '5 лет' }],
      output: file(
        ['kk', KK_RETENTION.replace('5 жыл', '3 жыл')],
        ['ru', RU_RETENTION.replace('хранятся 5 лет', 'хранятся сроком 3 года')],
      ),
    },
    {
      name: 'a date that differs, fixed in the words of the version',
      text: file(['ru', RU_LAW], ['en', EN_LAW.replace('19 February 2024', '20 February 2024')]),
      errors: [{ messageId: 'differs', text: '20 February 2024' }],
      output: file(['ru', RU_LAW], ['en', EN_LAW]),
    },
    {
      name: 'a law number that differs keeps the version’s number sign',
      text: file(['ru', RU_LAW], ['en', EN_LAW.replace('No. 94-V', 'No. 95-V')]),
      errors: [{ messageId: 'differs', text: 'No. 95-V' }],
      output: file(['ru', RU_LAW], ['en', EN_LAW]),
    },
    {
      name: 'an e-mail address and a website that differ',
      text: file(
        ['ru', RU_CONTACTS],
        [
          'en',
          EN_CONTACTS.replace('privacy@dalapay.kz', 'privacy@dalapay.com').replace('www.dalapay.kz', 'www.dala-pay.kz'),
        ],
      ),
      errors: [
        { messageId: 'differs', text: 'privacy@dalapay.com' },
        { messageId: 'differs', text: 'www.dala-pay.kz' },
      ],
      output: file(['ru', RU_CONTACTS], ['en', EN_CONTACTS.replace('www.dalapay.kz', 'https://dalapay.kz/')]),
    },
    {
      name: 'a number that differs',
      text: file(
        ['ru', '## 3. Рассылки\n\n3.1. Мы направляем не более 2 сообщений в месяц.'],
        ['kk', '## 3. Таратылымдар\n\n3.1. Біз айына 4 хабарламадан артық жібермейміз.'],
      ),
      errors: [
        {
          messageId: 'differs',
          text: '4',
          message: 'This number is «4», but the Russian version of this clause has «2»',
        },
      ],
      output: file(
        ['ru', '## 3. Рассылки\n\n3.1. Мы направляем не более 2 сообщений в месяц.'],
        ['kk', '## 3. Таратылымдар\n\n3.1. Біз айына 2 хабарламадан артық жібермейміз.'],
      ),
    },
    {
      name: 'the operator’s name spelt differently',
      text: file(
        ['ru', '## 1. Оператор\n\n1.1. Оператор — ТОО «Qazaq Pay».'],
        ['en', '## 1. Operator\n\n1.1. The operator is Qazak Pay LLP.'],
      ),
      errors: [{ messageId: 'differs', text: 'Qazak', message: 'This name is «Qazak»' }],
      output: file(
        ['ru', '## 1. Оператор\n\n1.1. Оператор — ТОО «Qazaq Pay».'],
        ['en', '## 1. Operator\n\n1.1. The operator is Qazaq Pay LLP.'],
      ),
    },
    {
      name: 'a contact the translation gives nowhere',
      text: file(
        ['ru', RU_CONTACTS],
        ['en', '## 6. Contacts\n\n6.1. Requests are sent to privacy@dalapay.kz; website: www.dalapay.kz.'],
      ),
      errors: [
        {
          messageId: 'missing',
          text: '6.1. Requests are sent to privacy@dalapay.kz; website: www.dalapay.kz.',
          message: 'gives phone number «+7 727 350 41 86», which this version gives nowhere',
        },
      ],
    },
    {
      name: 'two phone numbers that differ are reported without a fix',
      text: file(
        ['ru', '## 6. Контакты\n\n6.1. Телефоны: +7 727 350 41 86, +7 727 350 41 87.'],
        ['en', '## 6. Contacts\n\n6.1. Phones: +7 727 350 41 88, +7 727 350 41 89.'],
      ),
      errors: [
        { messageId: 'differs', text: '+7 727 350 41 88', severity: 'warning' },
        { messageId: 'differs', text: '+7 727 350 41 89', severity: 'warning' },
      ],
    },
    {
      name: 'a link that shows its address but points elsewhere than the primary’s (only its target changed)',
      text: file(
        ['ru', '## 6. Архив\n\n6.1. Прежние редакции — на [dalapay.kz/ru/archive](https://dalapay.kz/ru/archive).'],
        [
          'en',
          '## 6. Archive\n\n6.1. Earlier versions are at [dalapay.kz/en/archive](https://dalapay.kz/en/archive/2019).',
        ],
      ),
      errors: [
        {
          messageId: 'extra',
          text: 'dalapay.kz/en/archive',
          severity: 'warning',
          message: 'This version gives web address «https://dalapay.kz/en/archive/2019»',
        },
      ],
    },
    {
      name: 'a link that points elsewhere is a changed web address (a warning, no fix: its words stay)',
      text: file(
        ['ru', '## 6. Контакты\n\n6.1. Условия приведены на [странице условий](https://dalapay.kz/terms).'],
        ['en', '## 6. Contacts\n\n6.1. The terms are on [the terms page](https://dalapay.kz/old-terms).'],
      ),
      errors: [
        {
          messageId: 'differs',
          text: 'the terms page',
          severity: 'warning',
          message: 'This web address is «https://dalapay.kz/old-terms»',
        },
      ],
    },
    {
      // The same link words lead to the same site, one version to its home page: the reader still
      // reaches the organisation named, so it is told as information, not a changed fact.
      name: 'a link to a page of a site against a link to the site’s home page (information)',
      text: file(
        ['ru', '## 9. Авторы\n\n9.1. Текст подготовлен [бюро «Норма»](https://norma-law.example/services/templates).'],
        ['en', '## 9. Authors\n\n9.1. The text was prepared by [the Norma bureau](https://www.norma-law.example/).'],
      ),
      errors: [
        {
          messageId: 'differs-home-page',
          text: 'the Norma bureau',
          severity: 'info',
          message: 'and «https://www.norma-law.example/» is its home page',
        },
      ],
    },
    {
      name: 'the primary links the home page, this version a page of the site',
      text: file(
        ['ru', '## 9. Авторы\n\n9.1. Текст подготовлен [бюро «Норма»](https://norma-law.example).'],
        [
          'en',
          '## 9. Authors\n\n9.1. The text was prepared by [the Norma bureau](https://norma-law.example/about?x=1).',
        ],
      ),
      errors: [
        {
          messageId: 'differs-home-page',
          severity: 'info',
          message: 'and «https://norma-law.example» is its home page',
        },
      ],
    },
    {
      name: 'a link to the home page of another site is still a changed web address',
      text: file(
        ['ru', '## 9. Авторы\n\n9.1. Текст подготовлен [бюро «Норма»](https://norma-law.example/services/templates).'],
        ['en', '## 9. Authors\n\n9.1. The text was prepared by [the Norma bureau](https://norma-legal.example/).'],
      ),
      errors: [{ messageId: 'differs', text: 'the Norma bureau', severity: 'warning' }],
    },
    {
      name: 'a value stated twice and changed once',
      text: file(
        ['ru', '## 4. Сроки\n\n4.1. Ответ дается в течение 30 дней; продление — еще на 30 дней.'],
        ['en', '## 4. Periods\n\n4.1. We answer within 37 days and may extend this by 30 days.'],
      ),
      errors: [{ messageId: 'differs', text: '37 days' }],
      output: file(
        ['ru', '## 4. Сроки\n\n4.1. Ответ дается в течение 30 дней; продление — еще на 30 дней.'],
        ['en', '## 4. Periods\n\n4.1. We answer within 30 days and may extend this by 30 days.'],
      ),
    },
    {
      name: 'an age given as a period on one side and as another number on the other',
      text: file(
        ['ru', '## 9. Дети\n\n9.1. Сервис не предназначен для лиц, не достигших 18 лет.'],
        ['en', '## 9. Children\n\n9.1. The service is not meant for persons under 16.'],
      ),
      errors: [{ messageId: 'differs', text: '16', severity: 'warning' }],
    },
    {
      name: 'a version that contradicts itself: a number in words and other figures in brackets',
      text: file(
        ['ru', '## 4. Сроки\n\n4.1. Ответ дается в течение тридцати (37) дней.'],
        ['en', '## 4. Periods\n\n4.1. We answer within thirty (37) days.'],
      ),
      errors: [
        {
          messageId: 'self-differs',
          text: '37',
          severity: 'warning',
          message: '«тридцати» (30) in words but 37 in figures',
        },
        {
          messageId: 'self-differs',
          text: '37',
          severity: 'warning',
          message: '«thirty» (30) in words but 37 in figures',
        },
      ],
    },
    {
      name: 'a sentence added at the end of a paragraph',
      text: file(purposes('ru', RU_PURPOSE), purposes('en', `${EN_PURPOSE} ${EN_CARD}`)),
      errors: [{ messageId: 'sentence-extra', text: EN_CARD, severity: 'warning', line: 35 }],
    },
    {
      // Only a third longer in all, but the first sentence alone matches the whole primary paragraph.
      name: 'a short sentence added to a paragraph whose first sentence translates the whole counterpart',
      text: file(purposes('ru', RU_LAWFUL), purposes('en', `${EN_LAWFUL} ${EN_TEMPLATE}`)),
      errors: [{ messageId: 'sentence-extra', text: EN_TEMPLATE, severity: 'warning' }],
    },
    {
      name: 'a sentence of the primary dropped from a paragraph',
      text: file(purposes('ru', `${RU_PURPOSE} ${RU_CARD}`), purposes('kk', KK_PURPOSE)),
      errors: [
        {
          messageId: 'sentence-missing',
          severity: 'warning',
          message: '«При привязке банковской карты эмитент карты также получает…»',
        },
      ],
    },
    {
      name: 'calendar days against working days',
      text: file(
        ['ru', '## 5. Запросы\n\n5.1. Оператор отвечает в течение 10 календарных дней.'],
        ['kk', '## 5. Сұраулар\n\n5.1. Оператор 10 жұмыс күні ішінде жауап береді.'],
        ['en', '## 5. Requests\n\n5.1. The operator answers within 10 business days.'],
      ),
      errors: [
        { messageId: 'differs', text: '10 жұмыс күні', message: '«10 календарных дней»' },
        { messageId: 'differs', text: '10 business days', message: '«10 календарных дней»' },
      ],
      output: file(
        ['ru', '## 5. Запросы\n\n5.1. Оператор отвечает в течение 10 календарных дней.'],
        ['kk', '## 5. Сұраулар\n\n5.1. Оператор 10 күнтізбелік күн ішінде жауап береді.'],
        ['en', '## 5. Requests\n\n5.1. The operator answers within 10 calendar days.'],
      ),
    },
    {
      name: 'addresses that name different streets',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. ТОО «Дала Пэй», г. Алматы, ул. Абая, 10.'],
        ['en', '## 9. Operator\n\n9.1. Dala Pay LLP, Almaty, Dostyk Ave., 12.'],
      ),
      errors: [
        {
          messageId: 'differs',
          text: 'Dostyk Ave., 12',
          severity: 'warning',
          message: 'This address is «Dostyk Ave., 12»',
        },
      ],
    },
    {
      name: 'a house number changed on the same street',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. ТОО «Дала Пэй», г. Алматы, ул. Абая, 10.'],
        ['en', '## 9. Operator\n\n9.1. Dala Pay LLP, Almaty, Abay St., 12.'],
      ),
      errors: [{ messageId: 'differs', text: '12', severity: 'error' }],
      output: file(
        ['ru', '## 9. Оператор\n\n9.1. ТОО «Дала Пэй», г. Алматы, ул. Абая, 10.'],
        ['en', '## 9. Operator\n\n9.1. Dala Pay LLP, Almaty, Abay St., 10.'],
      ),
    },
    {
      name: 'addresses in different districts, with a street in one version only',
      text: file(
        ['ru', '## 9. Оператор\n\n9.1. Адрес: г. Ташкент, Юнусабадский район, массив Юнусабад, 12.'],
        ['kk', '## 9. Оператор\n\n9.1. Мекенжайы: Ташкент қ., Юнусабад ауданы, Юнусабад массиві, 12.'],
        ['en', '## 9. Operator\n\n9.1. Address: Tashkent, Chilanzar district, Bunyodkor Ave., 7.'],
      ),
      errors: [
        {
          messageId: 'differs',
          text: 'Chilanzar district, Bunyodkor Ave., 7',
          severity: 'warning',
          message: 'but the Russian version of this clause has «Юнусабадский район, массив Юнусабад, 12»',
        },
      ],
    },
  ],
});
