import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string, jurisdictions?: string) =>
  `---\nlang: ${lang}\npolicy: privacy\n${jurisdictions ? `jurisdictions: [${jurisdictions}]\n` : ''}---\n`;
const kzLaw = {
  en: 'Dala Pay LLP processes personal data under the Law of the Republic of Kazakhstan No. 94-V "On Personal Data and Their Protection".',
  ru: 'ТОО «Дала Пэй» обрабатывает персональные данные по Закону Республики Казахстан № 94-V «О персональных данных и их защите».',
  kk: '«Дала Пэй» ЖШС дербес деректерді Қазақстан Республикасының № 94-V «Дербес деректер және оларды қорғау туралы» Заңына сәйкес өңдейді.',
};

// Signs of Kazakhstan and no law applied: Law 94-V is a guess.
const kzGuess = 'Dala Pay is a team based in Almaty, Kazakhstan. Contact: hello@dalapay.kz, +7 701 540 18 02.';

ruleTester('wrong-jurisdiction', {
  valid: [
    { name: 'Kazakh law cited correctly', text: `${fm('en')}${kzLaw.en}\n` },
    {
      name: 'a Russian policy cites a federal law',
      text: `${fm('ru')}ООО «Ромашка» обрабатывает данные по Федеральному закону от 27.07.2006 № 152-ФЗ «О персональных данных».\n`,
    },
    {
      name: 'US federal law named as such in a Kazakh policy',
      text: `${fm('en')}${kzLaw.en} Our US processor follows United States federal law.\n`,
    },
    {
      name: 'rights and legitimate interests are not a legal basis',
      text: `${fm('ru')}${kzLaw.ru} Оператор защищает права и законные интересы субъектов; основание обработки — согласие.\n`,
    },
    {
      name: 'legitimate interest under a policy that also answers to the GDPR',
      text: `${fm('en', 'kz, gdpr')}${kzLaw.en}\n\nLegal basis for analytics: our legitimate interest.\n`,
    },
    { name: 'a Kazakh address', text: `${fm('ru')}${kzLaw.ru} Адрес: 050000, г. Алматы, ул. Абая, 10.\n` },
    {
      name: 'Moscow named outside an address',
      text: `${fm('en')}${kzLaw.en} Our team met the regulator in Moscow last year.\n`,
    },
    { name: 'no law known: nothing is foreign', text: `${fm('en')}We process data under the Federal Law.\n` },
    // The right to object to processing based on legitimate interest describes a right, not a basis.
    {
      name: 'the right to object (en)',
      text: `${fm('en')}${kzLaw.en}\n\n## Your rights\n\n- Objection: you may object to processing on the basis of our legitimate interests.\n`,
    },
    {
      name: 'the right to object (ru)',
      text: `${fm('ru')}${kzLaw.ru}\n\n## Права\n\n- Возражение: вы можете возразить против обработки на основании законного интереса Оператора.\n`,
    },
    {
      name: 'the right to object (kk: the verb comes last)',
      text: `${fm('kk')}${kzLaw.kk}\n\n## Құқықтар\n\n- Қарсылық: Оператордың заңды мүддесі негізіндегі өңдеуге қарсы шығуға құқылысыз.\n`,
    },
    {
      // A guessed law may be wrong: only the information on legitimate interest is read under a guess.
      name: 'federal wording under a guessed Kazakh law',
      text: `${fm('en')}${kzGuess}\n\nWe process data under the Federal Law.\n`,
    },
    {
      name: 'a GDPR mention in passing in a policy set to Kazakh law',
      text: `${fm('en', 'kz')}${kzLaw.en} Depending on where you live, the GDPR may also apply.\n`,
    },
  ],
  invalid: [
    {
      name: 'Federal Law of the Republic of Kazakhstan',
      text: `${fm('en')}${kzLaw.en}\n\nWe meet the duties of the Federal Law of the Republic of Kazakhstan "On Personal Data and Their Protection".\n`,
      errors: [{ messageId: 'federal-law', text: 'Federal Law', message: 'Kazakhstan has no federal laws' }],
      output: `${fm('en')}${kzLaw.en}\n\nWe meet the duties of the Law of the Republic of Kazakhstan "On Personal Data and Their Protection".\n`,
    },
    {
      name: 'Russian federal wording in a Kazakh policy',
      text: `${fm('ru')}${kzLaw.ru}\n\nОператор вправе поручить обработку в случаях, предусмотренных федеральными законами.\n`,
      errors: [{ messageId: 'federal-law', text: 'федеральными законами' }],
    },
    {
      name: 'a Russian registry in a Kazakh policy',
      text: `${fm('ru')}${kzLaw.ru}\n\nСведения об операторе внесены в ЕГРЮЛ.\n`,
      errors: [{ messageId: 'registry', text: 'ЕГРЮЛ' }],
    },
    {
      name: 'Russian legislation in a policy set to Kazakh law',
      text: `${fm('ru', 'kz')}${kzLaw.ru}\n\nСпоры разрешаются в соответствии с законодательством Российской Федерации.\n`,
      errors: [{ messageId: 'citation', text: 'законодательством Российской Федерации' }],
    },
    {
      name: 'an operator address in Russia',
      text: `${fm('en')}${kzLaw.en}\n\nSend the notice to the address: 141700, Moscow Region, Lesnaya Street 5.\n`,
      errors: [{ messageId: 'address', text: 'Moscow' }],
    },
    {
      name: 'legitimate interest as a Kazakh legal basis',
      text: `${fm('kk')}${kzLaw.kk}\n\n## Өңдеудің құқықтық негіздері\n\nОператордың заңды мүддесі\n`,
      errors: [{ messageId: 'legitimate-interest', text: 'заңды мүддесі', severity: 'info' }],
    },
    {
      name: 'legitimate interest as a basis, with the right to object in its own clause after «;»',
      text: `${fm('ru')}${kzLaw.ru}\n\nОснование обработки для проверки платежей — законный интерес Оператора; вы вправе возразить.\n`,
      errors: [{ messageId: 'legitimate-interest', text: 'законный интерес' }],
    },
    {
      name: 'a word of objecting in another sentence does not excuse the basis',
      text: `${fm('en')}${kzLaw.en}\n\nLegal basis for fraud checks: our legitimate interest. You may object by e-mail.\n`,
      errors: [{ messageId: 'legitimate-interest', text: 'legitimate interest' }],
    },
    {
      name: 'legitimate interest under a guessed Kazakh law: information that says the law is a guess',
      text: `${fm('en')}${kzGuess}\n\n## Why we use your data\n\n- Fraud checks. Legal basis: our legitimate interest.\n`,
      errors: [
        {
          messageId: 'legitimate-interest-guessed',
          text: 'legitimate interest',
          severity: 'info',
          message: 'pplint guesses that the policy answers to Law 94-V',
        },
      ],
    },
  ],
});
