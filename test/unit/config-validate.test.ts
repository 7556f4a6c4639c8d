// Configuration is checked by ajv against the schema published for editors, and every problem is
// one plain sentence naming the setting; a bad setting is dropped on its own, the rest is used.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { createEngine } from '../../server/src/engine/index.js';
import { pplintrcSchema } from '../../server/src/engine/config/schema.js';
import { RULES } from '../../server/src/engine/rules/index.js';

const engine = createEngine();
const check = (raw: unknown) => engine.validateConfig(raw, '.pplintrc.json');
const root = join(import.meta.dirname, '../..');

describe('configuration validation', () => {
  it('validates against the committed schema, which ajv compiles as it is', () => {
    const committed = JSON.parse(readFileSync(join(root, 'schemas/pplintrc.schema.json'), 'utf8'));
    assert.deepEqual(committed, pplintrcSchema(RULES));
    const validate = new Ajv({ allErrors: true, strictTuples: false }).compile(committed);
    assert.equal(
      validate({
        rules: { placeholder: ['warning', { values: { 'DPO name': 'A. Akhmetova' } }] },
        vocabulary: { retention: { headings: { ru: ['период хранения'] } } },
      }),
      true,
    );
    assert.equal(validate({ rules: { placeholder: 'loud' } }), false);
  });

  it('accepts a full configuration without a word', () => {
    const raw = {
      $schema: './node_modules/pplint/schemas/pplintrc.schema.json',
      jurisdictions: ['kz', 'gdpr'],
      languages: ['ru', 'kk', 'en'],
      primaryLanguage: 'ru',
      include: ['policies/**/*.md'],
      exclude: ['**/drafts/**'],
      rules: {
        'duplicate-heading': 'off',
        placeholder: ['error', { values: { 'Company name': 'Dala Pay LLP' } }],
        'retention-vague': ['info'],
      },
      overrides: [{ files: ['**/*.en.md'], rules: { 'wrong-language': 'off' } }],
      uiLanguage: 'kk',
      vocabulary: { retention: { headings: { ru: ['период хранения'], kk: ['сақтау кезеңі'] } } },
    };
    const { config, problems } = check(raw);
    assert.deepEqual(problems, []);
    const { $schema: _schema, ...rest } = raw;
    assert.deepEqual(config, rest);
  });

  const cases: Array<[string, unknown, RegExp[], unknown]> = [
    [
      'a value that is not an object',
      [],
      [/^\.pplintrc\.json: expected a JSON object with keys such as "jurisdictions" and "rules"\.$/],
      {},
    ],
    [
      'an unknown key',
      { jurisdiction: ['kz'], languages: ['ru'] },
      [/unknown key "jurisdiction" \(known: jurisdictions, languages, .*vocabulary\)\./],
      { languages: ['ru'] },
    ],
    ['a setting only the editor has', { lintDelay: 100 }, [/unknown key "lintDelay"/], {}],
    [
      'an unknown rule and a bad level, each on its own',
      { rules: { placehoder: 'off', placeholder: 'loud', 'duplicate-heading': 'off' } },
      [
        /unknown rule "placehoder" in rules \(known: (?:[a-z-]+, )*duplicate-heading, .*wrong-language\)\./,
        /rules\.placeholder must be one of "off", "info", "warning", "error", not "loud"\./,
      ],
      { rules: { 'duplicate-heading': 'off' } },
    ],
    [
      'a level of the wrong type',
      { rules: { placeholder: 3 } },
      [/rules\.placeholder must be text or a list\./],
      { rules: {} },
    ],
    [
      'a bad level in a list',
      { rules: { placeholder: ['loud'] } },
      [/rules\.placeholder\[0\] must be one of "off", "info", "warning", "error", not "loud"\./],
      { rules: {} },
    ],
    [
      'an unknown option',
      { rules: { 'duplicate-heading': ['warning', { siblings: true }] } },
      [/rules\.duplicate-heading\[1\]: unknown key "siblings"\./],
      { rules: {} },
    ],
    [
      'an option of the wrong type',
      { rules: { placeholder: ['warning', { values: { 'Company name': 1 } }] } },
      [/rules\.placeholder\[1\]\.values\.Company name must be text\./],
      { rules: {} },
    ],
    ['rules that are not an object', { rules: ['placeholder'] }, [/rules must be an object of rule settings\./], {}],
    ['a list that is text', { languages: 'ru' }, [/languages must be a list\./], {}],
    [
      'an unknown language',
      { languages: ['ru', 'de'] },
      [/languages\[1\] must be one of "en", "ru", "kk", not "de"\./],
      {},
    ],
    ['a language listed twice', { jurisdictions: ['kz', 'kz'] }, [/jurisdictions lists "kz" twice\./], {}],
    [
      'an override without files, the other kept',
      {
        overrides: [
          { rules: { placeholder: 'off' } },
          { files: ['**/*.en.md'], rules: { nope: 'off', placeholder: 'off' } },
        ],
      },
      [/overrides\[0\] needs "files"\./, /unknown rule "nope" in overrides\[1\]\.rules/],
      { overrides: [{ files: ['**/*.en.md'], rules: { placeholder: 'off' } }] },
    ],
    [
      'an unknown vocabulary entry and a malformed one',
      {
        vocabulary: {
          retentoin: { ru: ['x'] },
          retention: { headings: 'x' },
          rights: { headings: { ru: ['права клиента'] } },
        },
      },
      [
        /unknown vocabulary entry "retentoin": name a section kind \(general, .*\) or a phrase family/,
        /vocabulary\.retention must be an object with "headings", "text" or "clause" lists per language\./,
      ],
      { vocabulary: { rights: { headings: { ru: ['права клиента'] } } } },
    ],
    [
      'a vocabulary language the engine does not read',
      { vocabulary: { retention: { headings: { kz: ['сақтау'] } } } },
      [/vocabulary\.retention must be an object with "headings"/],
      { vocabulary: {} },
    ],
  ];
  for (const [name, raw, messages, config] of cases) {
    it(`says what is wrong: ${name}`, () => {
      const result = check(raw);
      assert.equal(result.problems.length, messages.length, result.problems.join('\n'));
      messages.forEach((m, i) => assert.match(result.problems[i]!, m));
      assert.deepEqual(result.config, config);
    });
  }

  it('gives the path of each dropped setting, for the editor to show the problem there', () => {
    const { issues } = check({
      rules: { placeholder: 'loud' },
      overrides: [{ files: ['a'], rules: { nope: 'off' } }],
      foo: 1,
    });
    assert.deepEqual(
      issues.map((i) => i.path),
      [['rules', 'placeholder'], ['overrides', 0, 'rules', 'nope'], ['foo']],
    );
  });

  it('knows the rules of the engine it belongs to', () => {
    const mine = createEngine({ rules: RULES.filter((r) => r.id === 'placeholder') });
    assert.deepEqual(mine.validateConfig({ rules: { placeholder: 'off' } }, 'x').problems, []);
    assert.match(
      mine.validateConfig({ rules: { 'duplicate-heading': 'off' } }, 'x').problems[0]!,
      /unknown rule "duplicate-heading" in rules \(known: placeholder\)/,
    );
  });
});
