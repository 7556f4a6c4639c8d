// missing-section: who the business is, under the CCPA (a note). A company with its legal form, a
// "Who we are" section or an organisation named by its kind names it; a "Contact" heading over an
// e-mail address, or the product's name alone, does not.
import { ruleTester, type Case, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

const ccpa = (text: string): string => policy('en', 'ccpa', [...otherSections('ccpa', 'en', 'business'), text]);

const valid: Case[] = [
  {
    name: 'a company with its legal form, in a contact section, names the business',
    text: ccpa('## Contact\n\nQuestions go to Lantern Labs LLC at privacy@lanternlabs.example.'),
  },
  {
    name: 'an organisation named by its kind names the business',
    text: ccpa(
      '## Contact\n\nThe app is run by a research centre of the state university; write to privacy@uni.example.',
    ),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a "Contact" heading over an e-mail address names no business',
    text: ccpa('## Contact\n\nWrite to privacy@lantern.example with any question about the Lantern app.'),
    errors: [{ messageId: 'missing', severity: 'info', data: { requirement: 'ccpa:business' } }],
  },
];

ruleTester('missing-section', { valid, invalid });
