// `npm run corpus`: lints ../shared/corpus and prints how the engine's reading compares with the
// lawyer's expectations, in full (the test prints the summary and enforces the thresholds).
import { corpusAvailable, describe, evaluate, lintCorpus, loadExpected } from '../test/helpers/corpus.ts';

if (!corpusAvailable()) {
  console.error('../shared/corpus is not here: nothing to measure.');
  process.exit(2);
}
const { files, stderr } = await lintCorpus();
if (stderr.trim()) console.error(stderr.trim());
console.log(describe(evaluate(loadExpected(), files), true));
