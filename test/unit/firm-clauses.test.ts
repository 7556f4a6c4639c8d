// A firm's own clauses: read from the folder `.pplintrc.json` names, checked with clear messages,
// and used ahead of the library by the missing-section suggestion.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../server/src/engine/index.js';
import { readFirmClauses } from '../../server/src/workspace/clauses.js';
import { basePolicy } from '../helpers/clause-policy.js';

const GOOD =
  '---\nid: firm.consent-withdrawal\nkind: consent_withdrawal\nitems: [kz:consent-withdrawal]\nlang: en\ntitle: Withdrawal of consent\ndescription: Our approved wording.\n---\nYou may withdraw your consent at any time by writing to {{email}}; we stop processing within five working days.\n';

describe('firm clauses', () => {
  it('are read from a folder; a bad file is left out with a message that names the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pplint-clauses-'));
    writeFileSync(join(folder, 'withdrawal.md'), GOOD);
    writeFileSync(
      join(folder, 'broken.md'),
      '---\nid: firm.broken\nkind: nonsense\nlang: en\ntitle: X\ndescription: Y\n---\nText.\n',
    );
    writeFileSync(join(folder, 'notes.txt'), 'not a clause');
    const read = readFirmClauses(folder);
    assert.deepEqual(
      read.clauses.map((c) => [c.id, c.origin]),
      [['firm.consent-withdrawal', 'firm']],
    );
    assert.equal(read.problems.length, 1);
    assert.match(read.problems[0]!.message, /`kind` must be one of/);
    assert.match(read.problems[0]!.path, /broken\.md$/);
    assert.match(readFirmClauses(join(folder, 'missing')).problems[0]!.message, /cannot be read/);
  });

  it('feed the missing-section suggestion ahead of the library', () => {
    const engine = createEngine();
    const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
    config.firmClauses = readFirmClauses(
      (() => {
        const folder = mkdtempSync(join(tmpdir(), 'pplint-clauses-'));
        writeFileSync(join(folder, 'withdrawal.md'), GOOD);
        return folder;
      })(),
    ).clauses;
    const doc = engine.parse('file:///p/privacy.en.md', basePolicy('en', 'kz'));
    const finding = engine.lint(doc, config).find((f) => f.data?.requirement === 'kz:consent-withdrawal')!;
    const inserted = finding.suggestions![0]!.edits[0]!.text;
    assert.match(
      inserted,
      /You may withdraw your consent at any time by writing to \[e-mail for personal data requests\]/,
    );
  });
});
