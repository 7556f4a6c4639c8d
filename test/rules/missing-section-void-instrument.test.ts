// missing-section: the GDPR transfers item missing where the policy rests a transfer on the EU-US
// Privacy Shield (invalidated on 16 July 2020, C-311/18 Schrems II) or Safe Harbor: the finding
// quotes the sentence and says the instrument is void. A sentence that says the instrument is no
// longer valid speaks of it rightly: the plain finding stands.
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { otherSections, policy } from '../fixtures/requirements/build.js';

const withText = (text: string): string =>
  policy('en', 'gdpr', [...otherSections('gdpr', 'en', 'transfers'), `## Analytics\n\n${text}`]);

const voidInstrument = (message: string): InvalidCase['errors'][number] => ({
  messageId: 'missing-void-instrument',
  data: { requirement: 'gdpr:transfers' },
  message,
});

ruleTester('missing-section', {
  valid: [],
  invalid: [
    {
      name: 'a recipient certified under the Privacy Shield',
      text: withText('Our analytics provider is certified under the EU-US Privacy Shield.'),
      errors: [
        voidInstrument(
          'an instrument that is void: the EU-US Privacy Shield, which the Court of Justice of the EU invalidated on 16 July 2020 (C-311/18, Schrems II) («Our analytics provider is certified under the EU-US Privacy Shield»)',
        ),
      ],
    },
    {
      name: 'Safe Harbor',
      text: withText('Our mailing provider adheres to the Safe Harbor principles.'),
      errors: [voidInstrument('the Safe Harbor principles, which the Court of Justice of the EU invalidated')],
    },
    {
      name: 'a sentence that says the Shield is no longer valid: the plain finding',
      text: withText('The Privacy Shield is no longer valid, and our analytics provider keeps data in Frankfurt.'),
      errors: [{ messageId: 'missing-where-applicable', data: { requirement: 'gdpr:transfers' } }],
    },
  ],
});
