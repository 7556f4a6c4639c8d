// The language server's process entry: stdio or IPC, whichever the client chose.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

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
