// The phrase families of vocabulary/titles.yaml (what a privacy policy is called) and
// vocabulary/periods.yaml (words after which a Russian period stands in the genitive), each with
// wording that must and must not be found; and a configuration's `vocabulary` that extends them.
import assert from 'node:assert/strict';
import { isPolicyTitle } from '../../server/src/engine/extract/policy-title.js';
import { genitiveFollows } from '../../server/src/engine/extract/genitive-before.js';
import { createEngine, policyParts } from '../../server/src/engine/index.js';
import { partTitle } from '../../server/src/engine/extract/requirements/placement.js';
import { lexicon } from '../../server/src/engine/extract/vocabulary/lexicon.js';

// [family the row is about, heading, whether it names a policy]
const TITLES: Array<[string, string, boolean]> = [
  ['policy-title', 'Privacy Policy', true],
  ['policy-title', 'Acme Payments LLP Privacy Notice', true],
  ['policy-title', 'Personal Data Processing Policy of Acme LLP', true],
  ['policy-title', 'Cookie Statement (2024)', true],
  ['policy-title', 'Privacy Policy Linter', false],
  ['policy-title', 'Privacy and security', false],
  ['policy-title', '1. Политика конфиденциальности ТОО «Ромашка»', true],
  ['policy-title', 'Положение об обработке персональных данных', true],
  ['policy-title', 'Уведомление о конфиденциальности', true],
  ['policy-title', 'Наша политика конфиденциальности', false],
  ['policy-title', '«Ромашка» ЖШС дербес деректерді өңдеу жөніндегі саясаты', true],
  ['policy-title', 'Құпиялылық саясаты', true],
  ['policy-title', 'Құпиялылық туралы', false],
  ['policy-title-opening', 'Политика обработки персональных данных', true],
  ['policy-title-opening', 'Политика в отношении обработки данных клиентов', true],
  ['policy-title-opening', 'Политика обработки', false],
  ['policy-title-opening', 'Политика возврата товара', false],
  ['policy-title-about', 'Notes on the privacy policy', false],
  ['policy-title-about', 'How to read the privacy notice', false],
  ['policy-title-about', 'Comments about our cookie policy', false],
  ['policy-title-about', 'The Privacy Policy', true],
];

// [text right before a period, whether the period stands in the genitive]
const GENITIVE: Array<[string, boolean]> = [
  ['Данные хранятся в течение ', true],
  ['хранятся не менее ', true],
  ['хранятся не Больше ', true],
  ['по истечении ', true],
  ['хранятся от ', true],
  ['хранятся на протяжении ', true],
  ['Данные хранятся ', false],
  // «сроком три года», «на срок три года», «на период три года»: the nominative.
  ['хранятся сроком ', false],
  ['на срок ', false],
  ['на период ', false],
  ['срок — ', false],
  ['в течение трёх лет, затем ', false],
];

describe('title vocabulary', () => {
  for (const [family, heading, policy] of TITLES)
    it(`${family}: «${heading}» ${policy ? 'names' : 'does not name'} a policy`, () =>
      assert.equal(isPolicyTitle(heading), policy));

  it('every family of titles.yaml has a row', () => {
    for (const family of ['policy-title', 'policy-title-opening', 'policy-title-about']) {
      assert.ok(lexicon().has(family), family);
      assert.ok(
        TITLES.some(([f]) => f === family),
        family,
      );
    }
  });

  it('a configuration adds a name', () => {
    assert.equal(isPolicyTitle('Политика о персональных данных'), false);
    const words = lexicon({ 'policy-title': { ru: ['политика о персональных данных'] } });
    assert.equal(isPolicyTitle('Политика о персональных данных', words), true);
  });
});

describe('a configured title', () => {
  // A name a lawyer adds to `policy-title` makes the heading the policy's title where missing-section
  // and the checklist place a new section (one level below it) and report what the policy lacks.
  const text = '# Notice on Personal Information\n\n# Purposes\n\nWe use data to provide the service.\n';
  const doc = createEngine().parse('file:///p/notice.en.md', text);
  const part = policyParts(doc).parts[0]!;
  it('is no title with the built-in names', () => assert.equal(partTitle(doc, part), null));
  it('is the title with the name added', () => {
    const words = lexicon({ 'policy-title': { en: ['notice on personal information'] } });
    assert.equal(partTitle(doc, part, words)?.heading?.text, 'Notice on Personal Information');
  });
});

describe('period vocabulary', () => {
  for (const [before, genitive] of GENITIVE)
    it(`after «${before.trim()}» the ${genitive ? 'genitive' : 'nominative'}`, () =>
      assert.equal(genitiveFollows(before), genitive));

  it('a configuration adds a word', () => {
    assert.equal(genitiveFollows('хранятся вплоть до окончания '), false);
    const words = lexicon({ 'period-genitive-before': { ru: ['окончания'] } });
    assert.equal(genitiveFollows('хранятся вплоть до окончания ', words), true);
  });
});
