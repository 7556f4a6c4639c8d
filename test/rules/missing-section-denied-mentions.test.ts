// missing-section: a mention that makes an item apply counts only where the text does not deny it.
// "We never use credit scoring" shows no automated decision, nor does a list item under a lead-in
// that denies ("We will never: - use credit scoring"). Data brokers make the GDPR source items apply
// only when data come from them, not when data would go to them.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { checkedItems, otherSections, policy, section } from '../fixtures/requirements/build.js';
import { KZ } from '../fixtures/requirements/kz.js';

/** Every Kazakhstan item but automated processing, then the given text. */
const kzWith = (text: string): string =>
  policy('en', 'kz', [
    ...checkedItems('kz')
      .filter((i) => i.id !== 'automated-processing')
      .map((i) => section(KZ[i.id]!['en'])),
    `## Other terms\n\n${text}`,
  ]);

/** Every GDPR item but the source of the data, then the given text. */
const gdprWith = (text: string): string =>
  policy('en', 'gdpr', [...otherSections('gdpr', 'en', 'source'), `## Other terms\n\n${text}`]);

const scoring = { messageId: 'missing-when-mentioned', data: { requirement: 'kz:automated-processing' } };
const sources = { messageId: 'missing-when-mentioned', data: { requirement: 'gdpr:source' } };

const valid: Case[] = [
  { name: 'kz en: a denied mention in its own sentence', text: kzWith('We never use credit scoring.') },
  {
    name: 'kz en: a list item under a lead-in that denies',
    text: kzWith('We will never:\n\n- use credit scoring;\n- sell your data.'),
  },
  {
    name: 'gdpr en: data that would go to data brokers',
    text: gdprWith('Aggregated statistics may be shared with data brokers.'),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'kz en: a list item under a lead-in that does not deny',
    text: kzWith('We may:\n\n- use credit scoring;\n- send you newsletters.'),
    errors: [scoring],
  },
  {
    name: 'gdpr en: data bought from data brokers',
    text: gdprWith('We buy contact lists from data brokers.'),
    errors: [sources],
  },
];

ruleTester('missing-section', { valid, invalid });
