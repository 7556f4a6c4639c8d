// A clause inserted into every language version of a policy (Insert Clause… with "all versions")
// aligns with its counterparts: no untranslated clause, no wrong language, no differing fact.
import assert from 'node:assert/strict';
import { BLANKS, DEFAULT_LIBRARY, LIBRARY, sampleBody } from '../../server/src/engine/clauses/index.js';
import { basePolicy } from '../helpers/clause-policy.js';
import { lintVersions, type Texts } from '../helpers/versions.js';

const ids = [...new Set(LIBRARY.map((c) => c.id))];

describe('clause library across language versions', () => {
  it('(control) a clause inserted into two versions only is reported as untranslated', () => {
    const texts = {} as Texts;
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const clause = DEFAULT_LIBRARY.byId('kz.retention', lang)!;
      texts[lang] = basePolicy(
        lang,
        'kz',
        lang === 'en' ? [] : [{ title: clause.title, body: sampleBody(clause, BLANKS) }],
      );
    }
    assert.ok(lintVersions(texts).findings.some((f) => f.ruleId === 'untranslated-clause'));
  });

  for (const id of ids) {
    it(`${id}: inserted into the ru, kk and en versions, aligns with no cross-version finding`, () => {
      const texts = {} as Texts;
      for (const lang of ['ru', 'kk', 'en'] as const) {
        const clause = DEFAULT_LIBRARY.byId(id, lang)!;
        const jurisdiction = clause.items[0]?.split(':')[0] ?? 'kz';
        texts[lang] = basePolicy(
          lang,
          jurisdiction,
          [{ title: clause.title, body: sampleBody(clause, BLANKS) }],
          clause.kind !== 'general',
        );
      }
      const { findings, docs } = lintVersions(texts);
      assert.deepEqual(
        findings.map(
          (f) => `${f.lang} ${f.ruleId} «${docs[f.lang]!.text.slice(f.span.start, f.span.end).slice(0, 80)}»`,
        ),
        [],
      );
    });
  }
});
