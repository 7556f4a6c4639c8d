// The checklist API the editor's tree view and the CLI's report call, and what a heading's hover
// says it satisfies.
import assert from 'node:assert/strict';
import { createEngine, explainRequirements, sectionRequirements } from '../../server/src/engine/index.js';
import { applyEdits } from '../helpers/rule-tester.js';
import { checkedItems, fixture, policy, section } from '../fixtures/requirements/build.js';

const engine = createEngine();
const config = engine.resolveConfig([]);

const withoutWithdrawal = policy(
  'en',
  'kz',
  checkedItems('kz')
    .filter((i) => i.id !== 'consent-withdrawal')
    .map((i) => section(fixture('kz', i.id).en)),
);

describe('checklist', () => {
  const doc = engine.parse('file:///privacy.en.md', withoutWithdrawal);
  const list = engine.checklist(doc, config);
  const kz = list.profiles[0]!;
  const item = (id: string) => kz.items.find((i) => i.id === id)!;

  it('names the laws and where they came from', () => {
    assert.deepEqual(list.jurisdictions, { list: ['kz'], source: 'front-matter', unknown: [] });
    assert.equal(kz.law.ru, 'Закон № 94-V');
    assert.match(kz.checked, /^\d{4}-\d{2}/);
  });

  it('lists every item of the profile, with its requirement id, section kind, citation and clause', () => {
    assert.deepEqual(
      kz.items.map((i) => i.requirement),
      checkedItems('kz').map((i) => `kz:${i.id}`),
    );
    const withdrawal = item('consent-withdrawal');
    assert.equal(withdrawal.section, 'consent_withdrawal');
    assert.equal(withdrawal.citation.en, 'Law 94-V, Art. 8 p.7; Art. 24 p.1 sub-para 5');
    assert.equal(withdrawal.clause, 'kz.consent-withdrawal');
  });

  it('points a stated item at the text that states it', () => {
    const rights = item('rights');
    assert.equal(rights.status, 'satisfied');
    const evidence = rights.versions[0]!.evidence[0]!;
    assert.equal(
      withoutWithdrawal.slice(evidence.span.start, evidence.span.end),
      `## ${fixture('kz', 'rights').en.heading}`,
    );
    assert.equal(evidence.excerpt, fixture('kz', 'rights').en.heading);
  });

  it('points a missing item at the section it belongs after, with the suggestion that inserts it', () => {
    const withdrawal = item('consent-withdrawal');
    assert.equal(withdrawal.status, 'missing');
    const place = withdrawal.versions[0]!.place!;
    assert.equal(place.relation, 'after');
    assert.equal(place.section, fixture('kz', 'rights').en.heading);
    const inserted = applyEdits(withoutWithdrawal, place.suggestion!.edits);
    assert.ok(
      inserted.includes('## Withdrawal of consent\n\nThe subject may withdraw consent'),
      'the library clause is inserted',
    );
    const after = engine.checklist(engine.parse('file:///privacy.en.md', inserted), config);
    // The clause states the item; its blanks are placeholder's findings. (A heading over nothing
    // but blanks is there but not yet written: see below.)
    assert.equal(after.profiles[0]!.items.find((i) => i.id === 'consent-withdrawal')!.status, 'satisfied');
  });

  it('marks items that apply only in a situation the text does not show, and duties', () => {
    const silent = policy(
      'en',
      'kz',
      checkedItems('kz')
        .filter((i) => i.id !== 'automated-processing')
        .map((i) => section(fixture('kz', i.id).en)),
    );
    const automated = engine
      .checklist(engine.parse('file:///p.md', silent), config)
      .profiles[0]!.items.find((i) => i.id === 'automated-processing')!;
    assert.deepEqual([automated.status, automated.applies], ['not-applicable', 'when-mentioned']);
    const gdpr = engine.checklist(
      engine.parse('file:///p.md', '---\njurisdictions: [gdpr]\n---\n# Privacy Policy\n'),
      config,
    ).profiles[0]!;
    assert.equal(gdpr.items.find((i) => i.id === 'timing')!.status, 'manual');
    assert.equal(gdpr.items.find((i) => i.id === 'timing')!.applies, 'duty');
    assert.equal(gdpr.counts.manual, 2);
  });

  it('is empty, with the source "none", when no law is set or cited', () => {
    const none = engine.checklist(engine.parse('file:///notes.md', '# Privacy Policy\n\nText.\n'), config);
    assert.deepEqual([none.jurisdictions.source, none.profiles.length], ['none', 0]);
  });
});

