// The real drafts in ../shared/seeds, read for drafting consistency: the five spellings of one
// LLP, the Cyrillic «і» inside a Latin name and the reference to a "Section B" that does not
// exist are found, and each seed gets exactly the findings a careful lawyer agrees with. The
// expectations name findings and spellings, never the drafts' sentences.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { loadSeeds, seedsAvailable } from '../helpers/seeds.js';

const RULES = ['party-name-inconsistent', 'undefined-term', 'broken-reference'];

// Per seed: rule/message «underlined text», in document order.
const FINDINGS: Record<string, string[]> = {
  // The consent appended to the policy: "Section B" does not exist; "Users" and the consent's "Operator" are never defined.
  '000': [
    'undefined-term/undefined «Users»',
    'broken-reference/missing-clause «Section B»',
    'undefined-term/undefined «Operator»',
  ],
  // "FAINTECH LLP (hereinafter Fanetech LLP)", then Finetech (33 uses, outnumbering the 7 of Faintech), Fairtech
  // and Faintech: one finding per variant spelling, at its first use; "User" never defined.
  '001': [
    'party-name-inconsistent/variant-several «Fanetech» ×2',
    'party-name-inconsistent/variant-dominant «Finetech» ×33',
    'party-name-inconsistent/variant-several «Fairtech» ×3',
    'undefined-term/undefined «User»',
  ],
  '002': [],
  '003': [],
  // «іoka fintech» with a Cyrillic «і» (U+0456) in the Kazakh definitions list.
  '004': ['party-name-inconsistent/homoglyph «іoka fintech»'],
};

describe('drafting consistency on the seed policies', function () {
  this.timeout(60_000);
  const engine = createEngine();

  for (const seed of loadSeeds()) {
    it(`seed ${seed.id}`, () => {
      const doc = engine.parse(`file:///seeds/${seed.id}.md`, seed.markdown);
      const findings = engine.lint(doc, engine.resolveConfig([])).filter((f) => RULES.includes(f.ruleId));
      const described = findings.map(
        (f) =>
          `${f.message.id} «${doc.text.slice(f.span.start, f.span.end)}»` +
          (f.data?.uses !== undefined ? ` ×${f.data.uses}` : ''),
      );
      assert.deepEqual(described, FINDINGS[seed.id] ?? []);
    });
  }

  it('rewrites every variant of the LLP to the spelling the policy introduces', function () {
    const seed = loadSeeds().find((s) => s.id === '001');
    if (!seedsAvailable() || !seed) {
      console.log('    ../shared/seeds (seed 001) is absent: the rewrite of its name variants is skipped.');
      this.skip();
    }
    const config = engine.resolveConfig([{ rules: { 'party-name-inconsistent': 'warning' } }]);
    const fixed = engine.fixAll('file:///seeds/001.md', seed!.markdown, config).text;
    for (const variant of ['Finetech LLP', 'Fairtech LLP', 'Fanetech LLP'])
      assert.ok(!fixed.includes(variant), variant);
    assert.ok(fixed.includes('Faintech LLP'));
  });
});
