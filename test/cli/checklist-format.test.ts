// The checklist HTML report: one well-formed, self-contained page, a table per policy and
// jurisdiction holding every item with ✓ and the line that states it or ✗ and where it belongs,
// and every text from the policies escaped.
import assert from 'node:assert/strict';
import { createEngine, LineIndex, type Lang } from '../../server/src/engine/index.js';
import { PROFILES } from '../../server/src/engine/profiles/index.js';
import { formatChecklistHtml, type ChecklistReport } from '../../server/src/cli/formatters/checklist.js';
import { checkedItems, fixture, policy, section } from '../fixtures/requirements/build.js';

const engine = createEngine();

function report(file: string, text: string): ChecklistReport {
  const doc = engine.parse(`file:///${encodeURIComponent(file)}`, text);
  const config = engine.resolveConfig([]);
  const lines = new LineIndex(text);
  const checklist = engine.checklist(doc, config);
  return {
    file,
    language: doc.language,
    jurisdictions: checklist.jurisdictions.list,
    checklist,
    lineOf: (offset) => lines.lineOf(offset),
  };
}

const VOID = new Set(['meta', 'br']);

/** Tags open and close in order; only void elements stand alone. Returns the open-tag names seen. */
function checkWellFormed(html: string): string[] {
  const stack: string[] = [];
  const seen: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, closing, name] = m;
    const tag = name!.toLowerCase();
    if (closing) assert.equal(stack.pop(), tag, `</${tag}> closes <${stack.at(-1) ?? 'nothing'}>`);
    else {
      seen.push(tag);
      if (!VOID.has(tag)) stack.push(tag);
    }
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.ok(!/<(?![a-zA-Z/!])/.test(html.replace(/<!DOCTYPE html>/, '')), 'a stray < in the text');
  return seen;
}

const kzPolicy = policy(
  'en',
  'kz',
  checkedItems('kz')
    .filter((i) => i.id !== 'consent-withdrawal')
    .map((i) => section(fixture('kz', i.id).en)),
);
const kkRu = [
  '---\njurisdictions: [kz]\n---\n<!-- lang: kk -->\n\n# Құпиялылық саясаты\n\n',
  checkedItems('kz')
    .filter((i) => i.id !== 'rights')
    .map((i) => section(fixture('kz', i.id).kk))
    .join('\n\n'),
  '\n\n<!-- lang: ru -->\n\n# Политика конфиденциальности\n\n',
  checkedItems('kz')
    .filter((i) => i.id !== 'rights' && i.id !== 'complaints')
    .map((i) => section(fixture('kz', i.id).ru))
    .join('\n\n'),
  '\n',
].join('');
const hostile = 'policies/<script>alert("x")</script>&.md';
const hostileText = `---\njurisdictions: [kz]\n---\n# Privacy Policy\n\n## Personal data we collect & <keep> "always"\n\nName and phone.\n`;

