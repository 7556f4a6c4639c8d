// missing-section: every item of every profile, in every language, present under its heading,
// present without one (inside another section), absent, and (for items that apply only in a
// situation) neither stated nor called for; then hand-written cases for placement, numbering,
// language versions, detection, definitions, rights clauses, options and deferral.
import assert from 'node:assert/strict';
import { applyEdits, lintWith, ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { itemKind, PROFILES, type ProfileItem } from '../../server/src/engine/profiles/index.js';
import {
  checkedItems,
  completePolicy,
  fixture,
  frontMatter,
  headlessPolicy,
  LANGS,
  otherSections,
  policy,
  section,
  TITLE_LINE,
} from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';
import { TITLES } from '../fixtures/requirements/types.js';
import { BLANKS, DEFAULT_LIBRARY, plainBody } from '../../server/src/engine/clauses/index.js';

/** The library clause a suggestion inserts, with its blanks in brackets. */
const clauseText = (id: string): string => plainBody(DEFAULT_LIBRARY.byId(id, 'en')!, BLANKS);

const messageIdFor = (item: ProfileItem): string =>
  item.applies === 'when-mentioned'
    ? 'missing-when-mentioned'
    : item.applies === 'where-applicable'
      ? 'missing-where-applicable'
      : item.unstated
        ? 'missing-unstated'
        : 'missing';

const valid: Case[] = [];
const invalid: InvalidCase[] = [];
const absentCases: Array<{ requirement: string; text: string }> = [];

for (const profile of PROFILES.keys()) {
  for (const lang of LANGS) {
    valid.push({ name: `${profile} ${lang}: every item under its heading`, text: completePolicy(profile, lang) });
    valid.push({
      name: `${profile} ${lang}: a draft without section headings states every item`,
      text: headlessPolicy(profile, lang),
    });
    for (const item of checkedItems(profile)) {
      const f = fixture(profile, item.id);
      const requirement = `${profile}:${item.id}`;
      const all = otherSections(profile, lang, item.id, null);
      valid.push({
        name: `${requirement} ${lang}: under its own heading`,
        text: policy(lang, profile, [...all, section(f[lang])]),
      });
      valid.push({
        name: `${requirement} ${lang}: inside another section, without a heading`,
        text: policy(lang, profile, [`${all[0]}\n\n${f[lang].text}`, ...all.slice(1)]),
      });
      const others = otherSections(profile, lang, item.id);
      const [first, ...rest] = others;
      const situation = f.trigger ? [`${first}\n\n${f.trigger[lang]}`, ...rest] : others;
      const text = policy(lang, profile, situation);
      // Statements that would also state this item are left out, so their own items go missing too.
      const errors = checkedItems(profile)
        .filter((i) => i.id === item.id || (fixture(profile, i.id).implies ?? []).includes(item.id))
        .map((i) => ({
          messageId: messageIdFor(i),
          severity: i.severity,
          data: { requirement: `${profile}:${i.id}`, section: itemKind(i) },
        }));
      invalid.push({ name: `${requirement} ${lang}: absent`, text, errors });
      absentCases.push({ requirement, text });
      if (item.applies === 'when-mentioned') {
        valid.push({
          name: `${requirement} ${lang}: absent, and nothing shows that it applies`,
          text: policy(lang, profile, otherSections(profile, lang, item.id, 'shows')),
        });
      }
    }
  }
}

// Hand-written cases on one Kazakhstan policy.
const kzSection = (id: string, lang: 'en' | 'ru' | 'kk' = 'en'): string => section(KZ[id]![lang]);
const kzWithout = (lang: 'en' | 'ru' | 'kk', ...absent: string[]): string[] =>
  checkedItems('kz')
    .filter((i) => !absent.includes(i.id))
    .map((i) => kzSection(i.id, lang));
const numbered = [
  '## 1. Personal data we collect\n\nWe collect the following personal data: name and phone number.',
  '## 2. Purposes of processing\n\nWe process personal data for the following purposes: payments.',
];

// Every set-up law item of a Kazakhstan policy, with a text that applies Law 94-V instead of the front matter.
const kzByText = (lang: 'en' | 'ru' | 'kk', sentence: string): string =>
  `---\nlang: ${lang}\n---\n# ${TITLES[lang]}\n\n${sentence}\n\n${kzWithout(lang).join('\n\n')}\n`;
// With the core items turned off (missing-section-core.test.ts checks them).
const none = (text: string, detail?: string): InvalidCase => ({
  name: `no law set or applied, core items off: one note on the title, nothing checked${detail ? ` (${detail})` : ''}`,
  text,
  options: { ignore: ['core'] },
  errors: [{ messageId: 'no-jurisdiction', line: 1, severity: 'info', message: 'no mandatory items are checked' }],
});

valid.push(
  {
    name: 'a law named only in passing is not checked; the law the text applies is',
    text: kzByText(
      'en',
      'This policy follows Law No. 94-V. Depending on where you live, the GDPR may also give you rights.',
    ),
  },
  {
    name: 'an ignored requirement',
    text: policy('en', 'kz', kzWithout('en', 'operator-bin')),
    options: { ignore: ['kz:operator-bin'] },
  },
  // Items as real drafts state them, in all three languages.
  ...(['en', 'ru', 'kk'] as const).flatMap((lang) => {
    const stated: Record<string, Record<typeof lang, string>> = {
      rights: {
        en: '## Your choices\n\nYou may see the data we hold about you, have it corrected or deleted.',
        ru: '## Ваши возможности\n\nВы можете в любой момент запросить копию ваших данных или потребовать их исправления.',
        kk: '## Сіздің мүмкіндіктеріңіз\n\nСіз өз деректеріңізге қол жеткізе аласыз және оларды жоюды сұрай аласыз.',
      },
      requests: {
        en: '## Questions\n\nEnquiries about your data go to privacy@steppepay.kz.',
        ru: '## Вопросы\n\nЗапросы о ваших данных направляйте на privacy@steppepay.kz.',
        kk: '## Сұрақтар\n\nДеректеріңіз туралы сұрауларды privacy@steppepay.kz мекенжайына жіберіңіз.',
      },
      localisation: {
        en: '## Hosting\n\nOur servers and mail are hosted in the Republic of Kazakhstan.',
        ru: '## Хостинг\n\nНаши серверы находятся на территории Республики Казахстан.',
        kk: '## Хостинг\n\nБіздің серверлеріміз Қазақстан Республикасының аумағында орналасқан.',
      },
      'localisation#a database described at length': {
        en: '## Where we store your data\n\nThe databases holding the data of our customers are located in the Republic of Kazakhstan.',
        ru: '## Где хранятся данные\n\nБазы данных с информацией о клиентах размещены на территории Республики Казахстан.',
        kk: '## Деректер қайда сақталады\n\nКлиенттер туралы мәліметтер бар дерекқорлар Қазақстан Республикасының аумағында орналасқан.',
      },
      'operator-bin#the label written out, its abbreviation in brackets': {
        en: 'Steppe Pay LLP, business identification number (BIN) 123456789012.',
        ru: 'ТОО «Steppe Pay», бизнес-идентификационный номер (БИН) 123456789012.',
        kk: '«Steppe Pay» ЖШС, бизнес-сәйкестендіру нөмірі (БСН) 123456789012.',
      },
      'public-sources#a plain statement in the rights section': {
        en: '## Your rights\n\n- to see your data;\n- to have them corrected.\n\nWe do not publish the personal data of our customers in publicly available sources.',
        ru: '## Ваши права\n\n- знать, какие данные мы храним;\n- требовать их исправления.\n\nМы не распространяем персональные данные клиентов в общедоступных источниках.',
        kk: '## Сіздің құқықтарыңыз\n\n- деректеріңізді білу;\n- оларды түзетуді талап ету.\n\nБіз клиенттердің дербес деректерін жалпыға қолжетімді көздерде таратпаймыз.',
      },
      'public-sources': {
        en: '## Publication\n\nWe never publish the personal data of our customers.',
        ru: '## Публикация\n\nМы не публикуем персональные данные клиентов.',
        kk: '## Жариялау\n\nБіз клиенттердің дербес деректерін жарияламаймыз.',
      },
      contacts: {
        en: '## Questions\n\nContact us through the form at steppepay.kz/support.',
        ru: '## Вопросы\n\nНапишите нам через форму обратной связи в приложении.',
        kk: '## Сұрақтар\n\nҚосымшадағы кері байланыс нысаны арқылы жазыңыз.',
      },
      'consent-withdrawal#the consent lasts until a notice withdraws it': {
        en: '## Term of consent\n\nThis consent stays valid until it is revoked by a notice sent to privacy@steppepay.kz.',
        ru: '## Срок согласия\n\nСогласие действует до момента его отзыва письмом на privacy@steppepay.kz.',
        kk: '## Келісім мерзімі\n\nКелісім оны қайтарып алу туралы хабарлама privacy@steppepay.kz мекенжайына жіберілгенге дейін жарамды.',
      },
      purposes: {
        en: '## Why we use your data\n\nTo run your wallet and make the payments you order.',
        ru: '## Зачем нам данные\n\nЦелью обработки персональных данных является исполнение договора.',
        kk: '## Деректерді не үшін қолданамыз\n\nӘмияныңызды жүргізу және төлемдерді орындау.',
      },
    };
    // A key is the item's id, or `id#how it is stated` for a second way of stating one item.
    return Object.entries(stated).map(([key, text]) => {
      const [id = key, how] = key.split('#');
      return {
        name: `kz:${id} ${lang}: stated as real drafts state it${how ? ` (${how})` : ''}`,
        text: policy(lang, 'kz', [...kzWithout(lang, id), text[lang]]),
      };
    });
  }),
  {
    // Whether an item is stated is the policy's verdict: the version that lacks the clause is
    // told so by untranslated-clause.
    name: 'an item one language version of a file states is stated for the policy',
    text: `${frontMatter('kk', 'kz')}<!-- lang: kk -->\n\n# ${TITLES.kk}\n\n${kzWithout('kk').join('\n\n')}\n\n<!-- lang: ru -->\n\n# ${TITLES.ru}\n\n${kzWithout('ru', 'consent-withdrawal').join('\n\n')}\n`,
  },
  {
    // A long subject between "consent" and "remains valid": the term is stated by its own words.
    name: 'a consent term stated as "remains valid for the duration of" the relationship',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'consent-term'),
      'Consent given to our affiliate under the Law on Personal Data remains valid for the duration of your contract with us.',
    ]),
  },
  { name: 'an ignored profile', text: policy('en', 'kz, gdpr', kzWithout('en')), options: { ignore: ['gdpr'] } },
  {
    name: 'retention is left to retention-missing when that rule is on',
    text: policy('en', 'kz', kzWithout('en', 'retention')),
    config: { rules: { 'retention-missing': 'error' } },
  },
);

