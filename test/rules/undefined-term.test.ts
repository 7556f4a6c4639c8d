import { ruleTester } from '../helpers/rule-tester.js';

const en = '---\nlang: en\npolicy: privacy\n---\n';
const ru = '---\nlang: ru\npolicy: privacy\n---\n';
const kk = '---\nlang: kk\npolicy: privacy\n---\n';

ruleTester('undefined-term', {
  valid: [
    {
      name: 'a foreign abbreviation the version introduces in brackets',
      text: `${en}# Privacy Policy\n\nWe follow the General Data Protection Regulation (the “DSGVO”), as the German original calls it.\n\nYou may ask us to delete your data (Art. 17 DSGVO).\n`,
    },
    {
      name: 'the letters of an abbreviation inside an ordinary word in lower case',
      text: `${en}# Privacy Policy\n\nWe keep the rgpd export file for thirty days.\n`,
    },
    {
      name: 'defined with hereinafter',
      text: `${en}# Privacy Policy\n\nDala Pay LLP (hereinafter the “Operator”) processes data.\n\nData are kept by the Operator for five years.\n`,
    },
    {
      // The intro and the term make a clause of their own, on the line after the name: no brackets, no quotes.
      name: 'defined by «бұдан әрі — Оператор» as a paragraph of its own',
      text: `${kk}# Саясат\n\nДерекқордың иесі:\n\n«Дала Софт» ЖШС\n\nбұдан әрі — Оператор.\n\nБіздің деректерді Оператор бес жыл сақтайды.\n`,
    },
    {
      name: 'defined by «далее — Приложение» after a comma, closing the sentence',
      text: `${ru}# Политика\n\nПолитика действует для мобильного приложения «Дала», далее — Приложение.\n\nДанные, которые получает Приложение, хранятся пять лет.\n`,
    },
    {
      // An unquoted English name with its article, alone in brackets after what it names.
      name: 'defined by an unquoted name with the article in brackets, (the Site)',
      text: `${en}# Privacy Policy\n\nThis notice covers how Dala Soft treats data of website visitors (the Site).\n\nBy using the Site, you accept this notice.\n`,
    },
    {
      name: 'defined by a second name in brackets',
      text: `${en}# Privacy Policy\n\nThis policy covers users of the app (each, a “User”).\n\nWe answer each User within ten days.\n`,
    },
    {
      name: 'defined by several second names in single quotes, in brackets',
      text: `${en}# Privacy Policy\n\nThis notice covers the data of people ('User', 'You') who study on the Atyn learning platform ('Platform', 'We').\n\nBy signing up on the Platform, the User agrees to these terms.\n`,
    },
    {
      name: 'defined in a numbered definitions list',
      text: `${en}# Privacy Policy\n\n2.7. User – any visitor of the website.\n\n2.8. Data of the User are kept for one year.\n`,
    },
    {
      name: 'a definitions list that gives a term its synonyms, with a dash',
      text: `${ru}# Политика\n\n## Термины\n\n- «Компания», «мы», «нас» — ТОО «Дала Пэй».\n\n## Данные\n\nПри реорганизации Компании данные переходят к правопреемнику.\n`,
    },
    {
      name: 'a definitions list that gives a term its synonyms, with a verb',
      text: `${en}# Privacy Policy\n\n## Terms we use\n\n- "Company", "we", "us" means Dala Pay LLP.\n\n## Your data\n\nIf the Company is reorganised, the data pass to its successor.\n`,
    },
    {
      name: 'a sentence start is not a defined term',
      text: `${en}# Privacy Policy\n\nWe process data. Users may ask for a copy.\n`,
    },
    { name: 'part of a proper name', text: `${en}# Privacy Policy\n\nThe app is published in the Apple App Store.\n` },
    { name: 'lower case is ordinary language', text: `${en}# Privacy Policy\n\nEvery user may ask for a copy.\n` },
    { name: 'inside quotation marks', text: `${ru}# Политика\n\nСм. документ «Правила для Пользователей сайта».\n` },
    {
      name: 'Russian inflection of a defined term',
      text: `${ru}# Политика\n\nТОО «Дала Пэй» (далее – Оператор) обрабатывает данные.\n\nДанные хранятся Оператором пять лет.\n`,
    },
    {
      name: 'Kazakh definition with бұдан әрі',
      text: `${kk}# Саясат\n\nСіз (бұдан әрі – Пайдаланушы) сайтты пайдаланасыз.\n\nДеректерді тек Пайдаланушының келісімімен өңдейміз.\n`,
    },
    {
      name: 'the policy uses its defined name',
      text: `${ru}# Политика\n\nПолитика обработки данных (далее – Политика) определяет порядок.\n\nНастоящая Политика применяется ко всем данным.\n`,
    },
    {
      name: 'a second document under its own heading',
      text: `${en}# Privacy Policy\n\nThis Privacy Policy (hereinafter the “Policy”) applies to data.\n\n## Consent to processing\n\nBy signing this Consent the subject agrees.\n`,
    },
    {
      name: 'a role named by the sentence that says who plays it («Оператором … является …»)',
      text: `${ru}# Политика\n\nОператором персональных данных является Гостевой дом «Берег».\n\nЗапросы направляйте Оператору по электронной почте.\n`,
    },
    {
      name: 'a role named after a dash by a company with its legal form',
      text: `${ru}# Согласие\n\nЯ даю согласие Оператору — ТОО «Дала Пэй», г. Алматы.\n\nСогласие можно отозвать, написав Оператору.\n`,
    },
    {
      name: 'a role named after a dash, in English',
      text: `${en}# Consent\n\nI give this consent to the Operator — Dala Pay LLP, Almaty.\n\nI may withdraw it by writing to the Operator.\n`,
    },
  ],
  invalid: [
    {
      name: 'a copula followed by no name does not define the role',
      text: `${en}# Privacy Policy\n\nThe Company is GDPR compliant.\n\nPlease write to the Company with questions.\n`,
      errors: [{ messageId: 'undefined', text: 'Company' }],
    },
    {
      name: 'a dash after the role and a conjunction names the others, not the role',
      text: `${kk}# Келісім\n\nКелісім Операторға және үшінші тұлғаларға — Беларусь ұйымдарына беріледі.\n\nДеректерді біздің Оператор сақтайды.\n`,
      errors: [{ messageId: 'undefined', text: 'Оператор' }],
    },
    {
      // Without the article, a capitalised word in brackets is only an aside.
      name: 'a capitalised word in brackets without the article defines nothing',
      text: `${en}# Privacy Policy\n\nThis notice covers how Dala Soft treats data of website visitors (Almaty).\n\nBy using the Site, you accept this notice.\n`,
      errors: [{ messageId: 'undefined', text: 'Site' }],
    },
    {
      name: 'a shorter form of a defined term: the message names the term the policy defines',
      text: `${en}# Privacy Policy\n\nThis Policy applies to the website dalapay.kz (hereinafter the “Website”).\n\nIt does not apply to sites that link to the Site.\n`,
      errors: [
        {
          messageId: 'undefined-shorter',
          text: 'Site',
          line: 9,
          message: 'the policy defines «Website» (line 7), not «Site»: write «Website»',
        },
      ],
    },
    {
      name: 'the German abbreviation of the GDPR left in the English version, once however often used',
      text: `${en}# Privacy Policy\n\nWe process data under the General Data Protection Regulation (the “GDPR”).\n\nYou may ask us to delete your data (Art. 17 DSGVO) or to restrict it (Art. 18 DSGVO).\n`,
      errors: [
        { messageId: 'foreign-abbreviation', text: 'DSGVO', line: 9, message: 'abbreviates a law in another language' },
      ],
    },
    {
      name: 'an Operator never defined, while the policy defines the Administration',
      text: `${en}# Privacy Policy\n\n1.1. "Site Administration" (hereinafter the Administration) – the organiser.\n\n1.2. "Confidentiality" – a duty of the Operator or another person not to disclose data.\n`,
      errors: [
        {
          messageId: 'undefined',
          text: 'Operator',
          line: 9,
          severity: 'error',
          message: '«Operator» is capitalised as a defined term',
        },
      ],
    },
    {
      // After a comma, «далее — …» may be "then": a clause of several words defines nothing.
      name: 'Russian: «…, далее — Оператор хранит их» is no definition',
      text: `${ru}# Политика\n\nДанные поступают в базу, далее — Оператор хранит их.\n\nДанные удаляет Оператор через год.\n`,
      errors: [{ messageId: 'undefined', text: 'Оператор', line: 9 }],
    },
    {
      name: 'Russian: reported once, at the first use',
      text: `${ru}# Политика\n\n1.1. Требование, обязательное для соблюдения Оператором.\n\n1.2. Данные передаются Оператору.\n`,
      errors: [{ messageId: 'undefined', text: 'Оператором' }],
    },
    {
      name: 'a word two phrases of the vocabulary find is one finding, not two',
      text: `${ru}# Политика\n\n## Общие положения\n\nСведения о заказах получает Компания.\n`,
      errors: [{ messageId: 'undefined', text: 'Компания' }],
    },
    {
      name: 'one term however inflected, when one form is found by two phrases and another by one',
      text: `${ru}# Политика\n\nСведения о заказах получает Компания.\n\nРеквизиты Компании указаны ниже.\n`,
      errors: [{ messageId: 'undefined', text: 'Компания' }],
    },
    {
      name: 'the policy defines its name as «Положение» and calls itself «Политика»',
      text: `${ru}# Политика\n\n1.1. Политика в отношении обработки данных (далее — «Положение») разработана оператором.\n\n1.2. Настоящая Политика определяет порядок обработки.\n`,
      errors: [{ messageId: 'self-name', text: 'Настоящая Политика', message: '«Положение»' }],
    },
  ],
});
