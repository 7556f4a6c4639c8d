// missing-section: a heading that names two topics ("Purposes and legal basis", «Цели и основания
// обработки») stands for each only when its section speaks of it. A list of purposes under it
// states the purposes and no legal ground; a ground named in the list states both. A heading that
// names one topic counts alone, as before.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, fixture, policy, section } from '../fixtures/requirements/build.js';

type Lang = 'en' | 'ru' | 'kk';

/** Every item of the profile under its own heading, except purposes and the legal ground (and what implies it). */
const others = (profile: string, lang: Lang): string[] =>
  checkedItems(profile)
    .filter((i) => i.id !== 'purposes' && i.id !== 'legal-basis' && !fixture(profile, i.id).implies)
    .map((i) => section(fixture(profile, i.id)[lang]));

const HEADING: Record<Lang, string> = {
  en: 'Purposes and legal basis',
  ru: 'Цели и основания обработки',
  kk: 'Мақсаттар мен құқықтық негіздер',
};

/** Purposes only, without a word of any ground. */
const PURPOSES_ONLY: Record<Lang, string> = {
  en: '- To deliver the goods you order.\n- To answer your questions.',
  ru: '- Доставка заказанных вами товаров.\n- Ответы на ваши вопросы.',
  kk: '- Сіз тапсырыс берген тауарларды жеткізу.\n- Сұрақтарыңызға жауап беру.',
};

/** One more item of the list that names the ground. */
const GROUND: Record<Lang, string> = {
  en: '- We process these data on the basis of your consent.',
  ru: '- Мы обрабатываем эти данные на основании вашего согласия.',
  kk: '- Біз бұл деректерді сіздің келісіміңіз негізінде өңдейміз.',
};

const cases: Array<{ profile: string; lang: Lang }> = [
  { profile: 'gdpr', lang: 'en' },
  { profile: 'ru', lang: 'ru' },
  { profile: 'gdpr', lang: 'kk' },
];

const valid: Case[] = [];
const invalid: InvalidCase[] = [];

for (const { profile, lang } of cases) {
  // Legitimate interests are a GDPR item of their own, left out with the ground they imply.
  const options = profile === 'gdpr' ? { ignore: ['gdpr:legitimate-interests'] } : undefined;
  const combined = (body: string): string =>
    policy(lang, profile, [...others(profile, lang), `## ${HEADING[lang]}\n\n${body}`]);
  invalid.push({
    name: `${profile} ${lang}: purposes alone under a heading that also names the ground: the ground is missing`,
    text: combined(PURPOSES_ONLY[lang]),
    ...(options ? { options } : {}),
    errors: [{ messageId: 'missing', data: { requirement: `${profile}:legal-basis` } }],
  });
  valid.push({
    name: `${profile} ${lang}: the same heading over purposes and a ground states both`,
    text: combined(`${PURPOSES_ONLY[lang]}\n${GROUND[lang]}`),
    ...(options ? { options } : {}),
  });
}

// Each joined topic is read on its own: «цели … обработки» read whole would swallow «основания».
valid.push(
  {
    name: 'ru: «Цели и основания обработки» over a contract names the ground',
    text: policy('ru', 'ru', [
      ...others('ru', 'ru'),
      '## Цели и основания обработки\n\n- Оказание услуг по договору с вами.\n- Ответы на ваши вопросы.',
    ]),
  },
  {
    name: 'kk: «Мақсаттар мен негіздер» over a contract names the ground',
    text: policy('kk', 'gdpr', [
      ...others('gdpr', 'kk'),
      '## Мақсаттар мен негіздер\n\n- Сізбен жасалған шарт бойынша қызмет көрсету.\n- Сұрақтарыңызға жауап беру.',
    ]),
    options: { ignore: ['gdpr:legitimate-interests'] },
  },
);

valid.push({
  name: 'a heading that names only the ground still counts from the heading alone',
  text: policy('ru', 'ru', [
    ...others('ru', 'ru'),
    section(fixture('ru', 'purposes').ru),
    '## Правовые основания обработки\n\nФедеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных».',
  ]),
});

ruleTester('missing-section', { valid, invalid });
