// missing-section: a notice that answers to the UK's data protection law. The UK GDPR keeps the
// GDPR's articles, so a notice naming "UK data protection law" or the Information Commissioner's
// Office is checked against the GDPR profile (no front matter needed), and "raise a concern with
// the Information Commissioner's Office" states the right to complain to a supervisory authority.
// Guard: a concern raised with the company names no authority. Every text is ours.
import assert from 'node:assert/strict';
import { lintWith, ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

/** A GDPR policy stating every item but the complaint, and the text given. */
const withoutComplaint = (text: string): string =>
  policy('en', 'gdpr', [...otherSections('gdpr', 'en', 'complaint'), text]);

const valid: Case[] = [
  {
    name: 'a concern raised with the Information Commissioner’s Office',
    text: withoutComplaint(
      "## Your rights\n\nIf you are unhappy with our answer, you may raise a concern with the UK Information Commissioner's Office.",
    ),
  },
  {
    name: 'a complaint to the regulator (read before: a guard that the wording stays read)',
    text: withoutComplaint('## Your rights\n\nYou may also complain to the data protection regulator.'),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a concern raised with the company names no authority',
    text: withoutComplaint('## Your rights\n\nIf something worries you, raise a concern with our support team.'),
    errors: [{ messageId: 'missing', data: { requirement: 'gdpr:complaint' } }],
  },
];

ruleTester('missing-section', { valid, invalid });

describe('missing-section: a notice answering to UK data protection law', () => {
  const requirements = (text: string) =>
    lintWith('missing-section', { text }).findings.map((f) => String(f.message.data?.requirement ?? ''));
  const notice = (law: string) =>
    '# Privacy notice\n\n' +
    '## Who we are\n\nThe bakery Crumb & Co is the controller of your data; write to hello@crumb.example.\n\n' +
    `## What we keep\n\nWe keep the names and e-mail addresses of customers only to send their orders. ${law}\n`;

  it('is checked against the GDPR when it names UK data protection law', () => {
    const found = requirements(notice('Where UK data protection law applies, you may ask us for a copy.'));
    assert.ok(
      found.some((r) => r.startsWith('gdpr:')),
      found.join(', '),
    );
    assert.ok(!found.some((r) => r.startsWith('core:')), found.join(', '));
  });

  it('is checked for the core items only when it names no law', () => {
    const found = requirements(notice('You may ask us for a copy.'));
    assert.ok(!found.some((r) => r.startsWith('gdpr:')), found.join(', '));
  });
});
