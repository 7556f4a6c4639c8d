// Meta tests of the interface language: every word the lawyer sees exists in English, Russian and
// Kazakh, with the same placeholders. The client's words are @vscode/l10n bundles (l10n/), the
// server's are the engine's catalogues, the manifest's are package.nls*.json, and every rule page
// has its Russian and Kazakh translation.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules/index.js';
import { CATALOGUES } from '../../server/src/engine/i18n/render.js';
import { LANGUAGES } from '../../server/src/engine/types.js';

const root = join(import.meta.dirname, '../..');
const clientDir = join(root, 'client/src');
// The module that defines `t` calls vscode.l10n.t itself; every other client module goes through `t`.
const clientFiles = readdirSync(clientDir).filter((f) => f.endsWith('.ts') && f !== 'l10n.ts');
const clientText = (file: string) => readFileSync(join(clientDir, file), 'utf8');

/** The keys of the client's `t('…')` calls: the English text, as the bundles hold it. */
function clientMessages(): Set<string> {
  const keys = new Set<string>();
  for (const file of clientFiles) {
    for (const m of clientText(file).matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1]!.replace(/\\(.)/g, '$1'));
  }
  return keys;
}

function bundle(name: string): Record<string, string | { message: string }> {
  return JSON.parse(readFileSync(join(root, 'l10n', name), 'utf8')) as Record<string, string | { message: string }>;
}

const messageOf = (entry: string | { message: string }) => (typeof entry === 'string' ? entry : entry.message);
const placeholders = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]).sort();

// The headings every rule page has, in the page's language (the English ones: project.test.ts).
export const TRANSLATED_DOC_SECTIONS: Record<'ru' | 'kk', string[]> = {
  ru: ['## Что находит', '## Почему это важно', '## Примеры', '### Плохо', '### Хорошо', '## Параметры'],
  kk: ['## Нені табады', '## Неге маңызды', '## Мысалдар', '### Дұрыс емес', '### Дұрыс', '## Параметрлер'],
};

describe('interface language', () => {
  describe('client (l10n bundles)', () => {
    it('passes only literal English texts to t(), so that the bundles can be checked', () => {
      for (const file of clientFiles) {
        const bad = [...clientText(file).matchAll(/\bt\((?!\s*[')])/g)];
        assert.equal(bad.length, 0, `${file}: t() with a computed key`);
      }
    });

    it('shows no literal text to the user outside t()', () => {
      const literal = [
        /show(?:Information|Warning|Error)Message\(\s*['`]/, // notifications
        /\b(?:title|label|description|placeholder|message|tooltip):\s*['`][^'`]*[A-Za-z]{3}/, // quick picks, commands, tree items
        /\.(?:message|tooltip|description|name)\s*=\s*['`][^'`]*[A-Za-z]{3}/, // views and the status item
      ];
      for (const file of clientFiles) {
        for (const line of clientText(file).split('\n')) {
          // What goes through t() is checked above; what is computed, where it is made; icons are not words.
          const text = line
            .replace(/\bt\(\s*'(?:[^'\\]|\\.)*'/g, '')
            .replace(/\$\{[^}]*\}/g, '')
            .replace(/\$\([\w-]+\)/g, '');
          for (const pattern of literal)
            assert.ok(!pattern.test(text), `${file}: literal text for the user: ${line.trim()}`);
        }
      }
    });

    it('has every message in English, Russian and Kazakh, and no stale ones', () => {
      const used = [...clientMessages()].sort();
      assert.ok(used.length > 20, 'the client messages were found');
      for (const name of ['bundle.l10n.json', 'bundle.l10n.ru.json', 'bundle.l10n.kk.json']) {
        assert.deepEqual(Object.keys(bundle(name)).sort(), used, `l10n/${name} holds exactly the client's messages`);
      }
    });

    it('keeps the placeholders of each message in its translations', () => {
      for (const name of ['bundle.l10n.json', 'bundle.l10n.ru.json', 'bundle.l10n.kk.json']) {
        for (const [key, entry] of Object.entries(bundle(name))) {
          const text = messageOf(entry);
          assert.ok(text.trim().length > 0, `${name}: «${key}» is empty`);
          assert.deepEqual(placeholders(text, /\{\d+\}/g), placeholders(key, /\{\d+\}/g), `${name}: «${key}»`);
        }
      }
    });

    it('is declared in the manifest and packaged', () => {
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { l10n?: string };
      assert.equal(manifest.l10n, './l10n');
      const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
      for (const line of ['!l10n/*.json', '!docs/rules/ru/*.md', '!docs/rules/kk/*.md'])
        assert.ok(ignore.includes(line), line);
    });
  });

  describe('server (engine catalogues)', () => {
    it('keeps the placeholders of each message in every language, and leaves none empty', () => {
      // A translation may use a grammatical form of a value instead ({whatDat} for {what}): the
      // rule passes both, and the form's name begins with the value's.
      const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
      const sameOrForm = (name: string, of: string) =>
        name === of || (name.startsWith(of) && /^[A-Z]/.test(name.slice(of.length)));
      for (const [id, english] of Object.entries(CATALOGUES.en)) {
        const wanted = names(english);
        for (const lang of LANGUAGES) {
          const text = CATALOGUES[lang][id];
          assert.ok(text && text.trim().length > 0, `${lang}: ${id} is missing`);
          const used = names(text);
          for (const name of wanted)
            assert.ok(
              [...used].some((u) => sameOrForm(u, name)),
              `${lang}: ${id} lacks {${name}}`,
            );
          for (const name of used)
            assert.ok(
              [...wanted].some((w) => sameOrForm(name, w)),
              `${lang}: ${id} has {${name}}, which the English message lacks`,
            );
        }
      }
    });
  });

  describe('manifest (package.nls)', () => {
    it('has every %key% of package.json in English, Russian and Kazakh', () => {
      const manifest = readFileSync(join(root, 'package.json'), 'utf8');
      const keys = [...new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!))].sort();
      assert.ok(keys.length > 5);
      for (const name of ['package.nls.json', 'package.nls.ru.json', 'package.nls.kk.json']) {
        const nls = JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, string>;
        assert.deepEqual(Object.keys(nls).sort(), keys, `${name} holds exactly the manifest's keys`);
        for (const key of keys) assert.ok(nls[key]!.trim().length > 0, `${name}: ${key} is empty`);
      }
    });
  });

  describe('rule pages', () => {
    for (const rule of RULES) {
      for (const lang of ['ru', 'kk'] as const) {
        it(`${rule.id} has its ${lang} page with the required sections`, () => {
          const page = join(root, 'docs/rules', lang, `${rule.id}.md`);
          assert.ok(existsSync(page), `docs/rules/${lang}/${rule.id}.md is missing`);
          const text = readFileSync(page, 'utf8');
          assert.ok(text.startsWith(`# ${rule.id}\n`), 'the page opens with the rule id');
          for (const heading of TRANSLATED_DOC_SECTIONS[lang])
            assert.ok(text.includes(`\n${heading}`), `missing "${heading}"`);
        });
      }
    }
  });
});
