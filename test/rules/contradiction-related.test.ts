import assert from 'node:assert/strict';
import { lintWith } from '../helpers/rule-tester.js';

const fm = (lang: string) => `---\nlang: ${lang}\npolicy: privacy\n---\n`;

function relatedQuotes(text: string, config?: Parameters<typeof lintWith>[1]['config']) {
  const { findings, doc } = lintWith('contradiction', { text, config });
  return findings.map((f) => ({
    at: doc.text.slice(f.span.start, f.span.end),
    related: (f.related ?? []).map((r) => doc.text.slice(r.span.start, r.span.end)),
  }));
}

describe('contradiction: where the two statements stand', () => {
  it('a denial of sharing relates the clause naming the recipient', () => {
    const text = `${fm('en')}We do not share your data with any third parties.\n\nInvoices are stored with our cloud storage provider.\n`;
    assert.deepEqual(relatedQuotes(text), [
      {
        at: 'do not share your data with any third parties',
        related: ['Invoices are stored with our cloud storage provider'],
      },
    ]);
  });

  it('storage abroad stands at the act and relates the promise', () => {
    const text = `${fm('ru')}Персональные данные хранятся в базе данных на территории Республики Казахстан.\n\nБаза данных сервиса хранится на серверах в Финляндии.\n`;
    const [f] = relatedQuotes(text);
    assert.match(f!.at, /на серверах в Финляндии/);
    assert.equal(f!.related.length, 1);
    assert.match(f!.related[0]!, /на территории Республики Казахстан/);
  });

  it('a brand a lawyer adds in the configuration is read as a recipient', () => {
    const text = `${fm('en')}We do not share your data with any third parties.\n\nOrders are processed by Acmepay.\n`;
    assert.equal(relatedQuotes(text).length, 0);
    const config = { vocabulary: { 'recipient-brands': { en: ['acmepay'] } } };
    assert.equal(relatedQuotes(text, config).length, 1);
  });
});
