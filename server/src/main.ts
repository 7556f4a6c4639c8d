// The language server's process entry: stdio or IPC, whichever the client chose.
import { setFlagsFromString } from 'node:v8';
import './regexp-tiering.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

// A lint of a large draft leaves much short-lived garbage in the old generation; by default V8
// lets the heap grow to several times what is live before a full collection, so the server's
// peak memory was about twice its live data. A fixed growth step collects sooner; a small one
// (10%) made full collections so frequent with three 1 MB versions open that a keystroke's
// findings waited seconds, while 30% keeps the peak close to 10%'s (bench/memory-flags.ts
// measures both, side by side). Read at each collection, so setting it here, before any document
// is parsed, is enough. A value given on the command line (node --heap-growing-percent=…) wins.
const HEAP_GROWING_PERCENT = 30;
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent')))
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

const connection = createConnection(ProposedFeatures.all);
// A stray rejected promise is logged, never allowed to end the process (and the user's session).
process.on('unhandledRejection', (reason) =>
  connection.console.error(
    `Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  ),
);
process.on('uncaughtException', (error) =>
  connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`),
);
startServer(connection);
