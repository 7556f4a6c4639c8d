import assert from 'node:assert/strict';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';
import { render } from '../../server/src/engine/index.js';

// Versions one after another in one file; the Russian one is the primary (the first configured language).
const file = (...parts: Array<[string, string]>): string =>
  `---\npolicy: privacy\n---\n${parts.map(([lang, text]) => `\n<!-- lang: ${lang} -->\n\n${text.trim()}\n`).join('')}`;

const RU = `## 2. Права субъекта

2.1. Вы вправе получить сведения о своих персональных данных.

2.2. Вы вправе отозвать согласие на обработку персональных данных.

## 3. Контакты

3.1. Запросы направляются на адрес privacy@dalapay.kz.`;

const KK = `## 2. Субъектінің құқықтары

2.1. Сіз өзіңіздің дербес деректеріңіз туралы мәліметтер алуға құқылысыз.

2.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.

## 3. Байланыс

3.1. Сұраулар privacy@dalapay.kz мекенжайына жіберіледі.`;

// A master text whose clause 2.2 was deleted without renumbering, and a full translation.
const RU_SKIPPING = `## 2. Права

2.1. Вы вправе узнать, какие ваши данные мы обрабатываем.

2.3. Вы вправе требовать удаления своих данных.`;
const KK_FULL = `## 2. Құқықтар

2.1. Сіз біз өңдейтін деректеріңіз туралы білуге құқылысыз.

2.2. Сіз деректерді өңдеуге берілген келісімді кез келген уақытта кері қайтарып ала аласыз.

2.3. Сіз өз деректеріңізді жоюды талап етуге құқылысыз.`;

// A short translation: the sections in the middle were never translated, and the last one took the next number.
const RU_SIX = `## 1. Общие положения

Настоящая Политика определяет порядок обработки персональных данных пользователей сайта dalapay.kz и принята в соответствии с Законом Республики Казахстан «О персональных данных и их защите».

## 2. Какие данные мы собираем

Мы собираем имя, номер телефона и адрес электронной почты, которые пользователь указывает в форме заявки на сайте.

## 3. Сроки хранения

Данные заявок хранятся не более трёх лет с даты последнего обращения пользователя, затем удаляются.

## 4. Передача третьим лицам

Мы не передаём персональные данные третьим лицам, кроме случаев, предусмотренных законодательством Республики Казахстан.

## 5. Меры защиты

Мы применяем шифрование каналов связи и ограничиваем доступ сотрудников к персональным данным пользователей.

## 6. Контакты

Запросы о персональных данных направляются на адрес privacy@dalapay.kz или по телефону +7 727 350 41 86.`;
const KK_STUB = `## 1. Жалпы ережелер

Осы Саясат dalapay.kz сайты пайдаланушыларының дербес деректерін өңдеу тәртібін айқындайды және «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес қабылданды.

## 2. Біз қандай деректерді жинаймыз

Біз пайдаланушы сайттағы өтінім нысанында көрсететін аты-жөнін, телефон нөмірін және электрондық пошта мекенжайын жинаймыз.

## 3. Байланыс

Дербес деректер туралы сұраулар privacy@dalapay.kz мекенжайына немесе +7 727 350 41 86 телефоны бойынша жіберіледі.`;
// Clauses written as lines of one paragraph in the English version, as paragraphs in the Russian one.
const RU_LINES = `## 4. Цели обработки

4.1. Мы обрабатываем адрес электронной почты, чтобы отвечать на обращения пользователей.

4.2. Мы вправе направлять пользователю сообщения о новых услугах; от рассылки можно отказаться в любой момент.

4.3. Обезличенные данные о посещениях сайта используются для улучшения его работы.`;
const EN_LINES = `## 4. Purposes of processing

4.1. We process the e-mail address to answer users' requests.
4.2. We may send the user messages about new services; the user may unsubscribe at any time.
4.3. Anonymised data on visits to the site are used to improve it.`;
const RU_NOTICE = `## Как долго мы храним данные

Сведения о платежах хранятся пять (5) лет с даты платежа, как требует законодательство о платежах.

Данные учетной записи удаляются через 90 дней после ее закрытия.

Резервные копии перезаписываются каждые 30 дней и не используются для других целей.`;

