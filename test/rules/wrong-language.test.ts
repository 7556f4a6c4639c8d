import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('wrong-language', {
  valid: [
    {
      // English around the French name of an institution, not a French line.
      name: 'an English list item naming a French authority',
      text: `---\nlang: en\npolicy: privacy\n---\n# Privacy Policy\n\nYou may complain to a supervisory authority:\n\n- in France, the [Commission nationale de l'informatique et des libertés (CNIL)](https://www.cnil.fr/en/);\n- in Kazakhstan, the authorised body for personal data protection.\n`,
    },
    {
      name: 'German names and a quoted German title in an English list',
      text: `${fm('en')}We share data with:\nMüller Söhne GmbH, our processor in Köln;\nthe authority named in the “Bundesdatenschutzgesetz für öffentliche Stellen”.\n`,
    },
    {
      name: 'Russian text in the Russian version',
      text: `${fm('ru')}8.1. Срок хранения данных составляет пять лет с даты последнего платежа.\n`,
    },
    {
      name: 'Kazakh text with loanwords shared with Russian',
      text: `${fm('kk')}Оператор транзакциялық деректерді Компанияның интернет-ресурсы арқылы өңдейді.\n`,
    },
    {
      name: 'a quoted Russian law title in Kazakh text',
      text: `${fm('kk')}Осы Саясат Қазақстан Республикасының «О персональных данных и их защите» Заңына сәйкес әзірленді.\n`,
    },
    {
      name: 'a Russian title in brackets in English text',
      text: `${fm('en')}This Policy follows the Law "On Personal Data and Their Protection" (О персональных данных и их защите).\n`,
    },
    {
      name: 'brand names, e-mails and URLs in Russian text',
      text: `${fm('ru')}Оплата картами Visa и Mastercard через Kaspi Pay; вопросы направляйте на privacy@dalapay.kz или https://dalapay.kz/help.\n`,
    },
    {
      name: 'abbreviations in Kazakh text',
      text: `${fm('kk')}«Dala Pay» ЖШС (БСН 190340027418) GDPR талаптарын да сақтайды.\n`,
    },
    {
      name: 'Kazakh names and an address in Russian text',
      text: `${fm('ru')}Ответственное лицо — Жұмашев Ерлан, адрес: Алматы, проспект Достық, 91/2.\n`,
    },
    {
      name: 'Russian plural and case endings that look Kazakh (-ты, -ны, -ке, -дер)',
      text: `${fm('ru')}| Поставщик | Данные |\n|---|---|\n| Хостинг-провайдер | Сертификаты, аккаунты, ключи |\n| Платежный шлюз | Суммы, цены, номера в банке |\n`,
    },
    {
      name: 'a few English words in Russian text',
      text: `${fm('ru')}Мы используем файлы cookie и технологию single sign-on.\n`,
    },
    {
      name: 'text marked for translation',
      text: `${fm('kk')}<!-- pplint: translate -->\n5.2. Вы вправе отозвать согласие на обработку персональных данных.\n`,
    },
    {
      name: 'a block quote',
      text: `${fm('kk')}> Оператор обязан принимать необходимые меры по защите персональных данных.\n`,
    },
    {
      name: 'each version of one file in its own language',
      text: `---\npolicy: privacy\n---\n<!-- lang: ru -->\n\nСрок хранения данных составляет пять лет.\n\n<!-- lang: en -->\n\nThe data are kept for five years.\n`,
    },
    {
      name: 'German text, headings and a German paragraph with English names in a German version',
      text: `${fm('de')}## Erfasste Informationen\n\nWir speichern Ihre E-Mail-Adresse und die Namen Ihrer Domains, die Sie uns mitteilen, in unserer Datenbank.\n\nFirebase Crashlytics und Google Cloud verarbeiten dabei Absturzberichte der App.\n`,
    },
    {
      name: 'French text in a French version',
      text: `${fm('fr')}Nous conservons les journaux d’erreurs pendant sept jours, puis nous les supprimons de nos serveurs.\n`,
    },
    {
      name: 'a Cyrillic paragraph in a version in a Cyrillic language pplint does not read',
      text: `${fm('ky')}Биз сиздин жеке маалыматтарыңызды үчүнчү жактарга эч качан бербейбиз жана сатпайбыз, ошондой эле сактайбыз.\n`,
    },
  ],
  invalid: [
    {
      name: 'an Uzbek line left in an English list, beside its English rendering',
      text: `${fm('en')}We collect:\nfull name;\nphone number;\nTarjimai hol, shuningdek undagi har qanday ma’lumot;\na résumé, and any information in it.\n`,
      errors: [
        {
          messageId: 'line-unread',
          text: 'Tarjimai hol, shuningdek undagi har qanday ma’lumot;',
          message: 'This line is in Uzbek (uz)',
        },
      ],
    },
    {
      name: 'an English paragraph left in the Russian version',
      text: `${fm('ru')}8.1. Срок хранения данных составляет пять лет.\n\n8.2. We may keep anonymised statistics for longer periods.\n`,
      errors: [
        {
          messageId: 'block',
          text: 'We may keep anonymised statistics for longer periods.',
          message: 'This paragraph is in English, but this version of the policy is in Russian',
        },
      ],
    },
    {
      name: 'Russian words in a Kazakh heading',
      text: `${fm('kk')}## 3. Политики конфиденциальности Құпиялылық саясатының қатыстылығы\n`,
      errors: [
        {
          messageId: 'words',
          text: 'Политики конфиденциальности',
          message: '«Политики конфиденциальности» reads as Russian',
        },
      ],
    },
    {
      name: 'a Russian paragraph left in the Kazakh version',
      text: `${fm('kk')}17.2. Оператор деректерді қорғау шараларын қабылдайды.\n\n17.3. Оператор ежегодно проводит внутреннюю проверку соответствия обработки персональных данных требованиям законодательства.\n`,
      errors: [
        {
          messageId: 'block',
          text: 'Оператор ежегодно проводит внутреннюю проверку соответствия обработки персональных данных требованиям законодательства.',
          message: 'This paragraph is in Russian, but this version of the policy is in Kazakh',
        },
      ],
    },
    {
      name: 'a Kazakh paragraph in the Russian version',
      text: `${fm('ru')}Оператор принимает меры по защите данных.\n\nОператор дербес деректерді қорғау үшін қажетті шараларды қабылдайды және олардың орындалуын тексереді.\n`,
      errors: [
        {
          messageId: 'block',
          text: 'Оператор дербес деректерді қорғау үшін қажетті шараларды қабылдайды және олардың орындалуын тексереді.',
        },
      ],
    },
    {
      name: 'an English sentence inside a Russian paragraph',
      text: `${fm('ru')}Данные хранятся пять лет. This period may be extended by the regulator at any time. После этого данные уничтожаются.\n`,
      errors: [{ messageId: 'sentence', text: 'This period may be extended by the regulator at any time.' }],
    },
    {
      name: 'a Russian paragraph in the English version',
      text: `${fm('en')}We keep payment data for five years.\n\nДанные для рассылок хранятся до отзыва согласия пользователя.\n`,
      errors: [
        {
          messageId: 'block',
          text: 'Данные для рассылок хранятся до отзыва согласия пользователя.',
          message: 'This paragraph is in Russian, but this version of the policy is in English',
        },
      ],
    },
    {
      name: 'a whole version without its marker is one finding',
      text: `${fm('kk')}## 1. Жалпы ережелер\n\nОсы саясат дербес деректерді өңдеу тәртібін айқындайды.\n\n## 1. Общие положения\n\nНастоящая политика определяет порядок обработки персональных данных.\n\nОператор обязан принимать необходимые меры по защите данных.\n`,
      errors: [
        {
          messageId: 'part',
          text: '1. Общие положения',
          message:
            '(3 paragraphs from here) is in Russian, but this version of the policy is in Kazakh. If it is a language version of its own, begin it with `<!-- lang: ru -->`',
        },
      ],
    },
    {
      name: 'an English heading in the Kazakh version',
      text: `${fm('kk')}## 4. Data retention\n\nДеректер бес жыл сақталады.\n`,
      errors: [{ messageId: 'block', text: 'Data retention', message: 'This heading is in English' }],
    },
    {
      name: 'an English paragraph left in the German version',
      text: `${fm('de')}Wir speichern Ihre E-Mail-Adresse, die Sie uns mitteilen.\n\nWe keep the records of every request in a separate register and answer each of them in writing.\n`,
      errors: [
        {
          messageId: 'block-unread',
          text: 'We keep the records of every request in a separate register and answer each of them in writing.',
          message: 'This paragraph is in English, but this version of the policy is in German (de)',
        },
      ],
    },
    {
      name: 'a Russian paragraph left in the French version',
      text: `${fm('fr')}Nous conservons les journaux d’erreurs pendant sept jours, puis nous les supprimons définitivement de tous nos serveurs et de nos sauvegardes.\n\nОператор ведет учет каждого обращения в отдельном журнале и отвечает на каждое из них письменно.\n`,
      errors: [
        {
          messageId: 'block-unread',
          text: 'Оператор ведет учет каждого обращения в отдельном журнале и отвечает на каждое из них письменно.',
        },
      ],
    },
  ],
});
