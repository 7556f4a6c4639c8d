import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

ruleTester('contradiction', {
  valid: [
    {
      name: 'a copy at home that may go abroad with consent',
      text: `${fm('en')}Personal data are stored in a database located in the Republic of Kazakhstan.\n\nA copy may be transferred abroad with your consent.\n`,
    },
    {
      name: 'backups abroad beside a database at home',
      text: `${fm('en')}Personal data are stored in a database located in Kazakhstan.\n\nEncrypted backups are stored on servers located in Germany.\n`,
    },
    {
      name: 'storage abroad only if needed',
      text: `${fm('ru')}Персональные данные хранятся в базе данных на территории Республики Казахстан.\n\nЕсли потребуется, данные могут храниться на серверах в Германии.\n`,
    },
    {
      name: 'storage abroad with no promise of storage at home',
      text: `${fm('en')}Your data are stored on servers located in Ireland.\n`,
    },
    {
      name: 'Kazakh: a database at home, consent to transfer abroad',
      text: `${fm('kk')}Дербес деректер Қазақстан Республикасының аумағында орналасқан дерекқорда сақталады.\n\nСубъект деректерді шетелге беруге келісім береді.\n`,
    },
    {
      name: 'a database in Kazakhstan, in a cloud region at home',
      text: `${fm('en')}Personal data are stored in a database located in Kazakhstan.\n\nThe database is hosted with Yandex Cloud in the kz1 region.\n`,
    },
    {
      name: 'a database in Kazakhstan, and backups in a cloud region abroad',
      text: `${fm('en')}Personal data are stored in a database located in Kazakhstan.\n\nEncrypted backups are stored in AWS eu-west-1.\n`,
    },
  ],
  invalid: [
    {
      name: 'a database in Kazakhstan, and hosting in a cloud region abroad by its code',
      text: `${fm('en')}Personal data are stored in a database located in Kazakhstan.\n\nThe service is hosted on AWS eu-central-1.\n`,
      errors: [{ messageId: 'storage-abroad', text: 'The service is hosted on AWS eu-central-1' }],
    },
    {
      name: 'Russian: localisation, and storage in a cloud region abroad by its code',
      text: `${fm('ru')}Персональные данные хранятся на территории Республики Казахстан.\n\nСервис размещён в Google Cloud, регион europe-west1.\n`,
      errors: [{ messageId: 'storage-abroad', text: 'Сервис размещён в Google Cloud, регион europe-west1' }],
    },
    {
      name: 'a database in Kazakhstan, and storage in an Azure region named in words',
      text: `${fm('en')}Personal data are stored in a database located in Kazakhstan.\n\nCustomer files are stored in Microsoft Azure, North Europe.\n`,
      errors: [{ messageId: 'storage-abroad', text: 'Customer files are stored in Microsoft Azure, North Europe' }],
    },
    {
      name: 'a database in Kazakhstan, and servers in the Netherlands',
      text: `${fm('en')}## Storage\n\nPersonal data are stored in a database located in the Republic of Kazakhstan.\n\n## Hosting\n\nThe service and its database are hosted on servers located in the Netherlands.\n`,
      errors: [{ messageId: 'storage-abroad', text: 'hosted on servers located in the Netherlands' }],
    },
    {
      name: 'Russian: localisation, and consent to a cross-border transfer for hosting',
      text: `${fm('ru')}Хранение персональных данных ведётся с соблюдением требований о локализации.\n\nКлиент соглашается на трансграничную передачу данных для целей хостинга.\n`,
      errors: [
        {
          messageId: 'storage-abroad',
          text: 'Клиент соглашается на трансграничную передачу данных для целей хостинга',
        },
      ],
    },
    {
      name: 'Kazakh: a database at home, and storage abroad',
      text: `${fm('kk')}Дербес деректер Қазақстан Республикасының аумағында орналасқан дерекқорда сақталады.\n\nКлиенттер туралы деректер шетелдегі серверлерде сақталады.\n`,
      errors: [{ messageId: 'storage-abroad', text: 'шетелдегі серверлерде сақталады' }],
    },
  ],
});
