// The clause library read as a lawyer relies on it: every item of every profile has a clause in
// each language; every clause, put into a policy that lacks its item, is read as its kind, states
// its items (the missing-section finding goes away) and brings no other finding with it.
import assert from 'node:assert/strict';
import { PROFILES, LANGUAGES } from '../../server/src/engine/index.js';
import { BLANKS, DEFAULT_LIBRARY, LIBRARY, sampleBody, plainBody } from '../../server/src/engine/clauses/index.js';
import { basePolicy, engine, key, lintText, statusOf } from '../helpers/clause-policy.js';

function itemOf(requirement: string) {
  const [profile, id] = requirement.split(':');
  return PROFILES.get(profile!)?.items.find((i) => i.id === id);
}

describe('clause library', () => {
  it('has a clause in en, ru and kk for every item of every profile, under the id the profile names', () => {
    const missing: string[] = [];
    for (const profile of PROFILES.values()) {
      for (const item of profile.items) {
        for (const lang of LANGUAGES) {
          const clause = DEFAULT_LIBRARY.forRequirement(`${profile.id}:${item.id}`, lang);
          if (!clause || clause.id !== item.clause) missing.push(`${lang} ${profile.id}:${item.id} (${item.clause})`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has every clause in all three languages, with the same kind and items', () => {
    const ids = new Set(LIBRARY.map((c) => c.id));
    for (const id of ids) {
      const versions = LANGUAGES.map((lang) => DEFAULT_LIBRARY.byId(id, lang));
      assert.ok(versions.every(Boolean), `${id} is missing in a language`);
      assert.deepEqual(
        new Set(versions.map((c) => `${c!.kind} ${c!.items.join(',')}`)).size,
        1,
        `${id} differs between languages`,
      );
    }
  });

  it('leaves no blank unfilled in the sample text and marks every blank in the inserted text', () => {
    for (const clause of LIBRARY) {
      assert.doesNotMatch(sampleBody(clause, BLANKS), /\{\{|\[/, clause.id);
      if (clause.body.includes('{{')) assert.match(plainBody(clause, BLANKS), /\[[^\]]+\]/, clause.id);
    }
  });

  for (const clause of LIBRARY) {
    const jurisdiction = clause.items[0]?.split(':')[0] ?? 'kz';
    it(`${clause.lang} ${clause.id}: read as ${clause.kind}, states ${clause.items.join(', ') || 'its kind'}, adds no other finding`, () => {
      const general = clause.kind !== 'general';
      const before = lintText(clause.lang, basePolicy(clause.lang, jurisdiction, [], general));
      const text = basePolicy(
        clause.lang,
        jurisdiction,
        [{ title: clause.title, body: sampleBody(clause, BLANKS) }],
        general,
      );
      const after = lintText(clause.lang, text);
      const section = engine
        .summarize(after.doc, engine.resolveConfig([]))
        .sections.find((s) => s.title.endsWith(clause.title));
      assert.ok(section, 'the inserted section is found');
      // An item the engine recognises by its words rather than by a kind of section (an EU
      // representative, the right to delete) is checked by its verdict below: its section may be
      // read under a neighbouring kind («Право на удаление» as deletion).
      const byWords = clause.items.length > 0 && clause.items.every((r) => !itemOf(r)?.kinds);
      if (!byWords)
        assert.ok(section.kinds.includes(clause.kind), `read as [${section.kinds.join(', ')}], not ${clause.kind}`);
      for (const requirement of clause.items) {
        const status = statusOf(after.doc, requirement);
        assert.ok(status === 'satisfied' || status === 'manual', `${requirement} is ${status}`);
      }
      const old = new Set(before.findings.map(key));
      const added = after.findings
        .filter((f) => !old.has(key(f)))
        .map((f) => `${key(f)} «${after.doc.text.slice(f.span.start, f.span.end).slice(0, 80)}»`);
      assert.deepEqual(added, []);
    });
  }
});
