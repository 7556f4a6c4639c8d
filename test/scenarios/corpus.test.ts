// The engine on real policies nobody here wrote (../shared/corpus, with a lawyer's expectations):
// the thresholds of precision on real drafts. The report is printed; `npm run corpus` prints it in full.
import assert from 'node:assert/strict';
import {
  corpusAvailable,
  describe as describeReport,
  evaluate,
  lintCorpus,
  loadExpected,
  scores,
  type CorpusReport,
} from '../helpers/corpus.js';

describe('the development corpus (../shared/corpus)', function () {
  this.timeout(120_000);
  let report: CorpusReport;

  before(async function () {
    if (!corpusAvailable()) {
      console.log('    ../shared/corpus is absent: the corpus measurements are skipped.');
      this.skip();
    }
    const { files } = await lintCorpus();
    report = evaluate(loadExpected(), files);
    console.log(describeReport(report, false).replace(/^/gm, '    '));
  });

  it('law-item precision ≥ 0.95 and recall ≥ 0.85', () => {
    const s = scores(report);
    assert.ok(s.precision >= 0.95, `precision ${s.precision.toFixed(3)}`);
    assert.ok(s.recall >= 0.85, `recall ${s.recall.toFixed(3)}`);
  });

  it('no retention-missing on a policy that states retention', () => {
    assert.deepEqual(report.retentionMissingWrong, []);
  });

  it('every version of a policy gets the same item verdicts', () => {
    assert.deepEqual(report.groupDisagreements, []);
  });

  it('drafting consistency (party names, defined terms, references): recall ≥ 0.75 over the musts of these kinds', () => {
    const kinds = new Set(['party-name-inconsistent', 'undefined-term', 'broken-reference']);
    const musts = report.musts.filter((m) => kinds.has(m.expected.kind));
    const met = musts.filter((m) => m.met).length;
    assert.ok(musts.length > 0 && met / musts.length >= 0.75, `${met}/${musts.length}`);
  });

  it('no must-not finding is reported', () => {
    assert.deepEqual(
      report.mustNots
        .filter((m) => !m.met)
        .map((m) => `${m.file}:${m.expected.line ?? '-'} ${m.expected.kind}${m.section ? ` [${m.section}]` : ''}`),
      [],
    );
  });
});
