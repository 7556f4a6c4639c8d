// placeholder: a contact label promises a detail only where it heads its line. A sentence that
// ends on the word ("… on our website:") introduces what follows, and a heading that ends on a
// label («### Postal address:») titles the details written under it. Every text is ours.
import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('placeholder', {
  valid: [
    {
      name: 'en: a sentence ending on "website:" before a list of cookies',
      text: `${fm('en')}## Cookies\n\nWe place three kinds of cookies when you browse our website:\n\n- session cookies;\n- preference cookies.\n`,
    },
    {
      name: 'ru: a sentence ending on «сайт:» before a list',
      text: `${fm('ru')}## Cookie\n\nНиже перечислены файлы cookie, которые использует наш сайт:\n\n- сессионные;\n- настроечные.\n`,
    },
    {
      name: 'kk: a sentence ending on «сайт:» before a list',
      text: `${fm('kk')}## Cookie\n\nТөменде біздің сайт қолданатын cookie файлдары берілген, сайт:\n\n- сессиялық;\n- баптау.\n`,
    },
    {
      name: 'en: a heading "Postal address:" with the address under it',
      text: `${fm('en')}## Contact\n\n### Postal address:\n\nDala Pay LLP\n12 Abay Avenue, Almaty 050000\n`,
    },
    {
      name: 'ru: a heading «Адрес:» with the address under it',
      text: `${fm('ru')}## Контакты\n\n### Адрес:\n\nг. Алматы, пр. Абая, 12\n`,
    },
  ],
  invalid: [
    {
      name: 'en: a bare label at the start of a line still promises a detail',
      text: `${fm('en')}## Contact\n\nPostal address:\n\nWe answer letters within ten days.\n`,
      errors: [{ messageId: 'empty-contact', text: 'address' }],
    },
    {
      name: 'en: a label after a short kind still promises a detail',
      text: `${fm('en')}## Contact\n\nRegistered office address:\n`,
      errors: [{ messageId: 'empty-contact' }],
    },
    {
      name: 'ru: «Телефон:» with nothing after it',
      text: `${fm('ru')}## Контакты\n\nТелефон:\n`,
      errors: [{ messageId: 'empty-contact', text: 'Телефон' }],
    },
    {
      name: 'kk: «Мекенжайы:» with nothing after it',
      text: `${fm('kk')}## Байланыс\n\nЗаңды мекенжайы:\n`,
      errors: [{ messageId: 'empty-contact' }],
    },
  ],
});
