import { ruleTester } from '../helpers/rule-tester.js';

// Numbering that differs while the text pairs: clause numbers that skip one, headings that lost or
// changed their number. Versions one after another in one file; the Russian one is the primary.
const file = (...parts: Array<[string, string]>): string =>
  `---\npolicy: privacy\n---\n${parts.map(([lang, text]) => `\n<!-- lang: ${lang} -->\n\n${text.trim()}\n`).join('')}`;

// A clause with three sub-clauses; the skipping variants leave a number out but keep every clause.
const RU_SHARE = `## 3. Передача данных

3.1. Оператор передает данные третьим лицам только в следующих случаях:

3.1.1. Пользователь дал на это согласие.

3.1.2. Передача нужна для исполнения договора с Пользователем.

3.1.3. Передачу требует закон.`;
const EN_SHARE = `## 3. Sharing data

3.1. The Operator shares data with third parties only in the following cases:

3.1.1. The User has consented to it.

3.1.2. The transfer is needed to perform the contract with the User.

3.1.3. The law requires the transfer.`;

/** Four numbered sections; `headings` rewrites the heading lines of one version. */
const SECTIONS: Record<'ru' | 'kk' | 'en', Array<[string, string]>> = {
  ru: [
    ['1. Общие положения', '1.1. Политика описывает, как Оператор обращается с персональными данными клиентов.'],
    ['2. Данные', '2.1. Оператор собирает имя, телефон и адрес электронной почты клиента.'],
    ['3. Цели', '3.1. Данные нужны только для исполнения договора с клиентом.'],
    ['4. Права', '4.1. Клиент вправе отозвать согласие в любое время.'],
  ],
  kk: [
    [
      '1. Жалпы ережелер',
      '1.1. Саясат Оператордың клиенттердің дербес деректерімен қалай жұмыс істейтінін сипаттайды.',
    ],
    ['2. Деректер', '2.1. Оператор клиенттің атын, телефонын және электрондық пошта мекенжайын жинайды.'],
    ['3. Мақсаттар', '3.1. Деректер тек клиентпен жасалған шартты орындау үшін қажет.'],
    ['4. Құқықтар', '4.1. Клиент келісімін кез келген уақытта кері қайтарып ала алады.'],
  ],
  en: [
    ['1. General provisions', "1.1. The Policy describes how the Operator handles its clients' personal data."],
    ['2. Data', "2.1. The Operator collects the client's name, phone number and e-mail address."],
    ['3. Purposes', '3.1. The data are needed only to perform the contract with the client.'],
    ['4. Rights', '4.1. The client may withdraw consent at any time.'],
  ],
};
const version = (lang: 'ru' | 'kk' | 'en', heading: (h: string) => string = (h) => h): [string, string] => [
  lang,
  SECTIONS[lang].map(([h, body]) => `## ${heading(h)}\n\n${body}`).join('\n\n'),
];

ruleTester('translation-mismatch', {
  valid: [
    {
      name: 'both versions skip the same clause number',
      text: file(['ru', RU_SHARE.replace('3.1.3.', '3.1.4.')], ['en', EN_SHARE.replace('3.1.3.', '3.1.4.')]),
    },
    {
      // The version with the gap lacks a clause the other has: untranslated-clause tells that, not a numbering slip.
      name: 'a gap where the other version has a clause of that number',
      text: file(
        ['ru', RU_SHARE.replace('3.1.3.', '3.1.4.')],
        ['en', EN_SHARE.replace('3.1.3.', '3.1.3. The User has made the data public.\n\n3.1.4.')],
      ),
    },
    {
      name: 'a version that numbers none of its headings',
      text: file(
        version('ru'),
        version('en', (h) => h.replace(/^\d+\. /, '')),
      ),
    },
    { name: 'headings numbered alike', text: file(version('ru'), version('kk'), version('en')) },
  ],
  invalid: [
    {
      name: 'the translation numbers its clauses with a gap',
      text: file(['ru', RU_SHARE], ['en', EN_SHARE.replace('3.1.3.', '3.1.4.')]),
      errors: [
        {
          messageId: 'numbering-skips',
          text: '3.1.4.',
          severity: 'info',
          message:
            'This version numbers this clause 3.1.4 right after 3.1.2, skipping 3.1.3, while the Russian version numbers the same clauses without a gap',
        },
      ],
    },
    {
      // The master text is told too: which version is right is for the lawyer.
      name: 'the master text numbers its clauses with a gap',
      text: file(['ru', RU_SHARE.replace('3.1.3.', '3.1.4.')], ['en', EN_SHARE]),
      errors: [
        {
          messageId: 'numbering-skips',
          text: '3.1.4.',
          severity: 'info',
          message: 'while the English version numbers',
        },
      ],
    },
    {
      name: 'a heading that lost its number while its neighbours keep theirs',
      text: file(
        version('ru'),
        version('en', (h) => h.replace('2. Data', 'Data')),
      ),
      errors: [
        {
          messageId: 'heading-number-lost',
          text: 'Data',
          severity: 'warning',
          message:
            'This heading has no number, while the Russian version numbers it 2 and this version numbers the headings around it',
        },
      ],
    },
    {
      name: 'a heading numbered out of sequence where the primary’s number fits',
      text: file(
        version('ru'),
        version('kk', (h) => h.replace('3. Мақсаттар', '5. Мақсаттар')),
      ),
      errors: [
        {
          messageId: 'heading-number-differs',
          text: '5. Мақсаттар',
          severity: 'warning',
          message:
            'This heading is numbered 5, while the Russian version numbers it 3, which fits between the headings around it here',
        },
      ],
    },
    {
      name: 'a heading of the master text that lost its number',
      text: file(
        version('kk'),
        version('ru', (h) => h.replace('2. Данные', 'Данные')),
      ),
      config: { languages: ['ru', 'kk', 'en'] },
      errors: [
        {
          messageId: 'heading-number-lost',
          text: 'Данные',
          severity: 'warning',
          message: 'while the Kazakh version numbers it 2',
        },
      ],
    },
  ],
});
