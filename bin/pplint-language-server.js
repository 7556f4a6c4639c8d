#!/usr/bin/env node
// The language server for editors other than VS Code (Neovim, Emacs, Helix, …), on stdio unless
// another transport (--node-ipc, --socket=<port>, --pipe=<name>) is named. Bundled into
// dist/server.js by `npm run build`.
if (!process.argv.slice(2).some((a) => /^--(?:stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
require('../dist/server.js');
