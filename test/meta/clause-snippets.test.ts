// The snippets VS Code serves are generated from the clause library: they must be in step with it,
// valid, and reachable by one predictable, unique prefix per clause and language.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../server/src/engine/index.js';
import {
  BLANKS,
  LIBRARY,
  readClause,
  snippetBody,
  snippetPrefix,
  snippetToText,
  plainBody,
} from '../../server/src/engine/clauses/index.js';

const root = join(import.meta.dirname, '../..');

describe('clause snippets', () => {
  it('are in step with the clause library (npm run build:data regenerates them)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-clauses.mts'), '--check'], {
      stdio: 'pipe',
      cwd: root,
    });
  });

  it('are valid snippet files, one per language, every prefix unique and in the pp-[lang-] scheme', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { snippets: Array<{ path: string }> };
    };
    const prefixes = new Set<string>();
    for (const lang of LANGUAGES) {
      assert.ok(
        manifest.contributes.snippets.some((s) => s.path === `./snippets/${lang}.code-snippets`),
        `${lang} snippets are contributed`,
      );
      const file = JSON.parse(readFileSync(join(root, `snippets/${lang}.code-snippets`), 'utf8')) as Record<
        string,
        { prefix: string; body: string[]; description: string }
      >;
      const clauses = LIBRARY.filter((c) => c.lang === lang);
      assert.equal(Object.keys(file).length, clauses.length);
      for (const snippet of Object.values(file)) {
        assert.ok(Array.isArray(snippet.body) && snippet.body.every((l) => typeof l === 'string'));
        assert.match(
          snippet.prefix,
          lang === 'en' ? /^pp-(?!ru-|kk-)[a-z0-9-]+$/ : new RegExp(`^pp-${lang}-[a-z0-9-]+$`),
        );
        assert.ok(!prefixes.has(snippet.prefix), `duplicate prefix ${snippet.prefix}`);
        prefixes.add(snippet.prefix);
        assert.ok(snippet.description.length > 0);
      }
    }
  });

  it('names prefixes by language, topic and law', () => {
    assert.equal(snippetPrefix({ id: 'kz.retention', lang: 'en' }), 'pp-retention-kz');
    assert.equal(snippetPrefix({ id: 'kz.retention', lang: 'ru' }), 'pp-ru-retention-kz');
    assert.equal(snippetPrefix({ id: 'common.cookies', lang: 'kk' }), 'pp-kk-cookies');
  });
});

describe('clause blanks', () => {
  const clause = {
    lang: 'en' as const,
    body: 'Kept by {{operator}} for {{period}}; write to {{operator}} at a$b {{unknown-blank}}.',
  };

  it('become tab stops, the same blank one mirrored tab stop, literal $ and } escaped', () => {
    assert.equal(
      snippetBody(clause, BLANKS),
      "Kept by ${1:[operator's full name and legal form]} for ${2:[retention period]}; write to ${1:[operator's full name and legal form]} at a$b ${3:[unknown blank]}.",
    );
  });

  it('number after the tab stops a firm clause already has', () => {
    assert.equal(
      snippetBody({ lang: 'en', body: 'Name: ${1:Firm LLP}, e-mail {{email}}.' }, BLANKS),
      'Name: ${1:Firm LLP}, e-mail ${2:[e-mail for personal data requests]}.',
    );
  });

  it('read as plain text show each blank as its label in brackets', () => {
    assert.equal(
      plainBody(clause, BLANKS),
      "Kept by [operator's full name and legal form] for [retention period]; write to [operator's full name and legal form] at a$b [unknown blank].",
    );
    assert.equal(snippetToText('a ${1:x\\}y} b $2 c \\$d'), 'a x}y b  c $d');
  });
});

describe('clause files', () => {
  it('are read with their front matter', () => {
    const r = readClause(
      '---\nid: firm.retention\nkind: retention\nitems: [kz:retention]\nlang: ru\ntitle: Сроки хранения\ndescription: Наша формулировка.\n---\nОператор хранит данные {{period}}.\n',
      'firm',
    );
    assert.equal(r.clause?.id, 'firm.retention');
    assert.equal(r.clause?.origin, 'firm');
    assert.equal(r.clause?.body, 'Оператор хранит данные {{period}}.');
  });

  it('say in plain words what is wrong with a bad one, and never throw', () => {
    assert.match(readClause('no front matter').problems[0]!.message, /front matter/);
    assert.match(readClause('---\nid: [\n---\nx').problems[0]!.message, /not valid YAML/);
    const r = readClause(
      '---\nid: Bad Id\nkind: storage\nitems: retention\nlang: de\ntitle: T\ndescription: D\nextra: 1\n---\n',
    );
    const messages = r.problems.map((p) => p.message).join('\n');
    for (const word of ['`id`', '`kind`', '`items`', '`lang`', 'no text', 'Unknown field `extra`'])
      assert.ok(messages.includes(word), word);
    assert.equal(readClause('---\nid: x\n').clause, null);
  });
});
