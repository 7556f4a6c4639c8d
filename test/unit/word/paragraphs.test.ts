// Where a finding stands in a Word draft: its paragraph number and a quote of the text there.
import assert from 'node:assert/strict';
import { paragraphLocator } from '../../../server/src/word/paragraphs.js';

const MD =
  '---\nlang: en\n---\n\n# Policy\n\n1.1. We keep **payment** data for five years after the last payment is made by the client.\n\n- first item\n- second item\n\n| Purpose | Period |\n|---|---|\n| Payments | 5 years |\n';

describe('paragraph locations in a Word draft', () => {
  const locate = paragraphLocator(MD);
  it('counts headings, paragraphs, list items and table rows, not the front matter', () => {
    assert.deepEqual(locate(MD.indexOf('# Policy')), { paragraph: 1, quote: 'Policy' });
    assert.equal(locate(MD.indexOf('second item'))!.paragraph, 4);
    assert.deepEqual(locate(MD.indexOf('5 years')), { paragraph: 6, quote: '5 years' });
    assert.equal(locate(0), null);
  });

  it('quotes from the finding without Markdown marks, shortened', () => {
    const quote = locate(MD.indexOf('We keep'))!.quote;
    assert.ok(quote.startsWith('We keep payment data for five years'), quote);
    assert.ok(quote.endsWith('…') && quote.length <= 60, quote);
  });
});
