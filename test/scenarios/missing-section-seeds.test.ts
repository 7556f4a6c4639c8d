// missing-section on the real Kazakhstan fintech drafts in ../shared/seeds, read by a careful
// lawyer against Law 94-V: each draft is reported for exactly the items it really lacks, in each
// of its language versions, and for nothing it states under an unusual heading or without one.
// The drafts are read at run time and never copied here; without them the test is skipped.
import assert from 'node:assert/strict';
import { createEngine, type PplintConfig } from '../../server/src/engine/index.js';
import { loadSeeds, seedsAvailable, SEEDS_DIR } from '../helpers/seeds.js';

/**
 * Per draft and language version: what it lacks, as its reader found it. Notes say where the
 * items it does state stand, when the place is unusual (the reason they must not be reported).
 */
const LACKS: Record<string, Record<string, string[]>> = {
  // English, unnumbered headings, a consent form as an annex and the address in the page footer.
  // Stated in unusual places: the consent term and publication in public sources only in the
  // annex; the operator's address only in the footer; protection against unlawful access inside
  // the cross-border section. Lacks: any word on withdrawing consent or on how to send requests,
  // storage in Kazakhstan (it says storage may be abroad), a responsible person, complaints and the
  // BIN; "scoring" among the processing actions calls for Art. 19-1's explanation (a note).
  '000': {
    en: [
      'kz:operator-bin',
      'kz:localisation',
      'kz:consent-withdrawal',
      'kz:requests',
      'kz:responsible-person',
      'kz:automated-processing',
      'kz:complaints',
    ],
  },
  // English, every section numbered "1." by a lost list numbering. Stated in unusual places: the
  // responsible person among the protection measures, withdrawal and requests among the user's
  // rights, no automated decisions in the data section. Lacks: the consent term, publication in
  // public sources, storage in Kazakhstan, complaints and the BIN.
  '001': { en: ['kz:operator-bin', 'kz:consent-term', 'kz:public-sources', 'kz:localisation', 'kz:complaints'] },
  // English, headings by topic. Stated in unusual places: withdrawal of consent inside the
  // section on sharing, the retention period inside "storage and security", cross-border
  // transfer only in the preamble. Lacks: the consent term, publication in public sources,
  // storage in Kazakhstan, a responsible person, complaints.
  '002': { en: ['kz:consent-term', 'kz:public-sources', 'kz:localisation', 'kz:responsible-person', 'kz:complaints'] },
  // Russian, cites no law by name ("законодательство Республики Казахстан" only). Stated: data,
  // purposes, third parties, security, written requests, courts for disputes.
  // Lacks: the subject's rights, withdrawal of consent and any retention period, besides the
  // consent term, publication, storage in Kazakhstan, a responsible person and the BIN. Its
  // cross-border section only claims compliance with the law and cloud storage outside the RK, on
  // no ground Art. 16 names: reported, quoting the claim.
  '003': {
    ru: [
      'kz:operator-bin',
      'kz:consent-term',
      'kz:cross-border',
      'kz:public-sources',
      'kz:retention',
      'kz:localisation',
      'kz:rights',
      'kz:consent-withdrawal',
      'kz:responsible-person',
    ],
  },
  // Kazakh, Russian and English versions in one file; data, purposes, basis and periods stand in
  // tables that lost their grid. Each version lacks the same: the consent term, whether data go
  // abroad, publication in public sources, storage in Kazakhstan, a responsible person,
  // complaints and the BIN.
  '004': Object.fromEntries(
    ['kk', 'ru', 'en'].map((lang) => [
      lang,
      [
        'kz:operator-bin',
        'kz:consent-term',
        'kz:cross-border',
        'kz:public-sources',
        'kz:localisation',
        'kz:responsible-person',
        'kz:complaints',
      ],
    ]),
  ),
};

const engine = createEngine();
const onlyThisRule: PplintConfig = {
  rules: Object.fromEntries(engine.rules.map((r) => [r.id, r.id === 'missing-section' ? 'error' : 'off'])),
};

describe('missing-section on the seed drafts (Law 94-V)', () => {
  if (!seedsAvailable()) {
    it.skip(`skipped: the seed drafts are not at ${SEEDS_DIR}`);
    return;
  }
  for (const seed of loadSeeds()) {
    describe(`seed ${seed.id}`, () => {
      const doc = engine.parse(`file:///seeds/${seed.id}.md`, seed.markdown);
      const config = engine.resolveConfig([onlyThisRule]);
      const expected = LACKS[seed.id];

      it('has been read, and its gaps written down, by a person', () =>
        assert.ok(expected, `no reading of seed ${seed.id}: read it as a lawyer would and add what it lacks to LACKS`));

      it('answers to Law 94-V, detected from its text', () => {
        const checklist = engine.checklist(doc, config);
        assert.deepEqual([checklist.jurisdictions.list, checklist.jurisdictions.source], [['kz'], 'detected']);
      });

      it('is reported for exactly what it lacks, version by version', () => {
        const versions = engine.checklist(doc, config).versions;
        const found: Record<string, string[]> = {};
        for (const f of engine.lint(doc, config)) {
          const version = versions.find((v) => v.span.start <= f.span.start && f.span.start < v.span.end);
          (found[version?.lang ?? '?'] ??= []).push(String(f.data?.requirement));
        }
        // In document order of where each item belongs; compared as sets.
        const sorted = (r: Record<string, string[]>) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [...v].sort()]));
        assert.deepEqual(sorted(found), sorted(expected ?? {}));
      });
    });
  }
});