describe('checklist of a policy in several files', () => {
  // privacy.kk.md states every item; privacy.ru.md lacks the rights section and cites no law.
  const kk = engine.parse(
    'file:///p/privacy.kk.md',
    policy(
      'kk',
      'kz',
      checkedItems('kz').map((i) => section(fixture('kz', i.id).kk)),
    ),
  );
  const ruText = `---\nlang: ru\n---\n# Политика конфиденциальности\n\n${checkedItems('kz')
    .filter((i) => i.id !== 'rights')
    .map((i) => section(fixture('kz', i.id).ru))
    .join('\n\n')}\n`;
  const ru = engine.parse('file:///p/privacy.ru.md', ruText);
  const group = engine.groupVersions([kk, ru], config)[0]!;

  it('answers to the laws any version answers to, with the same verdicts in every version', () => {
    const lists = [kk, ru].map((doc) => engine.checklist(doc, config, group));
    assert.deepEqual(
      lists.map((l) => l.jurisdictions.list),
      [['kz'], ['kz']],
    );
    const verdicts = lists.map((l) => l.profiles[0]!.items.map((i) => `${i.id}:${i.status}`));
    assert.deepEqual(verdicts[0], verdicts[1]);
    assert.equal(lists[1]!.profiles[0]!.items.find((i) => i.id === 'rights')!.status, 'satisfied');
  });

  it('shows where another version states what this one lacks', () => {
    const rights = engine.checklist(ru, config, group).profiles[0]!.items.find((i) => i.id === 'rights')!;
    const evidence = rights.versions[0]!.evidence[0]!;
    assert.equal(evidence.uri, kk.uri);
    assert.equal(kk.text.slice(evidence.span.start, evidence.span.end), `## ${fixture('kz', 'rights').kk.heading}`);
  });

  it('leaves the gap to untranslated-clause: no missing-section in the version that lacks it', () => {
    const findings = engine.lint(ru, config, { group }).filter((f) => f.ruleId === 'missing-section');
    assert.deepEqual(
      findings.map((f) => f.data?.requirement).filter((r) => r === 'kz:rights'),
      [],
    );
    // Reported on whichever version is not the primary: missing here, or extra there.
    assert.ok(
      [kk, ru].some((doc) => engine.lint(doc, config, { group }).some((f) => f.ruleId === 'untranslated-clause')),
    );
  });
});

describe('what a section heading satisfies (hover)', () => {
  const text = policy('en', 'kz', [
    section(fixture('kz', 'retention').en),
    `## How we use your data\n\n${fixture('kz', 'purposes').en.text}\n\n${fixture('kz', 'consent-withdrawal').en.text}`,
  ]);
  const doc = engine.parse('file:///privacy.en.md', text);
  const at = (heading: string) => text.indexOf(heading) + 3;

  it('names the kind of the section and the requirements it states, with citations', () => {
    const found = sectionRequirements(doc, config, at('## Retention period'))!;
    assert.deepEqual(found.kinds, ['retention']);
    assert.deepEqual(
      found.requirements.map((r) => [r.requirement, r.citation.en]),
      [['kz:retention', 'Law 94-V, Art. 12 p.2; Art. 24 p.1 sub-para 1']],
    );
  });

  it('counts what the section’s clauses state, under any heading', () => {
    const found = sectionRequirements(doc, config, at('## How we use your data'))!;
    assert.deepEqual(
      found.requirements.map((r) => r.requirement),
      ['kz:purposes', 'kz:consent-withdrawal'],
    );
  });

  it('puts it into words in the interface language', () => {
    const hover = explainRequirements(doc, config, at('## Retention period'), 'ru')!;
    assert.deepEqual(hover.lines, [
      'Этот раздел содержит сведения, которых требует закон: Закон № 94-V, п. 2 ст. 12; пп. 1 п. 1 ст. 24 — сроки хранения персональных данных.',
    ]);
  });

  it('says nothing away from a heading', () => {
    assert.equal(sectionRequirements(doc, config, text.indexOf('We keep')), null);
  });
});

describe('a section still in template blanks', () => {
  // The profile's template paragraph, as a lawyer who typed the heading and left the blank has it.
  const inserted = `${withoutWithdrawal.trimEnd()}\n\n## Withdrawal of consent\n\n[State how the subject withdraws consent and when processing stops]\n`;
  const after = engine.parse('file:///privacy.en.md', inserted);

  it('does not satisfy the item: the checklist shows it to complete, at the inserted heading', () => {
    const item = engine.checklist(after, config).profiles[0]!.items.find((i) => i.id === 'consent-withdrawal')!;
    assert.equal(item.status, 'to-complete');
    assert.match(inserted.slice(item.versions[0]!.evidence[0]!.span.start), /^## (?:\d+\. )?Withdrawal of consent/);
  });

  it('is flagged by placeholder, not reported missing again', () => {
    const findings = engine.lint(after, config);
    assert.ok(!findings.some((f) => f.ruleId === 'missing-section' && f.data?.requirement === 'kz:consent-withdrawal'));
    assert.ok(
      findings.some((f) => f.ruleId === 'placeholder' && f.span.start > inserted.indexOf('Withdrawal of consent')),
    );
  });

  it('is stated once its text is written', () => {
    const written = inserted.replace(
      /\[State how[^\]]*\]/,
      'You may withdraw consent at any time by writing to us; processing then stops within three working days.',
    );
    const item = engine
      .checklist(engine.parse('file:///privacy.en.md', written), config)
      .profiles[0]!.items.find((i) => i.id === 'consent-withdrawal')!;
    assert.equal(item.status, 'satisfied');
  });
});

describe('hovers stay short', () => {
  it('the title says how many items each law lacks and points to the checklist, without the list', () => {
    const doc = engine.parse('file:///privacy.en.md', withoutWithdrawal);
    const hover = engine.explain(doc, config, withoutWithdrawal.indexOf('# ') + 2, 'en')!;
    const summary = hover.lines.filter((l) => /items not stated/.test(l));
    assert.deepEqual(summary, ['Law 94-V: 1 items not stated; see the checklist.']);
    assert.ok(!hover.lines.some((l) => /Withdrawal/i.test(l)), hover.lines.join('\n'));
  });

  it('a heading that states many items names three and counts the rest', () => {
    const text = policy('en', 'kz', [
      `## Our policy\n\n${checkedItems('kz')
        .map((i) => fixture('kz', i.id).en.text)
        .join('\n\n')}`,
    ]);
    const doc = engine.parse('file:///privacy.en.md', text);
    const hover = explainRequirements(doc, config, text.indexOf('## Our policy') + 3, 'en');
    assert.ok(hover, 'the heading states items');
    const line = hover.lines[0]!;
    assert.equal(line.split(' — ').length - 1, 3, line);
    assert.match(line, /and \d+ more/);
  });
});
