// The jurisdiction profiles as data: every item complete in every language (its checklist label
// short), citations with an article only where the catalogue marks them as read in a source, kinds
// and positions that exist, and inserted headings that the classifier reads as the item they insert.
import assert from 'node:assert/strict';
import { LANGUAGES, SECTION_KINDS, createEngine } from '../../server/src/engine/index.js';
import { PROFILES, citationOf } from '../../server/src/engine/profiles/index.js';
import { FACT_KINDS } from '../../server/src/engine/profiles/types.js';
import { requirementStatus } from '../../server/src/engine/extract/requirements/status.js';

const engine = createEngine();
// What fits whole in a checklist row at VS Code's default sidebar width: 300 px leave about 195 px
// for the label beside a missing item's + button, and 25 Cyrillic letters took 198 px (measured in
// the page by test/integration/first-hour-ui.mjs).
const LABEL_MAX = 22;

describe('jurisdiction profiles', () => {
  it('are kz, gdpr, ru and ccpa', () => assert.deepEqual([...PROFILES.keys()], ['kz', 'gdpr', 'ru', 'ccpa']));

  for (const profile of PROFILES.values()) {
    describe(profile.id, () => {
      it('carries the date its law was last checked and where', () => {
        assert.match(profile.file.checked, /^\d{4}-\d{2}(?:-\d{2})?$/);
        assert.ok(profile.file.source.length > 10);
      });
      it('orders every section kind once', () =>
        assert.deepEqual([...profile.file.order].sort(), [...SECTION_KINDS].sort()));
      it("labels each item for a checklist row: short enough for a default sidebar, and told apart from the profile's others", () => {
        for (const lang of LANGUAGES) {
          const labels = profile.items.map((i) => i.label[lang]);
          for (const label of labels) {
            assert.ok(label && label.length <= LABEL_MAX, `${lang} «${label}»: at most ${LABEL_MAX} characters`);
            assert.equal(label, label.trim());
          }
          assert.equal(new Set(labels).size, labels.length, `${lang}: two items share a label`);
        }
        // The law's row also shows its counts («2 ✓ · 15 ✗»).
        for (const lang of LANGUAGES) assert.ok(profile.file.label[lang].length <= 14, `the law's label in ${lang}`);
      });
      it('has unique item ids and clause ids named after the profile', () => {
        const ids = profile.items.map((i) => i.id);
        assert.equal(new Set(ids).size, ids.length);
        for (const item of profile.items) assert.equal(item.clause, `${profile.id}.${item.id}`);
      });
      for (const item of profile.items) {
        describe(item.id, () => {
          it('is named, and cited, in every language', () => {
            for (const lang of LANGUAGES) {
              assert.ok(item.name[lang], `name ${lang}`);
              assert.ok(citationOf(profile, item)[lang], `citation ${lang}`);
              if (item.article) assert.ok(item.article[lang], `article ${lang}`);
              if (item.condition) assert.ok(item.condition[lang], `condition ${lang}`);
            }
          });
          it('shows an article only where the catalogue marks it as read in a source', () => {
            assert.equal(item.article !== undefined, item.basis.includes('✅'), item.basis);
          });
          it('says how it is recognised, with kinds and facts that exist', () => {
            const ways =
              (item.kinds?.length ?? 0) +
              Object.keys(item.phrases ?? {}).length +
              Object.keys(item.headings ?? {}).length +
              (item.facts?.length ?? 0);
            assert.ok(item.applies === 'duty' || ways > 0, 'no way to recognise it');
            for (const kind of [...(item.kinds ?? []), item.position])
              assert.ok((SECTION_KINDS as readonly string[]).includes(kind), kind);
            for (const fact of item.facts ?? []) assert.ok((FACT_KINDS as readonly string[]).includes(fact), fact);
          });
          it('has a condition when it applies only in some situations, and triggers when the text can show them', () => {
            if (item.applies === 'where-applicable' || item.applies === 'when-mentioned') assert.ok(item.condition);
            if (item.applies === 'when-mentioned')
              for (const lang of LANGUAGES) assert.ok(item.triggers?.[lang]?.length, `triggers ${lang}`);
          });
          if (item.applies !== 'duty') {
            it('inserts a heading that names the item, in every language: there, but «to complete» until its blanks are written', () => {
              for (const lang of LANGUAGES) {
                assert.ok(item.heading?.[lang] && item.placeholder?.[lang], lang);
                const text = `---\nlang: ${lang}\njurisdictions: [${profile.id}]\n---\n# Policy\n\n## ${item.heading[lang]}\n\n${item.placeholder[lang]}\n`;
                const doc = engine.parse('file:///p.md', text);
                const items = requirementStatus(doc, engine.resolveConfig([])).profiles[0]!.parts[0]!.items;
                assert.equal(items.get(item.id)!.status, 'to-complete', `${lang}: «${item.heading[lang]}»`);
                // The template must not call for another item ("is sold" would call for the opt-out right).
                assert.deepEqual(
                  [...items].filter(([, s]) => s.trigger && s.status === 'missing').map(([id]) => id),
                  [],
                  `${lang}: «${item.placeholder[lang]}»`,
                );
              }
            });
          }
        });
      }
    });
  }
});
