// The real drafts in ../shared/seeds (read at run time, never copied here): seed 004 holds one
// policy in Kazakh, Russian and English one after another. Its versions must align section by
// section; the Russian words in its Kazakh section-3 heading are the one finding about language
// versions; its phones, e-mails, dates and «5 жыл / 5 лет / 5 years» agree. The other seeds are
// single-language drafts and get no such finding at all.
import assert from 'node:assert/strict';
import { loadSeeds, seedsAvailable, type Seed } from '../helpers/seeds.js';
import { VERSION_RULES, engine } from '../helpers/versions.js';
import { alignVersions, type PolicyDocument } from '../../server/src/engine/index.js';
import { inFileGroup } from '../../server/src/engine/align/group.js';
import { prepare } from '../../server/src/engine/lint.js';
import { compareFacts } from '../../server/src/engine/align/compare.js';

const available = seedsAvailable();

function versionFindings(seed: Seed): Array<{ rule: string; text: string }> {
  const config = engine.resolveConfig([]);
  const doc = engine.parse(`file:///seeds/${seed.id}.md`, seed.markdown);
  return engine
    .lint(doc, config)
    .filter((f) => (VERSION_RULES as readonly string[]).includes(f.ruleId))
    .map((f) => ({ rule: f.ruleId, text: doc.text.slice(f.span.start, f.span.end) }));
}

(available ? describe : describe.skip)(
  `language versions on the seed drafts${available ? '' : ' (skipped: ../shared/seeds is not here)'}`,
  () => {
    const seeds = available ? loadSeeds() : [];
    const seed004 = seeds.find((s) => s.id === '004');
    const config = engine.resolveConfig([]);
    let doc: PolicyDocument;

    before(() => {
      // With the seeds beside the repository, the trilingual draft must be among them.
      assert.ok(seed004, 'seed 004 (the Kazakh, Russian and English draft) is missing from ../shared/seeds');
      doc = engine.parse('file:///seeds/004.md', seed004.markdown);
      prepare(doc, config);
    });

    it('finds the three versions of seed 004, the Russian one primary', () => {
      const group = inFileGroup(doc, config)!;
      assert.deepEqual(
        group.members.map((m) => `${m.lang}${m.primary ? '*' : ''}`),
        ['ru*', 'kk', 'en'],
      );
    });

    it('aligns seed 004 section by section: every numbered section with its own number', () => {
      const group = inFileGroup(doc, config)!;
      for (const member of group.members.slice(1)) {
        const alignment = alignVersions(group.members[0]!, member);
        const numbered = alignment.sections.filter((l) => l.a.label !== null);
        assert.equal(numbered.length, 13, `${member.lang}: 13 numbered sections paired`);
        for (const link of numbered)
          assert.equal(link.b.label, link.a.label, `${member.lang}: section ${link.a.label}`);
        assert.deepEqual(alignment.unpairedSections, [], `${member.lang}: no section left over`);
        assert.deepEqual(
          alignment.unpairedClauses.map((u) => u.item.blocks[0]!.text),
          [],
          `${member.lang}: no clause left over`,
        );
        // Every numbered clause pairs with the clause of the same number.
        for (const link of alignment.clauses.filter((l) => l.by === 'number'))
          assert.equal(link.b[0]!.number?.label, link.a[0]!.number?.label);
        const part = doc.versions[group.members[0]!.part]!;
        const numberedClauses = doc.clauses.filter(
          (c) => c.number && c.blocks[0]!.index >= part.firstBlock && c.blocks[0]!.index < part.endBlock,
        );
        assert.equal(
          alignment.clauses.filter((l) => l.by === 'number').length,
          numberedClauses.length,
          `${member.lang}: every numbered clause paired`,
        );
      }
    });

    it('flags the Russian words in the Kazakh section-3 heading, and nothing else', () => {
      assert.deepEqual(versionFindings(seed004!), [{ rule: 'wrong-language', text: 'Политики конфиденциальности' }]);
    });

    it('reads the same phones, e-mails, dates and periods in the three versions', () => {
      const group = inFileGroup(doc, config)!;
      for (const member of group.members.slice(1)) {
        const alignment = alignVersions(group.members[0]!, member);
        for (const link of alignment.clauses) {
          const facts = compareFacts(
            link.a.flatMap((c) => c.blocks),
            link.b.flatMap((c) => c.blocks),
            { inA: () => true, inB: () => true },
          );
          assert.deepEqual(
            facts.differs.map(
              (d) =>
                `${d.type}: ${d.a.block.text.slice(d.a.fact.start, d.a.fact.end)} / ${d.b.block.text.slice(d.b.fact.start, d.b.fact.end)}`,
            ),
            [],
            `${member.lang}, clause ${link.a[0]!.number?.label ?? link.a[0]!.blocks[0]!.text.slice(0, 30)}`,
          );
        }
      }
      const contacts = doc.clauses.filter((c) => c.number?.label === '13.1');
      assert.equal(contacts.length, 3);
      for (const clause of contacts) {
        const text = clause.blocks.map((b) => b.text).join('\n');
        assert.match(text, /\+7 701 540 18 02/);
        assert.match(text, /support@ioka\.kz/);
      }
    });

    it('gives no finding about language versions on the single-language seeds', () => {
      for (const seed of seeds.filter((s) => s.id !== '004'))
        assert.deepEqual(versionFindings(seed), [], `seed ${seed.id}`);
    });
  },
);
