// Attribute lists after a heading (kramdown `{: #id }`, Pandoc `{#id .class}`) are hidden by every
// renderer that knows them: they are cut from the heading's text, and bare domain names are no
// evidence of a language.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { attributeListStart } from '../../server/src/engine/parse/attribute-list.js';
import { detectLanguage } from '../../server/src/engine/language/detect.js';

const engine = createEngine();
const headingOf = (markdown: string): string =>
  engine.parse('file:///a/p.md', markdown).blocks.find((b) => b.type === 'heading')!.text;

describe('heading attribute lists', () => {
  it('are cut from the heading text, kramdown and Pandoc alike', () => {
    assert.equal(headingOf('### Продукт {: #product }\n\nТекст.\n'), 'Продукт');
    assert.equal(headingOf('## Файлы cookie {#cookies .unnumbered}\n\nТекст.\n'), 'Файлы cookie');
    assert.equal(headingOf('## Приложение {-}\n\nТекст.\n'), 'Приложение');
    assert.equal(headingOf('## Контакты {:.wide data-x="a b"}\n'), 'Контакты');
  });

  it('leaves braces that are no attribute list: template blanks, a heading that is only braces', () => {
    assert.equal(headingOf('## Оператор {company_name}\n'), 'Оператор {company_name}');
    assert.equal(headingOf('## Срок {30 дней}\n'), 'Срок {30 дней}');
    assert.equal(headingOf('## {#only}\n'), '{#only}');
    assert.equal(attributeListStart('Text {#a} more'), null);
  });

  it('no longer make a Russian heading read as English', () => {
    const heading = '### Наш продукт {: #our-product .main .section .wide }\n';
    assert.equal(detectLanguage(heading).lang, 'en', 'with its list, the Latin words outnumber the Russian ones');
    assert.equal(detectLanguage(headingOf(heading)).lang, 'ru');
  });
});

describe('bare domain names in language detection', () => {
  it('count for no language, as the identifier extractor reads them as addresses', () => {
    assert.equal(detectLanguage('Пишите на support.example.org или help.example.com').lang, 'ru');
    assert.equal(detectLanguage('Сайт support.example.org').words, 1);
    assert.equal(detectLanguage('Visit support.example.org for help').words, 3);
  });
});