describe('checklist HTML report', () => {
  const reports = [
    report('privacy.en.md', kzPolicy),
    report('privacy.md', kkRu),
    report(hostile, hostileText),
    report('notes.md', '# Privacy Policy\n\nNothing cited here.\n'),
  ];

  for (const lang of ['en', 'ru', 'kk'] as Lang[]) {
    it(`is one well-formed, self-contained page (${lang})`, () => {
      const html = formatChecklistHtml(reports, lang);
      assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">'));
      const tags = checkWellFormed(html);
      assert.ok(
        !tags.includes('script') && !tags.includes('link') && !tags.includes('img') && !tags.includes('iframe'),
        'no scripts or external resources',
      );
      assert.ok(!/\b(?:src|href)=/.test(html), 'nothing is fetched');
      assert.equal(tags.filter((t) => t === 'table').length, 3, 'a table per policy per jurisdiction');
    });
  }

  it('lists every item of the profile with its citation, ✓ and the line that states it, ✗ and where it belongs', () => {
    const html = formatChecklistHtml([reports[0]!], 'en');
    for (const item of PROFILES.get('kz')!.items) assert.ok(html.includes(`<code>kz:${item.id}</code>`), item.id);
    const lines = kzPolicy.split('\n');
    const rightsLine = lines.findIndex((l) => l === `## ${fixture('kz', 'rights').en.heading}`) + 1;
    assert.match(
      html,
      new RegExp(
        `<tr class="satisfied" id="privacy\\.en\\.md#kz:rights"><td class="mark">✓ stated</td>.*line ${rightsLine} <q>`,
      ),
    );
    assert.match(
      html,
      /<tr class="missing" id="privacy\.en\.md#kz:consent-withdrawal"><td class="mark">✗ missing<\/td><td>The subject&#39;s right to withdraw consent<small>/,
    );
    assert.match(
      html,
      new RegExp(
        `<td>Law 94-V, Art\\. 8 p\\.7; Art\\. 24 p\\.1 sub-para 5</td><td>belongs after «Your rights» \\(line ${rightsLine}\\)</td>`,
      ),
    );
    assert.match(html, /19 items stated, 1 missing|16 of 17 items stated, 1 missing/);
  });

  it("gives every language version of a file the policy's verdict, and says where each would state a missing item", () => {
    const html = formatChecklistHtml([reports[1]!], 'ru');
    assert.match(html, /<tr class="missing" id="privacy\.md#kz:rights"><td class="mark">kk ✗ · ru ✗<\/td>/);
    // The Russian version lacks the complaints clause the Kazakh one has: the policy states it (the
    // missing translation is untranslated-clause's finding).
    assert.match(html, /<tr class="satisfied" id="privacy\.md#kz:complaints"><td class="mark">kk ✓ · ru ✓<\/td>/);
    const securityLine = kkRu.split('\n').findIndex((l) => l === `## ${fixture('kz', 'security').ru.heading}`) + 1;
    assert.match(html, new RegExp(`<b>ru</b>: место — после раздела «Безопасность» \\(строка ${securityLine}\\)`));
  });

  it('counts the sections still in template blanks apart, as to complete, in the interface language', () => {
    const blanks = `${kzPolicy.trimEnd()}\n\n## Withdrawal of consent\n\n[Say how consent is withdrawn and when processing stops]\n`;
    const summaries = {
      en: /\d+ of \d+ items stated, 0 missing, 1 to complete ·/,
      ru: /указано \d+ из \d+, не указано 0, дополнить: 1 ·/,
      kk: /\d+ мәліметтің \d+ көрсетілген, 0 көрсетілмеген, толықтыру керек: 1 ·/,
    };
    for (const lang of ['en', 'ru', 'kk'] as Lang[]) {
      const html = formatChecklistHtml([report('privacy.en.md', blanks)], lang);
      assert.match(html, summaries[lang as keyof typeof summaries]);
      assert.match(html, /<tr class="to-complete" id="privacy\.en\.md#kz:consent-withdrawal"><td class="mark">✎ /);
    }
    // Nothing to complete, nothing said about it.
    assert.ok(!formatChecklistHtml([reports[0]!], 'en').includes('to complete'));
  });

  it('says when no law was found to check against', () => {
    const html = formatChecklistHtml([reports[3]!], 'kk');
    assert.ok(html.includes('<p class="none">Салыстыратын заң жоқ'));
  });

  it('escapes every text taken from the policies', () => {
    const html = formatChecklistHtml([reports[2]!], 'en');
    assert.ok(!html.includes('<script>') && !html.includes('<keep>'), 'raw markup from a file name or a policy');
    assert.ok(html.includes('policies/&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;.md'));
    assert.ok(
      html.includes('<q>Personal data we collect &amp; &lt;keep&gt; &quot;always&quot;</q>'),
      'the excerpt is escaped',
    );
    checkWellFormed(html);
  });
});
