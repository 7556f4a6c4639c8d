// The `pplint` command: everything is in main(); this only connects it to the process.
import { main } from './main.js';

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`pplint: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
