// Insert Clause… as the engine prepares it: the clauses a policy lacks come first, each goes where
// the profile's order puts it, numbered with the next free number (or none), and the "all versions" option puts the
// same clause into every language version at the aligned place.
import assert from 'node:assert/strict';
import { createEngine, type Lang } from '../../server/src/engine/index.js';
import { ClauseLibrary, readClause } from '../../server/src/engine/clauses/index.js';
import { clauseChoices, insertionsInOtherVersions } from '../../server/src/engine/clauses/picker.js';
import { basePolicy, statusOf } from '../helpers/clause-policy.js';
import { lintVersions, type Texts } from '../helpers/versions.js';

const engine = createEngine();
const config = engine.resolveConfig([]);
const apply = (text: string, at: { offset: number; text: string }): string =>
  text.slice(0, at.offset) + at.text + text.slice(at.offset);

const SECTIONS: Record<Lang, Array<{ title: string; body: string }>> = {
  en: [
    { title: 'Personal data we collect', body: 'We collect your name and telephone number.' },
    { title: 'Retention period', body: 'We keep personal data for 5 years after the contract ends.' },
  ],
  ru: [
    { title: 'Перечень собираемых персональных данных', body: 'Мы собираем ваше имя и номер телефона.' },
    {
      title: 'Сроки хранения персональных данных',
      body: 'Мы храним персональные данные 5 лет после прекращения договора.',
    },
  ],
  kk: [
    { title: 'Жиналатын дербес деректер тізбесі', body: 'Біз сіздің атыңызды және телефон нөміріңізді жинаймыз.' },
    {
      title: 'Дербес деректерді сақтау мерзімі',
      body: 'Біз дербес деректерді шарт тоқтатылғаннан кейін 5 жыл сақтаймыз.',
    },
  ],
};

describe('Insert Clause… (engine)', () => {
  it('lists the clauses of missing items first, in the document language, and inserts where the profile puts them, numbered', () => {
    const text = basePolicy('en', 'kz', SECTIONS.en);
    const doc = engine.parse('file:///p/privacy.en.md', text);
    const { lang, choices } = clauseChoices(doc, config, null);
    assert.equal(lang, 'en');
    assert.ok(choices.every((c) => c.clause.lang === 'en'));
    const firstPresent = choices.findIndex((c) => c.missing.length === 0);
    assert.ok(
      firstPresent > 0 && choices.slice(firstPresent).every((c) => c.missing.length === 0),
      'missing items first',
    );
    const purposes = choices.find((c) => c.clause.id === 'kz.purposes')!;
    assert.deepEqual(purposes.missing, ['kz:purposes']);
    // Between «2.» and «3.» every number is taken: the heading gets none rather than a second «3.».
    assert.equal(purposes.insertion!.headingLine, '## Purposes of processing');
    const after = apply(text, purposes.insertion!);
    assert.ok(after.indexOf('## Purposes of processing') > after.indexOf('## 2. Personal data we collect'));
    assert.ok(
      after.indexOf('## Purposes of processing') < after.indexOf('## 3. Retention period'),
      'before retention, as Law 94-V orders them',
    );
    assert.equal(statusOf(engine.parse('file:///p/privacy.en.md', after), 'kz:purposes'), 'satisfied');
    assert.match(purposes.insertion!.snippet, /\$\{1:\[purposes of processing\]\}/);
  });

  it('puts a firm clause ahead of ours for the same item', () => {
    const firm = readClause(
      '---\nid: firm.purposes\nkind: purposes\nitems: [kz:purposes]\nlang: en\ntitle: Why we process your data\ndescription: Our approved wording.\n---\nWe process personal data to run your account.\n',
      'firm',
    ).clause!;
    const doc = engine.parse('file:///p/privacy.en.md', basePolicy('en', 'kz', SECTIONS.en));
    const { choices } = clauseChoices(doc, config, null, new ClauseLibrary([firm]));
    const ids = choices.map((c) => c.clause.id);
    assert.ok(ids.indexOf('firm.purposes') < ids.indexOf('kz.purposes'));
  });

  it('with "all versions", inserts the clause into each language version at the aligned place: no cross-version finding', () => {
    const texts = {
      ru: basePolicy('ru', 'kz', SECTIONS.ru),
      kk: basePolicy('kk', 'kz', SECTIONS.kk),
      en: basePolicy('en', 'kz', SECTIONS.en),
    } as Texts;
    const docs = Object.fromEntries(
      Object.entries(texts).map(([l, t]) => [l, engine.parse(`file:///policy/privacy.${l}.md`, t)]),
    );
    const group = engine
      .groupVersions(Object.values(docs), config)
      .find((g) => g.members.some((m) => m.doc === docs.ru))!;
    const choice = clauseChoices(docs.ru!, config, group).choices.find((c) => c.clause.id === 'kz.purposes')!;
    const after = { ...texts, ru: apply(texts.ru, choice.insertion!) };
    const others = insertionsInOtherVersions(docs.ru!, config, group, 'kz.purposes');
    assert.deepEqual(others.map((o) => o.uri).sort(), ['file:///policy/privacy.en.md', 'file:///policy/privacy.kk.md']);
    for (const o of others) {
      const lang = o.uri.includes('.kk.') ? 'kk' : 'en';
      after[lang] = apply(texts[lang], o.insertion);
    }
    assert.ok(after.kk.includes('## Дербес деректерді өңдеу мақсаттары'));
    assert.deepEqual(
      lintVersions(after).findings.map((f) => `${f.lang} ${f.ruleId}`),
      [],
    );
    // (control) Appended to the Russian version alone, the clause is missing from the others.
    const short = {
      ru: basePolicy('ru', 'kz', SECTIONS.ru.slice(0, 1)),
      kk: basePolicy('kk', 'kz', SECTIONS.kk.slice(0, 1)),
      en: basePolicy('en', 'kz', SECTIONS.en.slice(0, 1)),
    } as Texts;
    const alone = clauseChoices(engine.parse('file:///policy/privacy.ru.md', short.ru), config, null).choices.find(
      (c) => c.clause.id === 'kz.purposes',
    )!;
    assert.ok(
      lintVersions({ ...short, ru: apply(short.ru, alone.insertion!) }).findings.some(
        (f) => f.ruleId === 'untranslated-clause',
      ),
    );
  });
});
