import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('contradiction', {
  valid: [
    { name: 'a denial alone', text: `${fm('en')}We do not transfer personal data abroad.\n` },
    {
      name: 'a denial with an exception beside a transfer',
      text: `${fm('en')}We do not transfer personal data abroad except to our hosting provider.\n\nOur hosting provider stores the data on servers located in Germany.\n`,
    },
    {
      name: 'a conditional transfer is no statement of one',
      text: `${fm('ru')}Мы не передаём персональные данные за рубеж.\n\nЕсли потребуется передать данные за пределы Республики Казахстан, мы получим ваше согласие.\n`,
    },
    {
      name: 'no sale, and sharing with processors',
      text: `${fm('en')}We do not sell personal data.\n\nWe share data with our payment processor to take payments.\n`,
    },
    {
      name: 'a negation in the other sentence',
      text: `${fm('en')}We do not sell personal data.\n\nNone of our partners may sell personal data to advertisers.\n`,
    },
    {
      name: 'not collected, and not in the data list',
      text: `${fm('en')}We do not collect biometric data.\n\n## Data we collect\n\n- name\n- phone number\n`,
    },
    {
      name: 'Kazakh negated act is not read as an act',
      text: `${fm('kk')}Біз дербес деректерді сатпаймыз.\n\nСеріктестер дербес деректерді сатпайды.\n`,
    },
  ],
  invalid: [
    {
      name: 'no transfer abroad, and servers in the USA',
      text: `${fm('en')}We do not transfer personal data abroad.\n\n## Hosting\n\nYour data are stored on servers located in the USA.\n`,
      errors: [{ messageId: 'transfer-abroad', text: 'do not transfer personal data abroad' }],
    },
    {
      name: 'Russian: no cross-border transfer, and a transfer',
      text: `${fm('ru')}Оператор не осуществляет трансграничную передачу персональных данных.\n\nДанные о платежах передаются платёжному партнёру за пределы Республики Казахстан.\n`,
      errors: [{ messageId: 'transfer-abroad', text: 'не осуществляет трансграничную передачу' }],
    },
    {
      name: 'no sale, and a sale',
      text: `${fm('en')}We never sell your data.\n\nWe may sell aggregated personal information to advertisers.\n`,
      errors: [{ messageId: 'sale', text: 'never sell' }],
    },
    {
      name: 'not collected, and in the data list',
      text: `${fm('en')}We do not collect biometric data.\n\n## Data we collect\n\n- name\n- fingerprints for signing in to the app\n`,
      errors: [{ messageId: 'collect', text: 'do not collect' }],
    },
  ],
});
