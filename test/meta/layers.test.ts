// The engine's layers point one way: parsing, the model, language, facts, alignment and
// configuration never import the rules, the lint runner or the engine's facade. A type that
// several layers share lives in the lowest layer that uses it (the version group beside the
// document model, section classification among the extractors).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const LOWER_LAYERS = ['parse', 'model', 'language', 'extract', 'align', 'config', 'profiles', 'fixes', 'i18n'];
const UPPER = /from '(?:\.\.\/)+(?:rules\/[^']*|lint\.js|index\.js)'/;

describe('engine layers', () => {
  it('lower layers import nothing from the rules, the lint runner or the facade', () => {
    const files = execFileSync('git', ['ls-files', 'server/src/engine'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && LOWER_LAYERS.some((layer) => f.startsWith(`server/src/engine/${layer}/`)));
    assert.ok(files.length > 50, 'the engine files are found');
    const offenders = files.filter((file) => UPPER.test(readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
