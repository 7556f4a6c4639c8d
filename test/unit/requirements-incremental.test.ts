// Requirement status while typing: parses that reuse the previous one's blocks (and the facts
// cached with them) give the same answer as a fresh parse, also when an edit changes a clause's
// context (a heading that turns a section into definitions) rather than the clause itself.
import assert from 'node:assert/strict';
import { createEngine, type PolicyDocument } from '../../server/src/engine/index.js';
import { requirementStatus } from '../../server/src/engine/extract/requirements/status.js';
import { checkedItems, fixture, policy, section } from '../fixtures/requirements/build.js';

const engine = createEngine();
const config = engine.resolveConfig([]);

function statuses(doc: PolicyDocument): string[] {
  return requirementStatus(doc, config).profiles.flatMap(({ profile, parts }) =>
    parts.flatMap(({ items }) => profile.items.map((i) => `${profile.id}:${i.id}=${items.get(i.id)!.status}`)),
  );
}

function replace(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `«${from}» is in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('requirement status while typing', () => {
  const base = policy(
    'en',
    'kz',
    checkedItems('kz')
      .filter((i) => i.id !== 'retention')
      .map((i) => section(fixture('kz', i.id).en)),
  );
  const edits: Array<[string, (text: string) => string, string]> = [
    [
      'a retention sentence typed into another section',
      (t) =>
        replace(
          t,
          fixture('kz', 'purposes').en.text,
          `${fixture('kz', 'purposes').en.text} We keep personal data for five years.`,
        ),
      'kz:retention=satisfied',
    ],
    [
      'the section renamed to definitions: its sentences no longer count',
      (t) => replace(t, `## ${fixture('kz', 'purposes').en.heading}`, '## Definitions'),
      'kz:retention=missing',
    ],
    ['renamed back', (t) => replace(t, '## Definitions', '## How we use data'), 'kz:retention=satisfied'],
    [
      'the sentence deleted again',
      (t) => replace(t, ' We keep personal data for five years.', ''),
      'kz:retention=missing',
    ],
    [
      'a rights sentence that mentions the retention period',
      (t) =>
        replace(t, fixture('kz', 'rights').en.text, 'You have the right to know the retention period of your data.'),
      'kz:retention=missing',
    ],
    [
      'an item of the list of rights, in the rights section',
      (t) =>
        replace(
          t,
          'You have the right to know the retention period of your data.',
          '- the retention period of your data is five years.',
        ),
      'kz:retention=missing',
    ],
    [
      'the section renamed: the statement now counts',
      (t) => replace(t, `## ${fixture('kz', 'rights').en.heading}`, '## Other information'),
      'kz:retention=satisfied',
    ],
    [
      'the heading back, the item a plain statement: it counts in the rights section too',
      (t) =>
        replace(
          replace(t, '## Other information', `## ${fixture('kz', 'rights').en.heading}`),
          '- the retention period of your data is five years.',
          'The retention period of your data is five years.',
        ),
      'kz:retention=satisfied',
    ],
  ];

  it('agrees with a fresh parse after every edit', () => {
    let text = base;
    let doc = engine.parse('file:///privacy.en.md', text);
    assert.ok(statuses(doc).includes('kz:retention=missing'));
    for (const [name, edit, expected] of edits) {
      text = edit(text);
      doc = engine.parse('file:///privacy.en.md', text, doc);
      const fresh = engine.parse('file:///privacy.en.md', text);
      assert.deepEqual(statuses(doc), statuses(fresh), name);
      assert.ok(statuses(doc).includes(expected), `${name}: ${expected}`);
    }
  });
});

describe('the policy verdict while typing in one language version', () => {
  const kk = engine.parse(
    'file:///p/privacy.kk.md',
    policy(
      'kk',
      'kz',
      checkedItems('kz').map((i) => section(fixture('kz', i.id).kk)),
    ),
  );
  const ruText = policy(
    'ru',
    'kz',
    checkedItems('kz')
      .filter((i) => i.id !== 'security')
      .map((i) => section(fixture('kz', i.id).ru)),
  );

  it('re-reads only the edited version, and agrees with a fresh reading', async () => {
    const { policyStatus } = await import('../../server/src/engine/extract/requirements/policy.js');
    let ru = engine.parse('file:///p/privacy.ru.md', ruText);
    const group = (doc: PolicyDocument) => engine.groupVersions([kk, doc], config)[0]!;
    const first = policyStatus(ru, config, group(ru));
    assert.equal(first.verdicts.get('kz:security')!.status, 'satisfied', 'the Kazakh version states it');
    const kkStatus = first.versions.find((v) => v.doc === kk)!;
    // A keystroke in the Russian version: the Kazakh version's statuses are the same objects.
    const edited = ruText.replace(fixture('kz', 'rights').ru.text, `${fixture('kz', 'rights').ru.text} Спасибо.`);
    ru = engine.parse('file:///p/privacy.ru.md', edited, ru);
    const second = policyStatus(ru, config, group(ru));
    assert.equal(
      second.versions.find((v) => v.doc === kk)!.items.get('kz:security'),
      kkStatus.items.get('kz:security'),
    );
    const fresh = policyStatus(engine.parse('file:///p/privacy.ru.md', edited), config, group(ru));
    assert.deepEqual(
      [...second.verdicts].map(([id, v]) => `${id}=${v.status}`),
      [...fresh.verdicts].map(([id, v]) => `${id}=${v.status}`),
    );
  });
});
