// missing-section: a CCPA right named by a bare label in a list under a heading on the consumer's
// rights ("- Deletion", "| Correction |") states that right: the heading says what the labels are.
// Guards: a sentence about deleting data in a rights section, a label under a heading on something
// else, and a label of another right state nothing.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

const ccpa = (item: string, text: string): string => policy('en', 'ccpa', [...otherSections('ccpa', 'en', item), text]);

const LABELLED: Array<[string, string]> = [
  ['right-to-delete', '## Your California rights\n\n- **Access**\n- **Deletion**'],
  ['right-to-delete', '## Your rights\n\n- Right to Delete\n- Right to Opt Out'],
  ['right-to-delete', '## Your rights\n\n| Right | How |\n|---|---|\n| Erasure | In the app settings |'],
  ['right-to-correct', '## Your California rights\n\n- **Access / Portability**\n- **Correction**'],
];

const NOT_LABELLED: Array<[string, string]> = [
  ['right-to-delete', '## Your rights\n\nWe delete inactive accounts after two years of silence.'],
  ['right-to-delete', '## Your rights\n\n- We delete server logs after thirty days, and backups after a year.'],
  ['right-to-delete', '## Data we keep\n\n- Deletion logs\n- Invoices'],
  ['right-to-correct', '## Your California rights\n\n- **Access**\n- **Deletion**'],
];

const valid: Case[] = LABELLED.map(([item, text]) => ({
  name: `ccpa:${item}: ${text.replace(/\n+/g, ' ')}`,
  text: ccpa(item, text),
}));

const invalid: InvalidCase[] = NOT_LABELLED.map(([item, text]) => ({
  name: `ccpa:${item} (guard): ${text.replace(/\n+/g, ' ')}`,
  text: ccpa(item, text),
  errors: [{ messageId: 'missing', data: { requirement: `ccpa:${item}` } }],
}));

ruleTester('missing-section', { valid, invalid });