invalid.push(
  none(`# ${TITLES.en}\n\n${numbered.join('\n\n')}\n`),
  none(
    `# ${TITLES.en}\n\nThe GDPR does not apply to our services.\n\n${numbered.join('\n\n')}\n`,
    'a law said not to apply',
  ),
  {
    name: 'the note offers to write the laws into the front matter, the law mentioned in passing first',
    text: `---\nlang: en\n---\n# ${TITLES.en}\n\nSimilar to the GDPR, we respect your privacy.\n`,
    options: { ignore: ['core'] },
    errors: [
      {
        messageId: 'no-jurisdiction',
        severity: 'info',
        message: 'it mentions GDPR only in passing',
        suggestions: ['gdpr', 'kz', 'ru', 'ccpa'].map(
          (j) =>
            `---\nlang: en\njurisdictions: [${j}]\n---\n# ${TITLES.en}\n\nSimilar to the GDPR, we respect your privacy.\n`,
        ),
      },
    ],
  },
  {
    name: 'without front matter, the suggestion creates one',
    text: `# ${TITLES.en}\n\nWe respect your privacy.\n`,
    options: { ignore: ['core'] },
    errors: [
      {
        messageId: 'no-jurisdiction',
        suggestions: ['kz', 'gdpr', 'ru', 'ccpa'].map(
          (j) => `---\njurisdictions: [${j}]\n---\n\n# ${TITLES.en}\n\nWe respect your privacy.\n`,
        ),
      },
    ],
  },
  {
    name: 'a guess from the signs of a country is checked, and said to be a guess',
    text: `---\nlang: en\n---\n# ${TITLES.en}\n\nDala Pay LLP (BIN 123456789012) is registered in Almaty, Kazakhstan.\n\n${kzWithout('en', 'rights').join('\n\n')}\n`,
    errors: [
      {
        messageId: 'guessed-jurisdiction',
        severity: 'info',
        message: 'This is a guess: confirm it with `jurisdictions: [kz]`',
      },
      { messageId: 'missing', data: { requirement: 'kz:rights' } },
    ],
  },
  {
    name: 'a version in a language pplint does not read: one note, no law items',
    text: `---\nlang: de\njurisdictions: [gdpr]\n---\n# Datenschutzerklärung\n\nWir verarbeiten Ihre Daten nach der DSGVO.\n`,
    errors: [{ messageId: 'language-not-read', severity: 'info', message: 'pplint does not read German (`de`)' }],
  },
  {
    name: 'a policy citing Law 94-V is checked against it',
    text: `# ${TITLES.en}\n\nThis policy follows the Law of the Republic of Kazakhstan No. 94-V.\n\n${kzWithout('en', 'rights', 'operator-bin').join('\n\n')}\n`,
    errors: [
      { messageId: 'missing', data: { requirement: 'kz:operator-bin' }, severity: 'info' },
      {
        messageId: 'missing',
        data: { requirement: 'kz:rights' },
        message: "Law 94-V, Art. 24 p.1: the policy does not state the data subject's rights.",
      },
    ],
  },
  {
    name: 'a definition states nothing about what the operator does',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'cross-border'),
      '## Definitions\n\nCross-border transfer means the transfer of personal data to a foreign state.',
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:cross-border' } }],
  },
  {
    name: 'a right to learn the retention period is not a retention period',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'retention'),
      'You have the right to know the retention period of your data.',
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:retention' } }],
  },
  {
    name: 'the message names the item and its article in the interface language',
    text: policy('ru', 'kz', kzWithout('ru', 'consent-withdrawal')),
    errors: [
      {
        messageId: 'missing',
        message:
          "Law 94-V, Art. 8 p.7; Art. 24 p.1 sub-para 5: the policy does not state the subject's right to withdraw consent.",
      },
    ],
  },
  {
    name: 'a situation the text shows is quoted in the message',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'automated-processing'),
      'We use credit scoring when you apply for a loan.',
    ]),
    errors: [
      {
        messageId: 'missing-when-mentioned',
        severity: 'info',
        message: 'the text mentions «credit scoring»; if the operator takes decisions',
      },
    ],
  },
  {
    name: 'the insertion continues the numbering and goes where the profile puts it',
    text: `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n${[...numbered, '## 3. Retention period\n\nWe keep personal data for five years after the contract ends.'].join('\n\n')}\n`,
    options: {
      ignore: [
        'kz:operator',
        'kz:operator-bin',
        'kz:contacts',
        'kz:legal-basis',
        'kz:consent-term',
        'kz:third-parties',
        'kz:cross-border',
        'kz:public-sources',
        'kz:localisation',
        'kz:rights',
        'kz:requests',
        'kz:security',
        'kz:responsible-person',
        'kz:complaints',
      ],
    },
    errors: [
      {
        messageId: 'missing',
        data: { requirement: 'kz:consent-withdrawal' },
        suggestions: [
          `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n${[...numbered, '## 3. Retention period\n\nWe keep personal data for five years after the contract ends.', `## 4. Withdrawal of consent\n\n${clauseText('kz.consent-withdrawal')}`].join('\n\n')}\n\n`,
        ],
      },
    ],
  },
  {
    name: 'an item that belongs before section 1 goes first without a number, since every number is taken, and the suggestion says so; nothing is renumbered',
    text: `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n## 1. Retention period\n\nWe keep personal data for five years after the contract ends.\n`,
    options: {
      ignore: [
        'kz:operator',
        'kz:operator-bin',
        'kz:contacts',
        'kz:purposes',
        'kz:legal-basis',
        'kz:consent-term',
        'kz:third-parties',
        'kz:cross-border',
        'kz:public-sources',
        'kz:localisation',
        'kz:rights',
        'kz:consent-withdrawal',
        'kz:requests',
        'kz:security',
        'kz:responsible-person',
        'kz:complaints',
      ],
    },
    errors: [
      {
        messageId: 'missing',
        data: { requirement: 'kz:data-list' },
        suggestions: [
          `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n## Personal data we collect\n\n${clauseText('kz.data-list')}\n\n## 1. Retention period\n\nWe keep personal data for five years after the contract ends.\n`,
        ],
      },
    ],
  },
  // Words that name rights without stating the subject's.
  ...(['en', 'ru', 'kk'] as const).map((lang) => {
    const notRights = {
      en: '## Your California Privacy Rights\n\nWe reserve the right to change this notice. Nothing in it reduces your rights under the law.',
      ru: '## Права и обязанности\n\nОператор вправе вносить изменения в настоящую Политику. Это не ограничивает ваши права.',
      kk: '## Құқықтар\n\nОператор осы Саясатқа өзгерістер енгізуге құқылы. Бұл сіздің құқықтарыңызды шектемейді.',
    };
    return {
      name: `kz:rights ${lang}: the operator's right and a saving clause state no right of the subject`,
      text: policy(lang, 'kz', [...kzWithout(lang, 'rights'), notRights[lang]]),
      errors: [{ messageId: 'missing', data: { requirement: 'kz:rights' } }],
    };
  }),
  {
    name: 'a drafting instruction under a heading states nothing',
    text: policy('en', 'kz', [
      ...kzWithout('en', 'contacts'),
      "## Contacts\n\nReplace in the final version: state the operator's e-mail, phone and address.",
    ]),
    errors: [{ messageId: 'missing', data: { requirement: 'kz:contacts' } }],
  },
  {
    name: 'an item no language version of one file states is reported on each version, the same',
    text: `${frontMatter('kk', 'kz')}<!-- lang: kk -->\n\n# ${TITLES.kk}\n\n${kzWithout('kk', 'consent-withdrawal').join('\n\n')}\n\n<!-- lang: ru -->\n\n# ${TITLES.ru}\n\n${kzWithout('ru', 'consent-withdrawal').join('\n\n')}\n`,
    errors: [
      { messageId: 'missing', data: { requirement: 'kz:consent-withdrawal' } },
      { messageId: 'missing', data: { requirement: 'kz:consent-withdrawal' } },
    ],
  },
  {
    name: 'a draft with bold paragraphs for headings gets a bold heading',
    text: `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n**Personal data we collect**\n\nWe collect the following personal data: name.\n\n**Purposes of processing**\n\nWe process personal data for the following purposes: payments.\n`,
    options: {
      ignore: [
        'kz:operator',
        'kz:operator-bin',
        'kz:contacts',
        'kz:legal-basis',
        'kz:consent-term',
        'kz:third-parties',
        'kz:cross-border',
        'kz:public-sources',
        'kz:localisation',
        'kz:rights',
        'kz:consent-withdrawal',
        'kz:requests',
        'kz:security',
        'kz:responsible-person',
        'kz:complaints',
      ],
    },
    errors: [
      {
        messageId: 'missing',
        data: { requirement: 'kz:retention' },
        suggestions: [
          `${frontMatter('en', 'kz')}# ${TITLES.en}\n\n**Personal data we collect**\n\nWe collect the following personal data: name.\n\n**Purposes of processing**\n\nWe process personal data for the following purposes: payments.\n\n**Retention period**\n\n${clauseText('kz.retention')}\n\n`,
        ],
      },
    ],
  },
);