const EN_NOTICE = `## How long we keep data

Payment details are kept for five (5) years from the date of payment, as the payments legislation requires.

Account data are deleted 90 days after the account is closed.

Backups are overwritten every 30 days and are not used for any other purpose.`;

// A master with two more sections than the translation, both missing after its last clause.
const RU_LONGER = `${RU}

## 4. Файлы cookie

4.1. Мы используем только необходимые файлы cookie.

## 5. Изменения

5.1. О новой редакции Политики мы сообщаем в приложении.`;

// Versions that translate paragraph for paragraph, but for clause 3.1: the Russian writes in one
// sentence the cases the English lists.
const INLINE_RU = [
  '## 1. Общие положения\n\n1.1. Политика действует для сайта dalapay.kz.\n\n1.2. Используя сайт, вы принимаете Политику.',
  '## 2. Данные\n\n2.1. Мы собираем имя и номер телефона.\n\n2.2. Мы не собираем биометрические данные.',
  '## 3. Передача\n\n3.1. Оператор передает данные третьим лицам с согласия субъекта, для исполнения договора или по требованию закона.\n\n3.2. При передаче Оператор обеспечивает защиту данных.',
  '## 4. Контакты\n\n4.1. Запросы направляются на адрес privacy@dalapay.kz.\n\n4.2. Ответ дается в течение десяти рабочих дней.',
];
const INLINE_EN = [
  '## 1. General provisions\n\n1.1. The Policy applies to the dalapay.kz website.\n\n1.2. By using the website you accept the Policy.',
  '## 2. Data\n\n2.1. We collect your name and phone number.\n\n2.2. We do not collect biometric data.',
  '## 3. Transfers\n\n3.1. The Operator may transfer data to third parties in the following cases:\n\n- the subject has given consent to it;\n- the transfer is needed to perform a contract with the subject;\n- the law requires the transfer.\n\n3.2. When it transfers data, the Operator keeps them protected.',
  '## 4. Contacts\n\n4.1. Requests are sent to privacy@dalapay.kz.\n\n4.2. We answer within ten working days.',
];
const inlineFile = (ru: string[], en: string[]): string => file(['ru', ru.join('\n\n')], ['en', en.join('\n\n')]);

