// retention-vague: data named by the duty to keep them («данные, обязательные к хранению по
// законодательству», "records we are required by law to keep", «заң бойынша сақтауға міндетті
// деректер») are kept for the period the law sets: a legal hold whose criterion is that law, not a
// vague period. The same unnamed statutory period as the period of all the data stays vague.
// Every text is ours.
import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\njurisdictions: [kz, gdpr]\n---\n`;

ruleTester('retention-vague', {
  valid: [
    {
      name: 'en: records the law requires us to keep, for the period the law sets',
      text: `${fm('en')}Invoices we are required by law to keep are stored for the period required by law, even after you close your account.\n`,
    },
    {
      name: 'ru: data the operator must keep by law, until the statutory period ends',
      text: `${fm('ru')}Сведения о платежах, которые школа обязана хранить для бухгалтерского учёта, хранятся в течение срока, установленного законодательством.\n`,
    },
    {
      name: 'ru: data obligatory to keep by law, for the period the law sets',
      text: `${fm('ru')}Документы, обязательные к хранению по законодательству, хранятся в течение установленного законом срока.\n`,
    },
    {
      name: 'kk: data the operator is obliged by law to keep',
      text: `${fm('kk')}Мектеп заң бойынша сақтауға міндетті төлем туралы мәліметтер заңнамада белгіленген мерзім ішінде сақталады.\n`,
    },
  ],
  invalid: [
    {
      name: 'en: all the data kept for the period the law sets',
      text: `${fm('en')}We keep your personal data for the period required by law.\n`,
      errors: [{ messageId: 'vague', text: 'period required by law' }],
    },
    {
      name: 'ru: all the data kept for the period the law sets',
      text: `${fm('ru')}Персональные данные хранятся в течение срока, установленного законодательством.\n`,
      errors: [{ messageId: 'vague' }],
    },
    {
      name: 'kk: all the data kept for the period the law sets',
      text: `${fm('kk')}Дербес деректер заңнамада белгіленген мерзім ішінде сақталады.\n`,
      errors: [{ messageId: 'vague' }],
    },
  ],
});
