// Meta tests: every rule has its docs page, its test table, its messages in every catalogue and
// a place in the index; generated files are up to date; client and server agree on names.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules/index.js';
import { CATALOGUES } from '../../server/src/engine/i18n/render.js';
import { LANGUAGES, SECTION_KINDS } from '../../server/src/engine/types.js';
import { KIND_NAMES } from '../../server/src/engine/i18n/kinds.js';
import * as clientProtocol from '../../client/src/protocol.js';
import { DOCUMENT_INFO_REQUEST } from '../../server/src/lsp/info.js';
import { FIX_ALL_COMMAND } from '../../server/src/server.js';
import { CHECKLIST_REQUEST } from '../../server/src/lsp/checklist.js';
import { COUNTERPARTS_REQUEST } from '../../server/src/lsp/counterparts.js';
import { CLAUSES_REQUEST, CLAUSE_IN_OTHER_VERSIONS_REQUEST } from '../../server/src/lsp/clauses.js';

const root = join(import.meta.dirname, '../..');
const REQUIRED_DOC_SECTIONS = ['## What it finds', '## Why', '## Examples', '### Bad', '### Good', '## Options'];
const PRODUCT_RULE_IDS = [
  'missing-section',
  'retention-missing',
  'retention-vague',
  'retention-inconsistent',
  'untranslated-clause',
  'wrong-language',
  'translation-mismatch',
  'party-name-inconsistent',
  'undefined-term',
  'broken-reference',
  'placeholder',
  'wrong-jurisdiction',
  'law-citation',
  'contradiction',
  'duplicate-heading',
];

describe('project meta', () => {
  for (const rule of RULES) {
    describe(`rule ${rule.id}`, () => {
      it('has an id from the product catalogue', () => assert.ok(PRODUCT_RULE_IDS.includes(rule.id), rule.id));
      it('has a docs page with the required sections', () => {
        const page = join(root, 'docs/rules', `${rule.id}.md`);
        assert.ok(existsSync(page), `docs/rules/${rule.id}.md is missing`);
        const text = readFileSync(page, 'utf8');
        assert.ok(text.startsWith(`# ${rule.id}\n`), 'the page opens with the rule id');
        for (const heading of REQUIRED_DOC_SECTIONS) assert.ok(text.includes(`\n${heading}`), `missing "${heading}"`);
      });
      it('has a rule table', () =>
        assert.ok(
          existsSync(join(root, 'test/rules', `${rule.id}.test.ts`)),
          `test/rules/${rule.id}.test.ts is missing`,
        ));
      it('has every message in every catalogue', () => {
        for (const lang of LANGUAGES)
          for (const id of rule.meta.messages)
            assert.ok(CATALOGUES[lang][`${rule.id}/${id}`], `${lang}: ${rule.id}/${id}`);
      });
      it('describes itself in every language', () => {
        for (const lang of LANGUAGES) assert.ok(rule.meta.docs.description[lang], `${lang} description`);
      });
    });
  }

  it('catalogues hold the same message ids', () => {
    const en = Object.keys(CATALOGUES.en).sort();
    for (const lang of LANGUAGES) assert.deepEqual(Object.keys(CATALOGUES[lang]).sort(), en, lang);
  });

  it('names every section kind in every language', () => {
    for (const kind of SECTION_KINDS)
      for (const lang of LANGUAGES) assert.ok(KIND_NAMES[kind][lang], `${kind} ${lang}`);
  });

  it('generated data modules are up to date (npm run build:data)', () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('the configuration schema and contributed settings are up to date (npm run build:schema)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-schema.ts'), '--check'], {
      stdio: 'pipe',
      cwd: root,
    });
  });

  it('client and server agree on request and command names', () => {
    assert.equal(clientProtocol.DOCUMENT_INFO_REQUEST, DOCUMENT_INFO_REQUEST);
    assert.equal(clientProtocol.SERVER_FIX_ALL_COMMAND, FIX_ALL_COMMAND);
    assert.equal(clientProtocol.CHECKLIST_REQUEST, CHECKLIST_REQUEST);
    assert.equal(clientProtocol.CLAUSES_REQUEST, CLAUSES_REQUEST);
    assert.equal(clientProtocol.CLAUSE_IN_OTHER_VERSIONS_REQUEST, CLAUSE_IN_OTHER_VERSIONS_REQUEST);
    assert.equal(clientProtocol.COUNTERPARTS_REQUEST, COUNTERPARTS_REQUEST);
  });

  it('the manifest contributes every command the client registers', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const client = readdirSync(join(root, 'client/src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'client/src', f), 'utf8'))
      .join('\n');
    const registered = [...client.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
    for (const nls of ['package.nls.json', 'package.nls.ru.json', 'package.nls.kk.json']) {
      const keys = Object.keys(JSON.parse(readFileSync(join(root, nls), 'utf8')));
      for (const c of manifest.contributes.commands)
        assert.ok(keys.includes(c.title.slice(1, -1)), `${nls}: ${c.title}`);
    }
  });

  it('the engine imports nothing of LSP, VS Code, the file system or the process', () => {
    const files = execFileSync('git', ['ls-files', 'server/src/engine'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      assert.ok(
        !/from '(?:vscode|vscode-languageserver[^']*|node:fs|fs|node:process|process|node:path)'/.test(text),
        `${file} imports outside the engine`,
      );
      assert.ok(!/\bprocess\.(?:env|cwd|argv|exit)/.test(text), `${file} reads the process`);
    }
  });
});
