import { ruleTester } from '../helpers/rule-tester.js';

const fm = '---\nlang: en\npolicy: privacy\n---\n';

ruleTester('duplicate-heading', {
  valid: [
    { name: 'distinct headings', text: `${fm}# Policy\n\n## 1. Scope\n\n## 2. Retention\n` },
    {
      name: 'same title under different parents',
      text: `${fm}# Policy\n\n## Payment data\n\n### Retention\n\nFive years.\n\n## Marketing data\n\n### Retention\n\nOne year.\n`,
    },
    { name: 'same title at different levels', text: `${fm}# Cookies\n\n## Cookies\n` },
    {
      name: 'each language version of one file on its own',
      text: `${fm}<!-- lang: ru -->\n\n## Cookie\n\n<!-- lang: en -->\n\n## Cookie\n`,
    },
  ],
  invalid: [
    {
      name: 'a section pasted twice',
      text: `${fm}# Policy\n\n## 7. Retention\n\nFive years.\n\n## 8. Retention\n\nSeven years.\n`,
      // Its text is not joined to the section before: it would stand under a heading not about it.
      errors: [
        {
          messageId: 'duplicate',
          text: '## 8. Retention',
          line: 11,
          message: 'first on line 7',
          suggestions: [`${fm}# Policy\n\n## 7. Retention\n\nFive years.\n\n## 8. [Retention]\n\nSeven years.\n`],
        },
      ],
    },
    {
      name: 'an empty second section may also be deleted',
      text: `${fm}# Policy\n\n## 7. Retention\n\nFive years.\n\n## 8. Retention\n`,
      errors: [
        {
          messageId: 'duplicate',
          suggestions: [
            `${fm}# Policy\n\n## 7. Retention\n\nFive years.\n\n## 8. [Retention]\n`,
            `${fm}# Policy\n\n## 7. Retention\n\nFive years.\n\n`,
          ],
        },
      ],
    },
    {
      name: 'the rename offers the title the other language version gives that section',
      text: `---\npolicy: privacy\n---\n<!-- lang: ru -->\n\n# Политика конфиденциальности\n\n## 1. Данные продавцов\n\nМы храним данные продавцов пять лет с даты расторжения договора.\n\n## 2. Данные продавцов\n\nДанные посетителей сайта хранятся один год с даты посещения.\n\n<!-- lang: en -->\n\n# Privacy Policy\n\n## 1. Merchants' data\n\nWe keep merchants' data for five years from the termination of the contract.\n\n## 2. Visitors' data\n\nData of site visitors are kept for one year from the visit.\n`,
      errors: [
        {
          messageId: 'duplicate',
          text: '## 2. Данные продавцов',
          suggestions: [
            `---\npolicy: privacy\n---\n<!-- lang: ru -->\n\n# Политика конфиденциальности\n\n## 1. Данные продавцов\n\nМы храним данные продавцов пять лет с даты расторжения договора.\n\n## 2. [Visitors' data]\n\nДанные посетителей сайта хранятся один год с даты посещения.\n\n<!-- lang: en -->\n\n# Privacy Policy\n\n## 1. Merchants' data\n\nWe keep merchants' data for five years from the termination of the contract.\n\n## 2. Visitors' data\n\nData of site visitors are kept for one year from the visit.\n`,
          ],
        },
      ],
    },
    {
      name: 'case and punctuation do not make a difference',
      text: `${fm}## Your rights\n\nText.\n\n## YOUR RIGHTS:\n`,
      errors: [{ messageId: 'duplicate', text: '## YOUR RIGHTS:' }],
    },
    {
      name: 'Russian sub-headings',
      text: '---\nlang: ru\n---\n## 6. Хранение\n\n### Срок хранения\n\nПять лет.\n\n### Срок хранения\n\nПять лет.\n',
      errors: [{ messageId: 'duplicate', text: '### Срок хранения' }],
    },
    {
      name: 'document-wide when siblingsOnly is off',
      text: `${fm}## A\n\n### Retention\n\n## B\n\n### Retention\n`,
      options: { siblingsOnly: false },
      errors: [{ messageId: 'duplicate', text: '### Retention' }],
    },
  ],
});