ruleTester('missing-section', { valid, invalid });

describe('rule missing-section: where the findings stand', () => {
  for (const { requirement, text } of absentCases.slice(0, 40)) {
    it(`${requirement} stands where the item belongs (the section it goes after or before), else on the title (${text.match(/^lang: (\w+)/m)![1]})`, () => {
      const { findings, doc } = lintWith('missing-section', { text });
      const finding = findings.find((f) => f.data?.requirement === requirement)!;
      const anchor = finding.related?.[0]?.span;
      if (anchor) assert.deepEqual(finding.span, anchor);
      else assert.equal(doc.text.slice(0, finding.span.start).split('\n').length, TITLE_LINE);
      assert.equal(doc.blocks.find((b) => b.start === finding.span.start)?.type, 'heading');
    });
  }
});

describe('rule missing-section: suggestions', () => {
  for (const { requirement, text } of absentCases) {
    it(`inserting ${requirement} states it (${text.match(/^lang: (\w+)/m)![1]})`, () => {
      const { findings } = lintWith('missing-section', { text });
      const finding = findings.find((f) => f.data?.requirement === requirement);
      assert.ok(finding?.suggestions?.length, 'a suggestion');
      const inserted = applyEdits(text, finding.suggestions[0]!.edits);
      const before = findings
        .map((f) => f.data?.requirement)
        .filter((r) => r !== requirement)
        .sort();
      assert.deepEqual(
        lintWith('missing-section', { text: inserted })
          .findings.map((f) => f.data?.requirement)
          .sort(),
        before,
      );
    });
  }
});