ruleTester('untranslated-clause', {
  valid: [
    {
      name: 'a clause one version lists and the other writes as one sentence',
      text: inlineFile(INLINE_RU, INLINE_EN),
    },
    {
      name: 'a version whose numbering skips a number pairs its clauses by place, not by number',
      text: file(
        [
          'ru',
          '## 3. Передача данных\n\n3.1. Оператор передает данные банку-эквайеру для проведения платежа.\n\n3.2. Оператор передает данные службе доставки для доставки заказа.\n\n3.4. Оператор передает данные государственным органам по их законному запросу.\n\n3.5. При продаже бизнеса данные переходят к его покупателю.',
        ],
        [
          'en',
          '## 3. Data transfers\n\n3.1. The Operator transfers data to the acquiring bank to process a payment.\n\n3.2. The Operator transfers data to the courier service to deliver an order.\n\n3.3. The Operator transfers data to state bodies on their lawful request.\n\n3.4. When the business is sold, the data pass to its buyer.',
        ],
      ),
    },
    {
      name: 'a clause written on a new line of the paragraph before it is there',
      text: file(['ru', RU_LINES], ['en', EN_LINES]),
    },
    { name: 'a faithful translation, clause by clause', text: file(['ru', RU], ['kk', KK]) },
    { name: 'a notice without numbering, paragraph by paragraph', text: file(['ru', RU_NOTICE], ['en', EN_NOTICE]) },
    {
      name: 'a paragraph that one version splits in two',
      text: file(
        ['ru', RU_NOTICE],
        [
          'en',
          EN_NOTICE.replace(
            'Payment details are kept for five (5) years from the date of payment, as',
            'Payment details are kept for five (5) years from the date of payment.\n\nThis is what',
          ),
        ],
      ),
    },
    {
      name: 'a one-line note above the first heading of one version is page furniture, not a clause',
      text: file(['ru', RU], ['kk', `(Орыс тіліндегі нұсқасы төменде.)\n\n${KK}`]),
    },
    {
      name: 'a line of links only one version has is no clause',
      text: file(['ru', RU], ['kk', `${KK}\n\nhttps://dalapay.kz/ https://dalapay.kz/`]),
    },
    {
      name: 'a paragraph moved within its section',
      text: file(
        ['ru', RU_NOTICE],
        [
          'en',
          EN_NOTICE.replace('\n\nAccount data are deleted 90 days after the account is closed.', '').replace(
            'other purpose.',
            'other purpose.\n\nAccount data are deleted 90 days after the account is closed.',
          ),
        ],
      ),
    },
    {
      name: 'a translation that merges two paragraphs and splits two others',
      text: file(
        [
          'ru',
          '## Данные\n\nМы собираем ваше имя, номер телефона и адрес электронной почты, когда вы создаете учетную запись.\n\nПри каждом платеже мы получаем сумму, дату и получателя платежа.\n\nМы не собираем сведения о вашем здоровье, религиозных или политических взглядах.\n\nМы не продаем ваши данные третьим лицам и не передаем их рекламодателям ни при каких условиях.',
        ],
        [
          'en',
          '## Data\n\nWe collect your name, phone number and e-mail address when you create an account. With every payment we receive its amount, date and recipient.\n\nWe do not collect information about your health.\n\nNor do we collect your religious or political views.\n\nWe never sell your data to third parties.\n\nNor do we pass them to advertisers, under any circumstances.',
        ],
      ),
    },
    {
      name: 'text inserted for translation is no gap',
      text: file(
        ['ru', RU],
        [
          'kk',
          KK.replace(
            /2\.2\. .*\n/,
            '<!-- pplint: translate -->\n2.2. Вы вправе отозвать согласие на обработку персональных данных.\n',
          ),
        ],
      ),
    },
    { name: 'one version alone', text: `---\nlang: ru\n---\n${RU}\n` },
    // Both skip the same number: nothing was lost between them.
    {
      name: 'both versions skip the same number',
      text: file(['ru', RU_SKIPPING], ['kk', KK_FULL.replace(/\n\n2\.2\. .*/, '')]),
    },
  ],
  invalid: [
    {
      // Both versions list the cases: an item only one list has is added, not written inline.
      name: 'an item of a clause that both versions write as a list, in one version only',
      text: inlineFile(
        INLINE_RU.map((t) =>
          t.replace(
            'третьим лицам с согласия субъекта, для исполнения договора или по требованию закона.',
            'третьим лицам в следующих случаях:\n\n- субъект дал на это согласие;\n- передача нужна для исполнения договора с субъектом.',
          ),
        ),
        INLINE_EN,
      ),
      errors: [{ messageId: 'extra', text: 'the law requires the transfer.', severity: 'warning' }],
    },
    {
      name: 'the last clause of a section is missing',
      text: file(['ru', RU], ['kk', KK.replace(/\n\n2\.2\. .*/, '')]),
      errors: [
        {
          messageId: 'missing-after',
          text: '2.1. Сіз өзіңіздің дербес деректеріңіз туралы мәліметтер алуға құқылысыз.',
          severity: 'error',
          message:
            'The Russian version has clause 2.2 («Вы вправе отозвать согласие на обработку персональных…»), which this version lacks; it belongs after this clause.',
          suggestions: [
            file(
              ['ru', RU],
              [
                'kk',
                KK.replace(
                  /\n\n2\.2\. .*/,
                  '\n\n<!-- pplint: translate -->\n2.2. Вы вправе отозвать согласие на обработку персональных данных.',
                ),
              ],
            ),
          ],
        },
      ],
    },
    {
      name: 'the first clause of a section is missing',
      text: file(['ru', RU], ['kk', KK.replace(/2\.1\. .*\n\n/, '')]),
      errors: [
        {
          messageId: 'missing-before',
          text: '2.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.',
          suggestions: [
            file(
              ['ru', RU],
              [
                'kk',
                KK.replace(
                  /2\.1\. .*\n\n/,
                  '<!-- pplint: translate -->\n2.1. Вы вправе получить сведения о своих персональных данных.\n\n',
                ),
              ],
            ),
          ],
        },
      ],
    },
    {
      name: 'a clause only the translation has',
      text: file(
        ['ru', RU],
        ['kk', KK.replace('құқылысыз.\n\n## 3', 'құқылысыз.\n\n2.3. Сіз шағым беруге құқылысыз.\n\n## 3')],
      ),
      errors: [
        {
          messageId: 'extra',
          text: '2.3. Сіз шағым беруге құқылысыз.',
          severity: 'error',
          message: 'This version has clause 2.3',
        },
      ],
    },
    {
      name: 'a paragraph missing from a notice without numbering is found by content and order',
      text: file(
        ['ru', RU_NOTICE],
        ['en', EN_NOTICE.replace('\n\nAccount data are deleted 90 days after the account is closed.', '')],
      ),
      errors: [
        {
          messageId: 'missing-before',
          text: 'Backups are overwritten every 30 days and are not used for any other purpose.',
          severity: 'warning',
          message: 'found by comparing content and order',
          suggestions: [
            file(
              ['ru', RU_NOTICE],
              [
                'en',
                EN_NOTICE.replace(
                  'Account data are deleted 90 days after the account is closed.',
                  '<!-- pplint: translate -->\nДанные учетной записи удаляются через 90 дней после ее закрытия.',
                ),
              ],
            ),
          ],
        },
      ],
    },
    {
      name: 'a whole section is missing',
      text: file(['ru', RU], ['kk', KK.replace(/## 2\.[^]*?(?=## 3)/, '')]),
      errors: [{ messageId: 'missing-section-before', text: '3. Байланыс', message: 'section 2 «Права субъекта»' }],
    },
    {
      name: 'sections missing at the same place are one finding that lists them, each insertion offered',
      text: file(['ru', RU_LONGER], ['kk', KK]),
      errors: [
        {
          messageId: 'missing-several',
          text: '3.1. Сұраулар privacy@dalapay.kz мекенжайына жіберіледі.',
          severity: 'error',
          message:
            'The Russian version has 2 texts that this version lacks, all belonging after this text: section 4 «Файлы cookie»; section 5 «Изменения».',
          suggestions: ['4', '5'].map((n) => {
            const section = RU_LONGER.slice(RU_LONGER.indexOf(`## ${n}.`)).split(/\n\n(?=## )/)[0]!;
            return file(['ru', RU_LONGER], ['kk', `${KK}\n\n<!-- pplint: translate -->\n${section}`]);
          }),
        },
      ],
    },
    {
      name: 'a translation half as long that lacks sections in the middle: its length is measured on what it translates',
      text: file(['ru', RU_SIX], ['kk', KK_STUB]),
      errors: [
        {
          messageId: 'missing-several',
          text: '3. Байланыс',
          message:
            'has 3 texts that this version lacks, all belonging before this section: section 3 «Сроки хранения»; section 4 «Передача третьим лицам»; section 5 «Меры защиты».',
        },
      ],
    },
    {
      name: 'clauses kept as lines of one paragraph: the missing one is reported, the others are there',
      text: file(['ru', RU_LINES], ['en', EN_LINES.replace(/\n4\.3\..*/, '')]),
      errors: [
        {
          messageId: 'missing-after',
          text: '4.2. We may send the user messages about new services; the user may unsubscribe at any time.',
        },
      ],
    },
    {
      name: 'a section only the translation has',
      text: file(['ru', RU], ['kk', `${KK}\n\n## 4. Cookie файлдары\n\n4.1. Біз cookie файлдарын пайдаланбаймыз.`]),
      errors: [{ messageId: 'extra-section', text: '4. Cookie файлдары' }],
    },
    {
      name: 'a section that lost its only paragraph',
      text: file(
        [
          'ru',
          RU_NOTICE.replace(
            '## Как долго',
            '## Кто мы\n\nМы — платежное приложение, зарегистрированное в городе Алматы и отвечающее за ваши данные.\n\n## Как долго',
          ),
        ],
        ['en', EN_NOTICE.replace('## How long', '## Who we are\n\n## How long')],
      ),
      errors: [{ messageId: 'missing-in-section', text: 'Who we are', severity: 'warning' }],
    },
    {
      name: 'a table row is missing',
      text: file(
        ['ru', '## 5. Сроки\n\n| Цель | Срок |\n|---|---|\n| Платежи | 5 лет |\n| Обращения | 3 года |'],
        ['kk', '## 5. Мерзімдер\n\n| Мақсат | Мерзім |\n|---|---|\n| Төлемдер | 5 жыл |'],
      ),
      errors: [{ messageId: 'missing-after', text: '5 жыл', message: 'the table row «Обращения' }],
    },
    {
      // The master text's numbering skips 2.2 where the translation has a clause 2.2 of its own:
      // the master lost it, so the master is told too (softly), besides the translation's "extra".
      name: 'the master text skips the very number the translation has',
      text: file(['ru', RU_SKIPPING], ['kk', KK_FULL]),
      errors: [
        {
          messageId: 'missing-before',
          text: '2.3. Вы вправе требовать удаления своих данных.',
          severity: 'warning',
          message:
            'The Kazakh version has clause 2.2 («Сіз деректерді өңдеуге берілген келісімді кез келген…»), which this version lacks; it belongs before this clause.',
        },
        {
          messageId: 'extra',
          text: '2.2. Сіз деректерді өңдеуге берілген келісімді кез келген уақытта кері қайтарып ала аласыз.',
        },
      ],
    },
  ],
});

describe('untranslated-clause: texts missing at one place', () => {
  it('points at each in the master, and names only the first three in its message', () => {
    const master = RU.replace(
      '2.2. Вы вправе отозвать согласие на обработку персональных данных.',
      '2.2. Вы вправе отозвать согласие на обработку персональных данных.\n\n2.3. Вы вправе требовать исправления неточных данных.\n\n2.4. Вы вправе требовать удаления данных.\n\n2.5. Вы вправе обжаловать наши действия в уполномоченном органе.',
    );
    const { findings } = lintWith('untranslated-clause', {
      text: file(['ru', master], ['kk', KK.replace(/\n\n2\.2\. .*/, '')]),
    });
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.deepEqual(
      finding!.related!.map((r) => render(r.message!, 'en').replace(/ \(.*/, '')),
      ['clause 2.2', 'clause 2.3', 'clause 2.4', 'clause 2.5'],
    );
    assert.match(
      render(finding!.message, 'en'),
      /^The Russian version has 4 texts that this version lacks, all belonging after this clause: clause 2\.2 .*; clause 2\.4 \(«Вы вправе требовать удаления данных\.»\); and 1 more\./,
    );
    assert.match(
      render(finding!.message, 'ru'),
      /^В этой версии нет текстов русской версии \(4\), место которых — после этого пункта: пункт 2\.2 .*; и ещё 1\./,
    );
    assert.deepEqual(
      finding!.suggestions!.map((f) => render(f.title, 'en').replace(/ \(«.*/, '')),
      [
        'Insert the Russian text of clause 2.2',
        'Insert the Russian text of clause 2.3',
        'Insert the Russian text of clause 2.4',
        'Insert the Russian text of clause 2.5',
      ],
    );
  });
});
