// The bundled Dala Pay policy (examples/, written by us) in Russian, Kazakh and English: its one
// deliberate retention defect (defect 3 of examples/README.md: the Kazakh table row says 3 years
// where the Russian master and the English say 5) is found across the versions, linked to the
// Russian row and fixed in Kazakh; nothing else about retention is reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../server/src/engine/index.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { createRetentionInconsistent } from '../../server/src/engine/rules/retention-inconsistent.js';
import { counterpartClause } from '../../server/src/engine/align/counterpart.js';
import { groupForDocument } from '../../server/src/engine/align/checks.js';
import { groupVersions } from '../../server/src/engine/align/group.js';
import { documentRetention } from '../../server/src/engine/extract/retention/index.js';
import { applyEdits } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '../..');

describe('retention in the bundled examples', () => {
  const rules = [
    ...RULES.filter((r) => r.id !== 'retention-inconsistent'),
    createRetentionInconsistent(counterpartClause, groupForDocument),
  ];
  const engine = createEngine({ rules });
  const config = engine.resolveConfig([
    { rules: Object.fromEntries(rules.map((r) => [r.id, r.id.startsWith('retention-') ? 'error' : 'off'])) },
  ]);
  const docs = ['ru', 'kk', 'en'].map((lang) =>
    engine.parse(
      `file:///examples/privacy.${lang}.md`,
      readFileSync(join(root, `examples/privacy.${lang}.md`), 'utf8'),
    ),
  );
  const [group] = groupVersions(docs, config);

  it('reads every retention statement of each version: the table rows, clause 9.1, clause 9.3 and the cookies clause', () => {
    assert.deepEqual(
      docs.map((d) => documentRetention(d).length),
      [11, 11, 11],
    );
    const periods = (i: number) =>
      documentRetention(docs[i]!)
        .filter((s) => s.clause?.tableRow)
        .map((s) => s.period ?? s.criterion);
    assert.deepEqual(periods(0), ['P5Y', 'P5Y', 'P90D', 'P1Y', 'P3Y', 'consent', 'P12M', 'purposes']);
    assert.deepEqual(periods(2), periods(0));
    assert.deepEqual(periods(1), ['P3Y', ...periods(0).slice(1)]);
  });

  it('reports the Kazakh payment row, links the Russian row, and fixes it in Kazakh', () => {
    assert.ok(group, 'the three versions form one group');
    const findings = docs.map((doc) => engine.lint(doc, config, { group }));
    assert.deepEqual(findings[0], []);
    assert.deepEqual(findings[2], []);
    assert.equal(findings[1]!.length, 1);
    const f = findings[1]![0]!;
    const kk = docs[1]!;
    assert.equal(f.message.id, 'retention-inconsistent/version-conflict');
    assert.equal(kk.text.slice(f.span.start, f.span.end), '3 (үш) жыл');
    assert.equal(kk.text.slice(0, f.span.start).split('\n').length, 106);
    assert.equal(f.related![0]!.uri, docs[0]!.uri);
    assert.equal(docs[0]!.text.slice(f.related![0]!.span.start, f.related![0]!.span.end), '5 (пять) лет');
    assert.equal(
      applyEdits(kk.text, f.fix!.edits).split('\n')[105],
      kk.text.split('\n')[105]!.replace('3 (үш) жыл', '5 (бес) жыл'),
    );
  });

  it('reports nothing about retention in any version linted alone', () => {
    for (const doc of docs)
      assert.deepEqual(
        engine.lint(doc, config).map((f) => f.message.id),
        [],
      );
  });
});
