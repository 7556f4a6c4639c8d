// The real drafts in ../shared/seeds, read for template leftovers, foreign law, wrong citations and
// contradictions: what placeholder, wrong-jurisdiction, law-citation and contradiction report on
// each, written down after a person read the text around every finding. The expectations name the
// finding and the few words it underlines, never the drafts' sentences.
import assert from 'node:assert/strict';
import { createEngine, type PplintConfig } from '../../server/src/engine/index.js';
import { loadSeeds, seedsAvailable, SEEDS_DIR } from '../helpers/seeds.js';

const RULES = ['placeholder', 'wrong-jurisdiction', 'law-citation', 'contradiction'];
const engine = createEngine();
const onlyThese: PplintConfig = {
  rules: Object.fromEntries(engine.rules.map((r) => [r.id, RULES.includes(r.id) ? 'warning' : 'off'])),
};

const FINDINGS: Record<string, string[]> = {
  // Two laws cited in full, both right (Law 94-V and the AML law 191-IV): nothing to report.
  '000': [],
  // A Kazakh LLP's policy copied from a Russian one: "Federal Law of the Republic of Kazakhstan",
  // a withdrawal address in the Moscow region, and a sentence that promises contact details and stops.
  '001': [
    'wrong-jurisdiction/federal-law «Federal Law»',
    'wrong-jurisdiction/address «Moscow»',
    'placeholder/empty-contact',
  ],
  '002': [],
  '003': [],
  // The trilingual policy cites Law 94-V by its title in all three languages, correctly.
  '004': [],
};

describe('drafting findings on the seed drafts', () => {
  if (!seedsAvailable()) {
    it.skip(`skipped: the seed drafts are not at ${SEEDS_DIR}`);
    return;
  }
  const config = engine.resolveConfig([onlyThese]);
  for (const seed of loadSeeds()) {
    it(`seed ${seed.id}: exactly what a careful reviewer marks`, () => {
      const expected = FINDINGS[seed.id];
      assert.ok(expected, `no reading of seed ${seed.id}`);
      const doc = engine.parse(`file:///seeds/${seed.id}.md`, seed.markdown);
      const found = engine.lint(doc, config).map((f) => {
        const id = f.message.id;
        return id === 'placeholder/empty-contact' ? id : `${id} «${doc.text.slice(f.span.start, f.span.end)}»`;
      });
      assert.deepEqual(found, expected);
    });
  }
});
