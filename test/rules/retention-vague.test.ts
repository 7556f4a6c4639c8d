import { ruleTester } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\njurisdictions: [kz, gdpr]\n---\n`;

ruleTester('retention-vague', {
  valid: [
    {
      name: 'a period',
      text: `${fm('en')}We keep payment card details for five (5) years from the date of payment.\n`,
    },
    {
      name: 'a criterion naming the purposes',
      text: `${fm('en')}We retain your data for as long as necessary to achieve the purposes for which it was collected.\n`,
    },
    {
      name: 'a statutory period as an exception after the sentence’s own rule is a legal hold',
      text: `${fm('en')}We store only the contact details needed to answer your request, unless the legislation provides for their storage for a period specified by law.\n`,
    },
    {
      name: 'a statutory period as an exception, in Russian',
      text: `${fm('ru')}Мы храним только данные, необходимые для ответа на обращение, за исключением случаев, когда законодательством предусмотрено их хранение в течение определенного законом срока.\n`,
    },
    {
      name: 'anonymised statistics kept without a limit are not personal data',
      text: `${fm('en')}Aggregated and anonymised visit statistics may be kept indefinitely.\n`,
    },
    {
      name: 'anonymised statistics kept without a limit, in Russian',
      text: `${fm('ru')}Обезличенные статистические данные хранятся бессрочно.\n`,
    },
    {
      name: 'anonymised data kept without a limit, in a labelled list item',
      text: `${fm('en')}## Retention\n\n- **Usage data:** aggregated and anonymised data are kept indefinitely.\n`,
    },
    {
      name: 'until consent is withdrawn',
      text: `${fm('ru')}Данные для рассылок хранятся до момента отзыва согласия.\n`,
    },
    {
      name: 'a minimum with an end in the same sentence',
      text: `${fm('ru')}Данные хранятся не менее 5 лет и не более 6 лет с момента платежа.\n`,
    },
    {
      name: 'a minimum with a criterion in the same sentence',
      text: `${fm('en')}Data are kept until the purposes of processing are achieved, but for no less than 5 years.\n`,
    },
    {
      name: 'kk: the period needed for the purposes of processing, «мақсаттарына қажет мерзімде»',
      text: `${fm('kk')}Байланыс деректері өңдеу мақсаттарына қажет мерзімде сақталады.\n`,
    },
    {
      name: 'a Kazakh period with its bound after it',
      text: `${fm('kk')}Деректер 5 жылдан аспайтын мерзімге сақталады.\n`,
    },
    // How long a code or a link stays valid, which the sentence says is not kept, is no retention.
    {
      name: 'a confirmation code valid for a limited time and not stored (ru)',
      text: `${fm('ru')}Код подтверждения из SMS действителен ограниченное время и не хранится после входа.\n`,
    },
    {
      name: 'a sign-in link valid for a limited time and not stored (en)',
      text: `${fm('en')}The sign-in link is valid for a limited time and is not stored once you have used it.\n`,
    },
    {
      name: 'a one-time code valid for a limited time and not stored (kk)',
      text: `${fm('kk')}Бір реттік код шектеулі уақыт жарамды және растаудан кейін сақталмайды.\n`,
    },
    {
      name: '"as long as necessary" about something else',
      text: `${fm('en')}We will contact you as long as necessary.\n`,
    },
    {
      name: 'a long time that is not about keeping data',
      text: `${fm('en')}We have served clients for a long time. An answer may take a long time.\n`,
    },
    {
      name: 'a need with its purpose is a criterion',
      text: `${fm('en')}Loan applications are kept as long as needed to assess them.\n`,
    },
    {
      name: 'the account sets the end, in Russian',
      text: `${fm('ru')}Данные профиля хранятся, пока существует ваша учетная запись.\n`,
    },
    { name: 'a deletion deadline', text: `${fm('kk')}Сервер журналдары 90 күннен кейін жойылады.\n` },
    {
      name: 'a request to delete sets the end',
      text: `${fm('en')}## How long we keep data\n\n- Certificates: until you ask us to delete them.\n`,
    },
    {
      name: 'a cookie lifetime column',
      text: `${fm('ru')}| Cookie | Назначение | Срок |\n|---|---|---|\n| sid | Сохраняет вход | До закрытия браузера |\n`,
    },
  ],
  invalid: [
    {
      name: 'as long as necessary',
      text: `${fm('en')}We keep your personal data for as long as necessary.\n`,
      errors: [
        { messageId: 'vague', text: 'for as long as necessary', message: 'neither a retention period nor criteria' },
      ],
    },
    {
      name: 'an exception word that opens the sentence leaves the statutory period the rule itself',
      text: `${fm('en')}Unless you object, we keep your personal data for the period required by law.\n`,
      errors: [{ messageId: 'vague', text: 'period required by law' }],
    },
    {
      name: 'the period established by law, in Russian',
      text: `${fm('ru')}Персональные данные хранятся в течение срока, установленного законодательством.\n`,
      errors: [{ messageId: 'vague', text: 'срока, установленного законодательством' }],
    },
    {
      name: 'a 152-FZ policy is pointed to the article of its own law',
      text: `---\nlang: ru\npolicy: privacy\njurisdictions: [ru]\n---\nДанные по договору хранятся в течение срока, установленного законом.\n`,
      errors: [
        { messageId: 'vague', text: 'срока, установленного законом', message: 'determine it (152-FZ, Art. 5 p.7)' },
      ],
    },
    {
      name: 'a Law 94-V policy is pointed to Law 94-V alone',
      text: `---\nlang: ru\npolicy: privacy\njurisdictions: [kz]\n---\nДанные по договору хранятся в течение срока, установленного законом.\n`,
      errors: [
        { messageId: 'vague', text: 'срока, установленного законом', message: 'determine it (Law 94-V, Art. 12 p.2)' },
      ],
    },
    {
      name: 'a policy under none of these laws is shown every article',
      text: `---\nlang: en\npolicy: privacy\n---\nWe keep your personal data for as long as necessary.\n`,
      errors: [
        {
          messageId: 'vague',
          message: 'determine it (GDPR Art. 13(2)(a); Law 94-V, Art. 12 p.2; 152-FZ, Art. 5 p.7)',
        },
      ],
    },
    {
      name: 'a necessary period, in Kazakh',
      text: `${fm('kk')}Дербес деректер қажетті мерзім ішінде сақталады.\n`,
      errors: [{ messageId: 'vague', text: 'қажетті мерзім' }],
    },
    {
      name: 'personal data kept indefinitely, anonymised statistics named after the term',
      text: `${fm('en')}We keep your personal data indefinitely and publish only anonymised statistics.\n`,
      errors: [{ messageId: 'indefinite', text: 'indefinitely' }],
    },
    {
      name: 'kept indefinitely',
      text: `${fm('en')}Personal data are stored indefinitely.\n`,
      errors: [{ messageId: 'indefinite', text: 'indefinitely', message: 'sets no end' }],
    },
    {
      name: 'processing without a time limit, in Russian',
      text: `${fm('ru')}Обработка персональных данных осуществляется без ограничения срока.\n`,
      errors: [{ messageId: 'indefinite', text: 'без ограничения срока' }],
    },
    {
      name: 'an unlimited period of processing',
      text: `${fm('en')}The period of personal data processing is unlimited.\n`,
      errors: [{ messageId: 'indefinite', text: 'period of personal data processing is unlimited' }],
    },
    {
      name: 'no term, in Kazakh',
      text: `${fm('kk')}Дербес деректер мерзімсіз сақталады.\n`,
      errors: [{ messageId: 'indefinite', text: 'мерзімсіз' }],
    },
    {
      name: 'until liquidation of the operator, even beside the purposes',
      text: `${fm('ru')}Персональные данные хранятся до достижения целей обработки или до ликвидации Оператора.\n`,
      errors: [{ messageId: 'indefinite', text: 'до ликвидации Оператора' }],
    },
    {
      name: 'the end of a lead-in list that need never come',
      text: `${fm('ru')}4.2. Персональные данные хранятся до:\n\n4.2.1. достижения целей обработки;\n\n4.2.2. ликвидации Оператора.\n`,
      errors: [{ messageId: 'indefinite', text: 'ликвидации Оператора', line: 10 }],
    },
    {
      name: 'a limited period with no figure',
      text: `${fm('en')}Some backups may be retained for a limited period after deletion.\n`,
      errors: [{ messageId: 'vague', text: 'limited period' }],
    },
    {
      name: 'a limited time that the data are kept, beside a code that is valid',
      text: `${fm('en')}The code is valid until you use it, but the phone number it was sent to is stored for a limited time.\n`,
      errors: [{ messageId: 'vague', text: 'limited time' }],
    },
    {
      name: 'a validity word, but the data are kept for a long time',
      text: `${fm('ru')}Токен действует до выхода из аккаунта, а журналы входа хранятся длительное время.\n`,
      errors: [{ messageId: 'vague', text: 'длительное время' }],
    },
    {
      name: 'a long time with no figure, in Kazakh',
      text: `${fm('kk')}Журналдар ұзақ уақыт сақталады.\n`,
      errors: [{ messageId: 'vague', text: 'ұзақ уақыт' }],
    },
    {
      name: 'a long period with no figure, in Russian',
      text: `${fm('ru')}Данные хранятся длительный срок.\n`,
      errors: [{ messageId: 'vague', text: 'длительный срок' }],
    },
    {
      name: 'a minimum only',
      text: `${fm('en')}Data shall be retained for no less than five (5) years.\n`,
      errors: [{ messageId: 'minimum-only', text: 'no less than five (5) years', message: 'only a minimum (5 years)' }],
    },
    {
      name: 'a Russian minimum only',
      text: `${fm('ru')}Персональные данные хранятся не менее пяти лет.\n`,
      errors: [{ messageId: 'minimum-only', text: 'не менее пяти лет' }],
    },
    {
      name: 'a Kazakh minimum only',
      text: `${fm('kk')}Дербес деректер кемінде 5 жыл сақталады.\n`,
      errors: [{ messageId: 'minimum-only', text: 'кемінде 5 жыл' }],
    },
  ],
});
