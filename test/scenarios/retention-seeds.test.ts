// The real drafts in ../shared/seeds: every retention statement a careful reader finds in each,
// read as that reader reads it; the Russian policy that states no period is flagged; the
// trilingual policy, whose versions agree, gives no retention conflict. The expectations name
// readings (periods, events, criteria), never the drafts' sentences.
import assert from 'node:assert/strict';
import { createEngine, documentRetention } from '../../server/src/engine/index.js';
import { loadSeeds, seedsAvailable } from '../helpers/seeds.js';

type Expected = {
  period: string | null;
  bound: string | null;
  from?: string | null;
  criterion?: string | null;
  covers?: string | null;
  part?: number;
};

const P5Y_KK = {
  period: 'P5Y',
  bound: 'exact',
  from: 'Төлем жүргізілген (келісім берген) кезден',
  criterion: null,
  part: 0,
};
const CONSENT_KK = { period: null, bound: null, criterion: 'consent', part: 0 };
const P5Y_RU = {
  period: 'P5Y',
  bound: 'exact',
  from: 'момента осуществления платежа (предоставления согласия)',
  criterion: null,
  part: 1,
};
const CONSENT_RU = { period: null, bound: null, criterion: 'consent', part: 1 };
const P5Y_EN = { period: 'P5Y', bound: 'exact', from: 'date of payment (consent)', criterion: null, part: 2 };
const CONSENT_EN = { period: null, bound: null, criterion: 'consent', part: 2 };

const STATEMENTS: Record<string, Expected[]> = {
  // A criterion (type and purpose of the data), a minimum of five years, and "as long as necessary to achieve the purposes".
  '000': [
    { period: null, bound: null, criterion: 'purposes', covers: 'Data' },
    { period: 'P5Y', bound: 'min', from: null, covers: 'Data' },
    { period: null, bound: null, criterion: 'purposes', covers: 'Data' },
  ],
  // Limited to what the purpose of processing requires.
  '001': [{ period: null, bound: null, criterion: 'purposes', covers: 'personal data' }],
  // Seven years.
  '002': [{ period: 'P7Y', bound: 'exact', from: null, covers: 'information' }],
  // The Russian mobile-app policy states no period at all.
  '003': [],
  // Two flattened tables per version: five years from payment (three rows) and until consent is withdrawn (two rows).
  '004': [
    P5Y_KK,
    CONSENT_KK,
    CONSENT_KK,
    P5Y_KK,
    P5Y_KK,
    P5Y_RU,
    CONSENT_RU,
    CONSENT_RU,
    P5Y_RU,
    P5Y_RU,
    P5Y_EN,
    CONSENT_EN,
    CONSENT_EN,
    P5Y_EN,
    P5Y_EN,
  ],
};

// What the retention rules report on each seed, and what a careful lawyer would agree with.
const FINDINGS: Record<string, string[]> = {
  '000': ['retention-vague/minimum-only'], // "no less than five (5) years" has no end
  '001': [],
  '002': [],
  '003': ['retention-missing/missing'],
  '004': [],
};

describe('retention in the seed policies', () => {
  if (!seedsAvailable()) {
    it.skip('skipped: ../shared/seeds is not beside the repository');
    return;
  }
  const engine = createEngine();
  const config = engine.resolveConfig([]);
  for (const seed of loadSeeds()) {
    describe(`seed ${seed.id}`, () => {
      const doc = engine.parse(`file:///seeds/${seed.id}.md`, seed.markdown);
      it('every retention statement is found and read correctly', () => {
        const expected = STATEMENTS[seed.id];
        assert.ok(expected, `no expectations written for seed ${seed.id}`);
        const found = documentRetention(doc);
        assert.equal(
          found.length,
          expected.length,
          found.map((s) => `${s.period} ${s.bound} ${s.from} ${s.until} «${s.text.slice(0, 60)}»`).join('\n'),
        );
        expected.forEach((e, i) => {
          const s = found[i]!;
          for (const key of Object.keys(e) as Array<keyof Expected>) {
            const actual =
              key === 'period'
                ? s.period
                : key === 'bound'
                  ? s.bound
                  : key === 'from'
                    ? s.from
                    : key === 'criterion'
                      ? s.criterion
                      : key === 'covers'
                        ? s.covers
                        : s.part;
            assert.equal(actual, e[key], `statement ${i + 1} ${key} «${s.text.slice(0, 80)}»`);
          }
        });
      });
      it('the retention rules report what a careful lawyer would', () => {
        const findings = engine.lint(doc, config).filter((f) => f.ruleId.startsWith('retention-'));
        assert.deepEqual(
          findings.map((f) => f.message.id),
          FINDINGS[seed.id],
        );
      });
    });
  }
  it('the trilingual seed reads the same periods in every version', () => {
    const seed = loadSeeds().find((s) => s.id === '004')!;
    const doc = engine.parse('file:///seeds/004.md', seed.markdown);
    const periodsBy = (part: number) =>
      documentRetention(doc)
        .filter((s) => s.part === part)
        .map((s) => s.period ?? s.criterion);
    assert.deepEqual(periodsBy(1), periodsBy(0));
    assert.deepEqual(periodsBy(2), periodsBy(0));
  });
});
