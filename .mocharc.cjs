// Plain `mocha` (npm test) runs the whole fast suite; `npx mocha test/rules/foo.test.ts` runs only
// the files named, so that working on one rule does not run three thousand tests.
const suite = [
  'test/unit/**/*.test.ts',
  'test/rules/**/*.test.ts',
  'test/scenarios/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/server/**/*.test.ts',
  'test/meta/**/*.test.ts',
  'test/property/**/*.test.ts',
];
const namesFiles = process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.(test\.)?[cm]?[jt]s$/.test(arg));

module.exports = {
  spec: namesFiles ? [] : suite,
  'node-option': ['import=tsx'],
  timeout: 30000,
  reporter: 'dot',
};
