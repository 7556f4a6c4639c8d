// missing-section: the legal basis under Law 94-V (Art. 7 p.1; Art. 9). Consent is the Law's
// basis, so a sentence that processing rests on the subject's consent, or that the subject consents
// to the processing, states it. A "Legal basis" heading over a sentence that only says processing
// follows the laws of Kazakhstan names the governing law, not a ground: a claim, quoted. A basis
// demanded of the operator's customers ("users must have a lawful basis for the data they collect
// through the platform") is not the operator's, under any law.
import assert from 'node:assert/strict';
import { lintWith, ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { createEngine, render } from '../../server/src/engine/index.js';
import { checkedItems, policy, section } from '../fixtures/requirements/build.js';
import { GDPR } from '../fixtures/requirements/gdpr.js';
import { KZ } from '../fixtures/requirements/kz.js';

type Lang = 'en' | 'ru' | 'kk';
const LANGS: Lang[] = ['en', 'ru', 'kk'];

/** Every Kazakhstan item under its own heading, except the basis and the consent term (which implies it). */
const kzOthers = (lang: Lang): string[] =>
  checkedItems('kz')
    .filter((i) => i.id !== 'legal-basis' && i.id !== 'consent-term')
    .map((i) => section(KZ[i.id]![lang]));

const kz = (lang: Lang, text: string): string => policy(lang, 'kz', [...kzOthers(lang), text]);
const options = { ignore: ['kz:consent-term'] };

/** Processing rests on consent, said in a clause of another section. */
const CONSENT_CLAUSE: Record<Lang, string> = {
  en: '## Our service\n\nWe open an account for each client. Personal data are processed with the consent of the data subject.',
  ru: '## Наш сервис\n\nМы открываем счет каждому клиенту. Обработка персональных данных осуществляется с согласия субъекта.',
  kk: '## Біздің қызмет\n\nБіз әр клиентке шот ашамыз. Дербес деректерді өңдеу субъектінің келісімімен жүзеге асырылады.',
};

/** The subject consents to the processing: under Law 94-V that is the basis. */
const YOU_CONSENT: Record<Lang, string> = {
  en: '## Using the app\n\nBy creating an account, you consent to the processing of your personal data as this policy describes.',
  ru: '## Использование приложения\n\nСоздавая учетную запись, вы даете согласие на обработку ваших персональных данных.',
  kk: '## Қосымшаны пайдалану\n\nТіркелгі ашу арқылы сіз дербес деректеріңізді өңдеуге келісім бересіз.',
};

/** A heading that names the basis over a sentence that names only the governing law. */
const LAW_ONLY: Record<Lang, { section: string; quote: string }> = {
  en: {
    section:
      '## Legal basis\n\nWe process personal data in accordance with the legislation of the Republic of Kazakhstan.',
    quote: 'Legal basis',
  },
  ru: {
    section:
      '## Правовые основания\n\nМы обрабатываем персональные данные в соответствии с законодательством Республики Казахстан.',
    quote: 'Правовые основания',
  },
  kk: {
    section: '## Құқықтық негіз\n\nБіз дербес деректерді Қазақстан Республикасының заңнамасына сәйкес өңдейміз.',
    quote: 'Құқықтық негіз',
  },
};

/** A platform's customers told to have a basis and consent for the data they gather through it. */
const CUSTOMERS_DUTY: Record<Lang, string> = {
  en: '## Duties of merchants\n\nMerchants must have a lawful basis and the consent of their buyers for the data they collect through the shop builder.',
  ru: '## Обязанности продавцов\n\nПродавец обязан иметь правовое основание и согласие покупателей для данных, которые он собирает через конструктор магазина.',
  kk: '## Сатушылардың міндеттері\n\nСатушы дүкен конструкторы арқылы жинайтын деректер үшін заңды негізге және сатып алушылардың келісіміне ие болуы тиіс.',
};

/** A list of purposes under a heading that also names the grounds. */
const PURPOSES_AND_GROUNDS: Record<Lang, string> = {
  en: '## Purposes and grounds\n\n- Opening and running accounts.\n- Answering support requests.',
  ru: '## Цели и основания обработки\n\n- Открытие и ведение счетов.\n- Ответы на обращения в поддержку.',
  kk: '## Мақсаттар мен негіздер\n\n- Шоттарды ашу және жүргізу.\n- Қолдау өтініштеріне жауап беру.',
};

const missing: InvalidCase['errors'][number] = {
  messageId: 'missing-unstated',
  severity: 'warning',
  data: { requirement: 'kz:legal-basis' },
};

const valid: Case[] = [];
const invalid: InvalidCase[] = [];

for (const lang of LANGS) {
  valid.push(
    {
      name: `kz ${lang}: processing with the subject's consent states the basis`,
      text: kz(lang, CONSENT_CLAUSE[lang]),
      options,
    },
    {
      name: `kz ${lang}: the subject consenting to the processing states the basis`,
      text: kz(lang, YOU_CONSENT[lang]),
      options,
    },
    {
      name: `kz ${lang}: a "Legal basis" heading with consent in its section states it`,
      text: kz(lang, `${LAW_ONLY[lang].section}\n\n${CONSENT_CLAUSE[lang].split('\n\n')[1]}`),
      options,
    },
  );
  invalid.push(
    {
      name: `kz ${lang}: a "Legal basis" heading over the governing law alone is a claim, quoted`,
      text: kz(lang, LAW_ONLY[lang].section),
      options,
      errors: [
        {
          messageId: 'missing-ungrounded',
          severity: 'warning',
          data: { requirement: 'kz:legal-basis' },
          message: `the text says «${LAW_ONLY[lang].quote}», but not on what ground`,
        },
      ],
    },
    {
      name: `kz ${lang}: a basis demanded of the customers is not the operator's`,
      text: kz(lang, CUSTOMERS_DUTY[lang]),
      options,
      errors: [missing],
    },
    {
      name: `kz ${lang}: a list of purposes under "Purposes and grounds" states no ground`,
      text: kz(lang, PURPOSES_AND_GROUNDS[lang]),
      options,
      errors: [missing],
    },
    {
      name: `kz ${lang}: the customers' duty inside "Purposes and grounds" gives the heading no ground`,
      text: kz(lang, `${PURPOSES_AND_GROUNDS[lang]}\n\n${CUSTOMERS_DUTY[lang].split('\n\n')[1]}`),
      options,
      errors: [missing],
    },
  );
}

/** Every GDPR item under its own heading, except the legal basis and what implies it. */
const gdprOthers = (lang: Lang): string[] =>
  checkedItems('gdpr')
    .filter((i) => i.id !== 'legal-basis' && !(GDPR[i.id]!.implies ?? []).includes('legal-basis'))
    .map((i) => section(GDPR[i.id]![lang]));

for (const lang of LANGS) {
  invalid.push({
    name: `gdpr ${lang}: a basis demanded of the customers is not the controller's`,
    text: policy(lang, 'gdpr', [...gdprOthers(lang), CUSTOMERS_DUTY[lang]]),
    options: { ignore: ['gdpr:legitimate-interests'] },
    errors: [{ messageId: 'missing', data: { requirement: 'gdpr:legal-basis' } }],
  });
}

ruleTester('missing-section', { valid, invalid });

describe('rule missing-section: the legal basis under Law 94-V', () => {
  it('says that the Law makes consent the default basis', () => {
    const { findings } = lintWith('missing-section', { text: kz('en', PURPOSES_AND_GROUNDS.en), options });
    const finding = findings.find((f) => f.data?.requirement === 'kz:legal-basis');
    assert.ok(finding, 'reported');
    const message = render(finding.message, 'en');
    assert.match(message, /Art\. 7 p\.1; Art\. 9/);
    assert.match(message, /rests on the subject's consent unless a case of Art\. 9 applies/);
  });
});

describe('the JSON contract: clauses that state the legal basis', () => {
  const engine = createEngine();
  const basisClauses = (text: string): number => {
    const doc = engine.parse('file:///p.md', text);
    return engine.summarize(doc, engine.resolveConfig([])).clauses.filter((c) => c.kind === 'legal_basis').length;
  };
  for (const lang of LANGS) {
    it(`${lang}: lists processing with consent, not a basis demanded of the customers`, () => {
      assert.equal(basisClauses(policy(lang, 'kz', [CONSENT_CLAUSE[lang]])), 1);
      assert.equal(basisClauses(policy(lang, 'kz', [CUSTOMERS_DUTY[lang]])), 0);
    });
  }
});
