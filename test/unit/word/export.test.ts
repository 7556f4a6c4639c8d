// Export to Word and back: the examples survive import(export(md)) modulo whitespace, and the
// document is written in the conservative legal style.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { exportMarkdown, importDocx } from '../../../server/src/word/index.js';

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('Word export', () => {
  for (const lang of ['ru', 'kk', 'en']) {
    it(`gives back examples/privacy.${lang}.md after import(export(md))`, async () => {
      const md = readFileSync(new URL(`../../../examples/privacy.${lang}.md`, import.meta.url), 'utf8');
      const back = await importDocx(await exportMarkdown(md), { fileName: `privacy.${lang}.docx` });
      assert.equal(squeeze(back.markdown), squeeze(md));
    });
  }

  it('uses Word heading styles, justified text, one serif font and clause numbers as text', async () => {
    const md =
      '---\nlang: en\n---\n\n# Privacy Policy\n\n## 1. Retention\n\n1.1. Data are kept for *five* years.\n\n- first\n- second\n\n| Data | Period |\n|---|---|\n| Payments | 5 years |\n';
    const docx = await exportMarkdown(md, { font: 'Arial' });
    const zip = await JSZip.loadAsync(docx);
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    assert.match(document, /<w:pStyle w:val="Title"\/>/);
    assert.match(document, /<w:pStyle w:val="Heading1"\/>[\s\S]*1\. Retention/);
    assert.match(document, /<w:jc w:val="both"\/>[\s\S]*1\.1\. Data are kept for/);
    assert.match(document, /<w:tbl>/);
    assert.match(styles, /w:ascii="Arial"/);
    const back = await importDocx(docx);
    assert.equal(squeeze(back.markdown), squeeze(md));
  });

  it('keeps pplint directives, so that a file of several language versions keeps its parts', async () => {
    const md =
      '---\npolicy: privacy\n---\n\n# Құпиялылық саясаты\n\nМәтін.\n\n<!-- lang: ru -->\n\n# Политика конфиденциальности\n\nТекст.\n';
    const back = await importDocx(await exportMarkdown(md));
    assert.equal(back.markdown, md);
  });

  it('writes Times New Roman by default', async () => {
    const zip = await JSZip.loadAsync(await exportMarkdown('# Policy\n\nText.\n'));
    assert.match(await zip.file('word/styles.xml')!.async('string'), /w:ascii="Times New Roman"/);
  });
});
