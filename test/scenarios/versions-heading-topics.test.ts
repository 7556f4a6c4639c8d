// The topic vocabulary on aligned heading pairs: two headings the aligner pairs translate each
// other, so they must name the same topics. Every pair whose headings get different section
// kinds points to a gap in the wording of extract/vocabulary/section-kinds.yaml ("How long we
// keep them" read as retention, «Как долго мы их храним» as nothing). Walks every multilingual
// policy of our own (examples, version fixtures, the long translation pairs); only headings in a
// language pplint reads are compared.
import assert from 'node:assert/strict';
import { alignVersions, createEngine, type Section } from '../../server/src/engine/index.js';
import { headingMatches, kindVocabulary } from '../../server/src/engine/extract/kinds.js';
import { ownGroups } from '../helpers/fixture-groups.js';

const engine = createEngine();
const config = engine.resolveConfig([]);
const vocabulary = kindVocabulary(config.vocabulary);
const READ = ['ru', 'kk', 'en'];

/** The kinds a section's heading names by itself (its body left out: bodies differ in length). */
function headingKinds(section: Section): string {
  if (!section.heading) return '';
  const kinds = new Set(headingMatches(section.heading, section.title, vocabulary).map((m) => m.phrase.tag));
  return [...kinds].sort().join(', ');
}

interface Disagreement {
  policy: string;
  a: string;
  b: string;
}

function disagreements(): { pairs: number; policies: number; found: Disagreement[] } {
  const found: Disagreement[] = [];
  let pairs = 0;
  let policies = 0;
  for (const [policy, files] of ownGroups()) {
    const read = files.filter((f) => READ.includes(f.lang));
    if (read.length < 2) continue;
    policies++;
    const docs = read.map((f) => engine.parse(`file:///fixtures/${policy}/${f.file}`, f.text));
    const members = engine.groupVersions(docs, config)[0]?.members ?? [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        for (const link of alignVersions(members[i]!, members[j]!).sections) {
          if (!link.a.section.heading || !link.b.section.heading) continue;
          pairs++;
          const ka = headingKinds(link.a.section);
          const kb = headingKinds(link.b.section);
          if (ka === kb) continue;
          found.push({
            policy,
            a: `«${link.a.section.title}» [${ka}]`,
            b: `«${link.b.section.title}» [${kb}]`,
          });
        }
      }
  }
  return { pairs, policies, found };
}

describe('language versions: aligned headings name the same topics', function () {
  this.timeout(120_000);

  it('every aligned heading pair of our multilingual fixtures gets the same section kinds', () => {
    const { pairs, policies, found } = disagreements();
    console.log(`    ${pairs} aligned heading pairs in ${policies} policies, ${found.length} disagreeing`);
    assert.ok(policies >= 5 && pairs >= 50, `${policies} policies, ${pairs} pairs: the fixtures were not read`);
    assert.deepEqual(
      found.map((d) => `${d.policy}: ${d.a} / ${d.b}`),
      [],
    );
  });
});
