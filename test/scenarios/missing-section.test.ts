// Whole policies written by us in the manner of real drafts, one or more per profile, with the
// items each one lacks written inline (`<!-- expect: missing-section kz:rights error -->`): the
// engine with its default configuration reports exactly those, inserting each suggestion in turn
// closes every gap, and the checklist agrees with the diagnostics.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../server/src/engine/index.js';
import { applyEdits } from '../helpers/rule-tester.js';

const DIR = join(import.meta.dirname, 'missing-section');
const EXPECT = /<!--\s*expect:\s*missing-section\s+(\S+)\s+(error|warning|info)\s*-->/g;
const engine = createEngine();

function missing(file: string, text: string) {
  const doc = engine.parse(`file:///scenarios/${file}`, text);
  const config = engine.resolveConfig([]);
  return { doc, config, findings: engine.lint(doc, config).filter((f) => f.ruleId === 'missing-section') };
}

describe('missing-section scenarios', () => {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected = [...text.matchAll(EXPECT)].map((m) => `${m[1]} ${m[2]}`).sort();

    describe(file, () => {
      it('reports exactly the items the policy lacks, at their severity', () => {
        assert.ok(expected.length > 0, 'the scenario states its expectations');
        const { findings } = missing(file, text);
        assert.deepEqual(findings.map((f) => `${f.data?.requirement} ${f.severity}`).sort(), expected);
      });

      it('inserting each suggestion in turn closes every gap', () => {
        let current = text;
        for (let round = 0; round < expected.length; round++) {
          const next = missing(file, current).findings.find((f) => f.suggestions?.length);
          if (!next) break;
          current = applyEdits(current, next.suggestions![0]!.edits);
        }
        assert.deepEqual(
          missing(file, current).findings.map((f) => f.data?.requirement),
          [],
        );
      });

      it('the checklist marks the same items as missing', () => {
        const { doc, config } = missing(file, text);
        const marked = engine
          .checklist(doc, config)
          .profiles.flatMap((p) => p.items.filter((i) => i.status === 'missing').map((i) => i.requirement));
        assert.deepEqual(marked.sort(), expected.map((e) => e.split(' ')[0]!).sort());
      });
    });
  }
});
