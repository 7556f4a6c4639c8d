// The one configuration loader of the CLI and the server: the nearest .pplintrc.json, read once,
// its problems placed at the setting they are about.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../server/src/engine/index.js';
import { ConfigFiles, CONFIG_FILE } from '../../server/src/workspace/config.js';
import { offsetOfPath } from '../../server/src/workspace/json-path.js';

describe('workspace configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest file at or above a folder and reads each once until cleared', () => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, CONFIG_FILE), '\uFEFF{ "jurisdictions": ["kz"] }');
    const files = new ConfigFiles(createEngine());
    const found = files.nearest(join(dir, 'a', 'b'));
    assert.equal(found?.path, join(dir, CONFIG_FILE));
    assert.deepEqual(found?.config, { jurisdictions: ['kz'] });
    writeFileSync(join(dir, 'a', CONFIG_FILE), '{ "jurisdictions": ["gdpr"] }');
    assert.equal(files.nearest(join(dir, 'a', 'b')), found, 'read once');
    files.clear();
    assert.deepEqual(files.nearest(join(dir, 'a', 'b'))?.config, { jurisdictions: ['gdpr'] });
  });

  it('places each problem at its setting, and a JSON error where the parser stopped', () => {
    const text =
      '{\n  "rules": {\n    "duplicate-heading": "off",\n    "placeholder": "loud"\n  },\n  "overrides": [{ "files": ["a"], "rules": { "nope": "off" } }]\n}\n';
    writeFileSync(join(dir, CONFIG_FILE), text);
    const files = new ConfigFiles(createEngine(), () => CONFIG_FILE);
    const loaded = files.load(join(dir, CONFIG_FILE))!;
    assert.deepEqual(
      loaded.problems.map((p) => [p.severity, text.slice(p.offset, p.offset + 14)]),
      [
        ['warning', '"placeholder":'],
        ['warning', '"nope": "off" '],
      ],
    );
    assert.match(loaded.problems[0]!.message, /^\.pplintrc\.json: rules\.placeholder must be one of/);
    assert.deepEqual(loaded.config, {
      rules: { 'duplicate-heading': 'off' },
      overrides: [{ files: ['a'], rules: {} }],
    });
    writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
    const broken = files.load(join(dir, 'broken.json'))!;
    assert.equal(broken.problems[0]!.severity, 'error');
    assert.match(broken.problems[0]!.message, /is not valid JSON \(.+\)\.$/);
    assert.deepEqual(broken.config, {});
    assert.equal(files.load(join(dir, 'missing.json')), null);
  });
});

describe('offsetOfPath', () => {
  const text = '{ "a": { "b\\"c": [1, { "d": "x,}]" }, "e"] }, "f": 2 }';
  const cases: Array<[Array<string | number>, string | null]> = [
    [['a'], '"a"'],
    [['a', 'b"c'], '"b\\"c"'],
    [['a', 'b"c', 0], '1'],
    [['a', 'b"c', 1, 'd'], '"d"'],
    [['a', 'b"c', 2], '"e"'],
    [['f'], '"f"'],
    [['g'], null],
    [['a', 'b"c', 3], null],
  ];
  for (const [path, at] of cases) {
    it(`finds ${JSON.stringify(path)}`, () => {
      const offset = offsetOfPath(text, path);
      assert.equal(offset === null ? null : text.slice(offset, offset + at!.length), at);
    });
  }

  it('takes deep nesting and long texts in one pass', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.equal(offsetOfPath(deep, ['x']), null);
  });
});
